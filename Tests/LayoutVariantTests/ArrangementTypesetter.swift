import Dataset

/// Prints a program block by block as an arrangement says, in a look (`LayoutVariant`'s
/// page, type, rules and page breaks). What each block prints is what `ExpectedProgram` reads back.
final class ArrangementTypesetter {
    let program: Program
    let arrangement: Arrangement
    let look: LayoutVariant
    private(set) var flow: PageFlow!
    /// Where the look hyphenated cells, what they print (after `write`).
    var hyphenated: HyphenatedTexts { flow.hyphenated }
    private var tableNumber = 0
    /// The section a sub-numbered title counts its tables in (`TitleStyle.subNumbered`).
    private var numberedSection = ""
    /// The general part's tables and the pages each was printed on (after `write`).
    var generalTables: [(block: GeneralBlock, pages: ClosedRange<Int>, afterGoals: Bool)] = []
    /// What the program must state left unread besides the general part's tables (after `write`).
    var statedUnread: [ExpectedUnread] = []
    private var previousAim = ""
    /// Goals printed so far: general blocks after the first are between goals or annexes.
    private(set) var goalsPrinted = 0
    /// The pages of the last printing (`PageFurnitureLook.numberedFooter`).
    private var pageTotal = 0

    static let blockGap = ProgramTypesetter.blockGap
    static let headingFont = ProgramTypesetter.headingFont
    static let aimFont = ProgramTypesetter.aimFont

    init(program: Program, arrangement: Arrangement, look: LayoutVariant) {
        self.program = program
        self.arrangement = arrangement
        self.look = look
    }

    /// Passes at most: each withholds hyphens from the cells the last one printed a field differently in.
    static let hyphenationPasses = 4

    func write(to path: String) throws(TypesetError) {
        let carried = carriedTexts()
        try write(to: path, unhyphenated: carried)
        if look.furniture == .numberedFooter {
            // The footer's "Sayfa 3 / 12" needs the whole: printed again knowing it.
            pageTotal = flow.canvas.pageCount
            try write(to: path, unhyphenated: carried)
        }
        guard look.justified else { return }
        // A field printed in several cells (a unit, an activity's name) must read alike in all, as
        // the reader may take any: cells that would print it otherwise are set again unhyphenated.
        let fields = program.goals.flatMap { goal in
            [goal.title, goal.aimTitle, goal.targetTitle] + goal.indicators.map(\.name)
                + goal.activities.flatMap { [$0.name, $0.responsibleUnit, $0.description] }
        }
        for _ in 1..<Self.hyphenationPasses {
            let withheld = flow.hyphenated.ambiguous(fields: fields).union(carried)
            guard withheld != flow.hyphenated.withheld else { return }
            try write(to: path, unhyphenated: withheld)
        }
    }

    /// The two parts of each goal's text carried on to a row of its own (`LabelStyle.carriedGoal`):
    /// set without hyphens, as no cell prints the text whole there.
    private func carriedTexts() -> Set<String> {
        var out: Set<String> = []
        for case .eachGoal(let blocks) in arrangement.blocks {
            for case .labelledRows(let style) in blocks where style.carriedGoal != nil {
                for goal in program.goals {
                    let rows = labelledRows(goal, style).rows
                    for (k, row) in rows.enumerated() where k > 0 && row.cells.first?.text.isEmpty == true {
                        out.insert(row.cells[1].text)
                        out.insert(rows[k - 1].cells[1].text)
                        // The goal's text is read from its two parts: wherever else it is printed whole, unhyphenated too.
                        out.insert(goal.title)
                    }
                }
            }
        }
        return out
    }

    private func write(to path: String, unhyphenated: Set<String>) throws(TypesetError) {
        tableNumber = 0
        numberedSection = ""
        previousAim = ""
        goalsPrinted = 0
        generalTables = []
        statedUnread = []
        let canvas = try PDFCanvas(path: path, pageSize: look.page, quirk: look.quirk, characters: look.characters,
                                   furniture: look.furniture, textLayer: look.textLayer)
        flow = PageFlow(canvas: canvas, size: look.page,
                        runningHeader: (program.administration, arrangement.chapterRunningHeader ?? "\(program.year) Yılı Performans Programı"),
                        unhyphenated: unhyphenated)
        flow.pageTotal = pageTotal
        if arrangement.spacedRunningHeader {
            flow.spacedHeader = ProgramTypesetter.turkishUppercased("\(program.year) \(program.administration) Performans Programı")
        }
        var contentStarted = false
        for block in arrangement.blocks {
            if case .cover = block {
                ProgramTypesetter.writeCover(program, flow: flow)
                continue
            }
            if !contentStarted { flow.startPage(); contentStarted = true }
            orient(turned: false)
            switch block {
            case .cover: break
            case .eachGoal(let blocks):
                for goal in program.goals {
                    var titled = false
                    for b in blocks {
                        orient(turned: arrangement.turnedPages.turns(b))
                        set(b, goal: goal, titled: &titled)
                    }
                    goalsPrinted += 1
                    flow.advance(Self.blockGap * 1.5)
                }
            case .resourceSummary(let orientation):
                resourceSummary(orientation)
            case .administrationSummary:
                administrationSummary()
            case .generalPart(let blocks):
                generalPart(blocks, place: goalsPrinted > 0 ? .annex : .opening)
            case .partHeading(let text):
                partHeading(text)
            case .aimResources:
                let spec = aimResourcesTable()
                flow.advance(Self.blockGap)
                title(guide: "STRATEJİK AMAÇLAR KAYNAK İHTİYACI TABLOSU", numbered: "Stratejik Amaçlar Kaynak İhtiyacı Tablosu", before: spec)
                flow.makeRoom(setter.openingHeight(spec))
                let first = flow.canvas.pageCount
                setter.set(spec)
                statedUnread.append(ExpectedUnread(pages: first...flow.canvas.pageCount, statement: ExpectedUnread.resourcesByAim))
            case .unitsTable:
                let spec = unitsTable()
                flow.advance(Self.blockGap)
                title(guide: "FAALİYETLERDEN SORUMLU HARCAMA BİRİMLERİNE İLİŞKİN TABLO",
                      numbered: "Faaliyetlerden Sorumlu Harcama Birimlerine İlişkin Tablo", before: spec)
                setter.set(spec)
            case .goalList:
                setList(listCaption("Performans Hedefleri"), goalListTable())
            case .indicatorList(let columns):
                setList(listCaption("Performans Göstergeleri"), indicatorListTable(columns))
            case .activityList(let columns):
                setList(listCaption("Faaliyetler ve Kaynak İhtiyacı"), activityListTable(columns))
            case .costList:
                setList(listCaption("Faaliyet Maliyetleri"), costListTable())
            case .planOverview(let style):
                for (aim, targets) in PlanOverview.aims(program) {
                    heading(code: aimLabel(aim.code, style), text: aim.title, font: Self.aimFont)
                    for target in targets { heading(code: targetLabel(target.code, style), text: target.title, font: Self.headingFont) }
                }
                flow.advance(Self.blockGap * 1.5)
            }
        }
        try canvas.finish()
    }

    /// A block of a turned section starts a page of the other orientation; the first block after
    /// the section starts one turned back.
    private func orient(turned: Bool) {
        let size = turned ? look.page.turned : look.page
        if flow.size != size { flow.startPage(size: size, storedTurned: turned && arrangement.turnedStored) }
    }

    var setter: TableSetter { TableSetter(flow: flow, variant: look) }
    var words: Wording { arrangement.wording }

    private func set(_ block: GoalBlock, goal: Goal, titled: inout Bool) {
        /// The goal table's title, once, before its first part; or (`goalInTitles`) a title naming
        /// the goal over each of its indicator and activity tables.
        func goalTitle(_ spec: TableSpec, _ table: String? = nil) {
            if arrangement.goalInTitles {
                guard let table else { return }
                let named = "\(table) (Performans Hedefi \(goal.code))"
                title(guide: ProgramTypesetter.turkishUppercased(table) + " (Performans Hedefi \(goal.code))", numbered: named, before: spec)
                return
            }
            if !titled { title(guide: "PERFORMANS HEDEFİ TABLOSU", numbered: "Performans Hedefi Tablosu", before: spec) }
            titled = true
        }
        switch block {
        case .prose:
            goalProse(goal)
        case .explanation(let form):
            explanation(form)
        case .aimIntroduction(let blocks):
            if goal.aimCode != previousAim { generalPart(blocks, place: .aimIntroduction) }
            return
        case .headings(let style):
            if style.parents, goal.aimCode != previousAim {
                heading(code: aimLabel(goal.aimCode, style), text: goal.aimTitle, font: Self.aimFont)
            }
            if style.parents, let target = printedTarget(goal, style.target) {
                heading(code: targetLabel(target.code, style), text: target.title, font: Self.headingFont)
            }
            heading(code: goalLabel(PlanOverview.printedCode(goal, style), style), text: goal.title,
                    font: Self.headingFont.boldened)
        case .caption(let style):
            if goal.aimCode != previousAim {
                heading(code: aimLabel(goal.aimCode, style), text: goal.aimTitle, font: Self.aimFont)
            }
            if let target = printedTarget(goal, style.target) {
                heading(code: targetLabel(target.code, style), text: target.title, font: Self.headingFont)
            }
            caption("\(goal.title) (Performans Hedefi \(goal.code))")
        case .fullWidthRows(let style):
            let spec = fullWidthRows(goal, style, aimChanges: goal.aimCode != previousAim)
            goalTitle(spec)
            setter.set(spec)
        case .labelledRows(let style):
            let spec = labelledRows(goal, style)
            goalTitle(spec)
            let first = flow.canvas.pageCount
            if style.carriedGoal == .nextPage, let carried = spec.rows.firstIndex(where: { $0.cells.first?.text.isEmpty == true }) {
                // The block cut by a page break right before the goal's carried text.
                var head = spec, rest = spec
                head.rows = Array(spec.rows[..<carried])
                rest.rows = Array(spec.rows[carried...])
                setter.set(head)
                flow.startPage()
                setter.set(rest)
            } else {
                setter.set(spec)
            }
            // The program budget's levels are stated unread, on the pages they stand on.
            if style.programLevels {
                statedUnread.append(ExpectedUnread(pages: first...flow.canvas.pageCount, statement: ExpectedUnread.programLevel))
            }
        case .indicators(let columns):
            let spec = indicatorTable(goal, columns)
            goalTitle(spec, "Performans Göstergeleri")
            partCaption("Performans Göstergeleri", before: spec)
            flow.makeRoom(setter.openingHeight(spec))
            setter.set(spec)
            footnote("(*) \(program.year - 1) yılı değerleri tahmin, \(program.year) yılı değerleri hedeftir.")
            flow.advance(Self.blockGap / 2)
        case .activities(let columns):
            let spec = activityTable(goal, columns)
            goalTitle(spec, columns.costRows ? "Faaliyetler ve Maliyetleri" : "Faaliyetler")
            if arrangement.thousands && arrangement.thousandsStated == .noteOverActivities {
                flow.makeRoom(setter.openingHeight(spec) + ProgramTypesetter.titleFont.leading)
                caption(Self.thousandsNote)
            }
            partCaption(columns.costRows ? "Faaliyetler ve Maliyetleri" : "Faaliyetler", before: spec)
            flow.makeRoom(setter.openingHeight(spec))
            setter.set(spec)
            footnote("Not: Tutarlar TL'dir; 1.250.000 TL tutarındaki bağış ve yardımlar bütçe dışı kaynaklara dahil edilmemiştir.")
            flow.advance(Self.blockGap)
        case .costs(.perGoal(let explanations)):
            let spec = costTablePerGoal(goal, explanations: explanations)
            title(guide: "FAALİYET MALİYETLERİ TABLOSU", numbered: "Faaliyet Maliyetleri Tablosu", before: spec)
            setter.set(spec)
            footnote("(*) Ekonomik kodlar \(program.year) yılı bütçe sınıflandırmasına göredir.")
            flow.advance(Self.blockGap)
        case .costs(.longForm):
            let spec = costTableLongForm(goal)
            title(guide: "FAALİYET MALİYETLERİ TABLOSU", numbered: "Faaliyet Maliyetleri Tablosu", before: spec)
            flow.makeRoom(setter.openingHeight(spec))
            setter.set(spec)
            flow.advance(Self.blockGap)
        case .costs(.perActivity):
            if arrangement.activityCards, let first = goal.activities.first {
                // "Faaliyetler" at the left edge right over the first card, as a heading of the cards.
                let font = Self.headingFont.boldened
                flow.makeRoom(font.leading + setter.openingHeight(costLabels(goal, first)))
                flow.canvas.text("Faaliyetler", x: flow.left, top: flow.y, font: font)
                flow.advance(font.leading)
            }
            for activity in arrangement.costsReversed ? goal.activities.reversed() : goal.activities {
                let labels = costLabels(goal, activity)
                let spec = costTablePerActivity(activity)
                if arrangement.activityCards && activity.costs.isEmpty {
                    // A card alone: an activity without costs prints no cost table under its card.
                    flow.makeRoom(setter.openingHeight(labels))
                    setter.set(labels)
                    flow.advance(Self.blockGap)
                    continue
                }
                title(guide: "FAALİYET MALİYET TABLOSU", numbered: "Faaliyet Maliyet Tablosu", before: arrangement.costCaptions ? spec : labels)
                if arrangement.costCaptions {
                    // "1. …" after a number, as a numbered list prints it; a lettered code stands as printed.
                    let code = activity.code.allSatisfy(\.isNumber) ? activity.code + "." : activity.code
                    caption("Faaliyet Maliyeti: \(code) \(activity.name)")
                } else {
                    setter.set(labels)
                }
                flow.makeRoom(setter.openingHeight(spec))
                setter.set(spec)
                flow.advance(Self.blockGap)
            }
        }
        previousAim = goal.aimCode
    }

    // MARK: Headings and labels

    /// Aim (where it changes), target and goal as the rows of a one-column table.
    func fullWidthRows(_ goal: Goal, _ style: HeadingStyle, aimChanges: Bool) -> TableSpec {
        var rows: [TableRowSpec] = []
        func row(_ label: String, _ text: String, bold: Bool = false) {
            rows.append(TableRowSpec(cells: [TableCell(text: label + " " + text, columns: 0..<1, alignment: .leading)], bold: bold))
        }
        if style.goalFirst { row(goalLabel(PlanOverview.printedCode(goal, style), style), goal.title, bold: true) }
        if aimChanges { row(aimLabel(goal.aimCode, style), goal.aimTitle) }
        if let target = printedTarget(goal, style.target) { row(targetLabel(target.code, style), target.title) }
        if !style.goalFirst { row(goalLabel(PlanOverview.printedCode(goal, style), style), goal.title, bold: true) }
        return TableSpec(columnWidths: [1], figureColumns: [], header: [], rows: rows)
    }

    /// A table's title as the arrangement prints it (numbered through the document), or nil without titles.
    func titleText(guide: String, numbered: String) -> String? {
        switch arrangement.titles {
        case .none: return nil
        case .guide: return guide
        case .numbered:
            tableNumber += 1
            return "Tablo \(tableNumber): \(numbered)"
        case .subNumbered:
            // "Tablo 2.3.1": the part (2, the goals; 3, what follows them), the goal, the table within.
            let section = goalsPrinted < program.goals.count ? "2.\(goalsPrinted + 1)" : "3.1"
            if section != numberedSection { numberedSection = section; tableNumber = 0 }
            tableNumber += 1
            return "Tablo \(section).\(tableNumber): \(numbered)"
        }
    }

    func printedTarget(_ goal: Goal, _ wanted: Bool) -> (code: String, title: String)? {
        guard wanted, !goal.targetCode.isEmpty, goal.targetCode != goal.code || goal.targetTitle != goal.title else { return nil }
        return (goal.targetCode, goal.targetTitle)
    }

    /// "A1", or "Stratejik Amaç 1:" where the style wants words or the code is only digits.
    private func label(_ words: String, _ code: String, _ style: HeadingStyle) -> String {
        guard style.words || code.allSatisfy({ $0.isNumber || $0 == "." }) else { return code }
        let text: String
        switch style.punctuation {
        case .none: text = "\(words) \(code)"
        case .colonAfterCode: text = "\(words) \(code):"
        case .colonBeforeCode: text = "\(words): \(code)"
        case .dash: text = "\(words) \(code) –"
        }
        return style.upperCase ? ProgramTypesetter.turkishUppercased(text) : text
    }
    /// With letters and words, the words before the lettered code ("Stratejik Hedef SH 1.1 –").
    func aimLabel(_ code: String, _ style: HeadingStyle) -> String {
        let lettered = style.letters ? PlanOverview.lettered("SA", code, spaced: style.spaced, hyphen: style.hyphen) : code
        return style.letters && !style.words ? lettered : label(style.shortWords ? "Amaç" : "Stratejik Amaç", lettered, style)
    }
    func targetLabel(_ code: String, _ style: HeadingStyle) -> String {
        let lettered = style.letters ? PlanOverview.lettered("SH", code, spaced: style.spaced, hyphen: style.hyphen) : code
        return style.letters && !style.words ? lettered : label(style.shortWords ? "Hedef" : "Stratejik Hedef", lettered, style)
    }
    func goalLabel(_ code: String, _ style: HeadingStyle) -> String {
        let lettered = style.letters ? PlanOverview.lettered("PH", code, spaced: style.spaced, hyphen: style.hyphen) : code
        if style.goalAsTarget { return targetLabel(code, style) }
        return style.letters && !style.words ? lettered : label("Performans Hedefi", lettered, style)
    }

    /// "<label> <text>": the label in bold, the text wrapped across the text width.
    func heading(code: String, text: String, font: TypeFace) {
        let canvas = flow.canvas
        let codeWidth = canvas.width(of: code + " ", in: font.boldened)
        var lines = LineBreaker.lines(text, width: flow.width - codeWidth, font: font, canvas: canvas)
        if lines.count > 1 {
            lines = [lines[0]] + LineBreaker.lines(lines.dropFirst().joined(separator: " "), width: flow.width, font: font, canvas: canvas)
        }
        flow.makeRoom(Double(lines.count) * font.leading + ProgramTypesetter.headingKeepsWithNext)
        // A heading is never hyphenated: where it prints a text first, the text is read whole.
        flow.hyphenated.record(text, lines: [text])
        canvas.text(code, x: flow.left, top: flow.y, font: font.boldened)
        for (k, line) in lines.enumerated() {
            canvas.text(line, x: flow.left + (k == 0 ? codeWidth : 0), top: flow.y, font: font)
            flow.advance(font.leading)
        }
        flow.advance(Self.blockGap)
    }

    /// A goal's explanation as templates write it: what its tables hold, in words the tables' headers use.
    static let explanationText = "Hedefe ulaşılması için yürütülecek faaliyetler ve izlenecek performans göstergeleri ile bunlardan "
        + "sorumlu birimler aşağıdaki tablolarda yer almaktadır."

    /// The goal's explanation in `form` (`GoalBlock.explanation`).
    private func explanation(_ form: ExplanationForm) {
        switch form {
        case .heading(let text):
            partHeading(text)
            let font = look.text
            for line in LineBreaker.lines(Self.explanationText, width: flow.width, font: font, canvas: flow.canvas) {
                flow.makeRoom(font.leading)
                flow.canvas.text(line, x: flow.left, top: flow.y, font: font)
                flow.advance(font.leading)
            }
            flow.advance(Self.blockGap)
        case .label(let label):
            heading(code: label, text: Self.explanationText, font: look.text)
        case .row(let label):
            setter.set(labelRows([(label, Self.explanationText)], colon: false))
            flow.advance(Self.blockGap / 2)
        }
    }

    /// A part's heading: bold, at the left, kept with what follows it.
    private func partHeading(_ text: String) {
        let font = Self.aimFont
        flow.advance(Self.blockGap)
        flow.makeRoom(font.leading + ProgramTypesetter.headingKeepsWithNext)
        flow.canvas.text(text, x: flow.left, top: flow.y, font: font.boldened)
        flow.advance(font.leading + Self.blockGap / 2)
    }

    /// A sub-table's heading (`Arrangement.partCaptions`): bold, at the left, a point larger than
    /// the table's text, kept with the table's opening rows.
    private func partCaption(_ text: String, before spec: TableSpec) {
        guard arrangement.partCaptions else { return }
        let font = TypeFace(size: look.text.size + 1).boldened
        flow.makeRoom(font.leading + Self.partCaptionGap + setter.openingHeight(spec))
        flow.canvas.text(text, x: flow.left, top: flow.y, font: font)
        flow.advance(font.leading + Self.partCaptionGap)
    }
    /// The space between a sub-table's heading and its header (points).
    static let partCaptionGap = 2.0

    /// A centred bold caption, wrapped, kept with the table under it.
    private func caption(_ text: String) {
        let font = ProgramTypesetter.titleFont
        let lines = LineBreaker.lines(text, width: flow.width * 0.9, font: font, canvas: flow.canvas)
        flow.makeRoom(Double(lines.count) * font.leading + ProgramTypesetter.headingKeepsWithNext)
        flow.hyphenated.record(text, lines: [text])
        for line in lines {
            flow.canvas.text(line, x: (flow.left + flow.right - flow.canvas.width(of: line, in: font)) / 2, top: flow.y, font: font)
            flow.advance(font.leading)
        }
        flow.advance(Self.blockGap / 2)
    }

    /// A note right under the table just set, in a smaller face, wrapped across the text width
    /// (`Arrangement.footnotes`).
    func footnote(_ text: String) {
        guard arrangement.footnotes else { return }
        let font = look.text.scaled(Self.footnoteScale)
        let lines = LineBreaker.lines(text, width: flow.width, font: font, canvas: flow.canvas)
        flow.advance(Self.footnoteGap)
        flow.makeRoom(Double(lines.count) * font.leading)
        for line in lines {
            flow.canvas.text(line, x: flow.left, top: flow.y, font: font)
            flow.advance(font.leading)
        }
    }
    /// A note's type against the table's, and its gap under the table (points).
    static let footnoteScale = 0.85
    static let footnoteGap = 2.0

    func title(guide: String, numbered: String, before spec: TableSpec) {
        let text = titleText(guide: guide, numbered: numbered)
        if arrangement.continuedCaptions {
            // "Tablo 3: Faaliyet Maliyetleri Tablosu" goes on as "Tablo 3 (Devamı)".
            flow.continuedCaption = text.map { ($0.split(separator: ":").first.map(String.init) ?? $0) + " (Devamı)" } ?? "(devamı)"
        }
        guard let text else { return }
        let font = ProgramTypesetter.titleFont
        flow.makeRoom(font.leading + Self.blockGap + setter.openingHeight(spec))
        flow.canvas.text(text, x: (flow.left + flow.right - flow.canvas.width(of: text, in: font)) / 2, top: flow.y, font: font)
        flow.advance(font.leading + Self.blockGap / 2)
    }

    private func labelRows(_ pairs: [(String, String)], colon: Bool) -> TableSpec {
        TableSpec(columnWidths: [0.24, 0.76], figureColumns: [], header: [],
                  rows: pairs.map { TableRowSpec(cells: [.text(cased($0.0) + (colon ? ":" : ""), column: 0), .text($0.1, column: 1)]) },
                  labelled: true)
    }

    /// A header or label in the arrangement's case.
    func cased(_ text: String) -> String { words.upperCase ? ProgramTypesetter.turkishUppercased(text) : text }

    /// The spec with its header cells in the arrangement's case.
    func cased(_ spec: TableSpec) -> TableSpec {
        var copy = spec
        for k in copy.header.indices { copy.header[k].text = cased(copy.header[k].text) }
        return copy
    }

    /// İdare Adı, Stratejik Amaç, Stratejik Hedef, Performans Hedefi, Açıklamalar.
    func labelledRows(_ goal: Goal, _ style: LabelStyle) -> TableSpec {
        func pair(_ word: String, _ code: String, _ text: String) -> (String, String) {
            style.codeInLabel ? ("\(word) \(code)", text) : (word, "\(code) \(text)")
        }
        var pairs: [(String, String)] = []
        // "SA 1", "SH 1.1", "PH 1.1.1": each level's letters, the goal's code carrying its parents'.
        func code(_ letters: String, _ code: String) -> String {
            style.letters ? PlanOverview.lettered(letters, code, spaced: style.spaced, hyphen: style.hyphen) : code
        }
        if style.administration { pairs.append(("İdare Adı", ProgramTypesetter.turkishUppercased(program.administration))) }
        if style.programLevels {
            // The program standing where the plan's aim stood, the sub-program and its objective
            // where its target did: printed with their texts, none of them an aim or a target.
            pairs += [("Program", goal.aimTitle), ("Alt Program", goal.targetTitle), ("Alt Program Hedefi", goal.targetTitle)]
        }
        let planLevels = !style.programLevels || style.withPlanLevels
        if planLevels {
            pairs.append(pair(style.strategicWords ? "Stratejik Amaç" : "Amaç", code("SA", goal.aimCode), goal.aimTitle))
        }
        let targetWord = style.strategicWords ? "Stratejik Hedef" : "Hedef"
        if style.goalAsTarget {
            // The goal under the target's word, its code carrying its parents' ("1.1.1", "H1.1").
            pairs.append(pair(targetWord, PlanOverview.goalCode(goal), goal.title))
        } else {
            if planLevels, let target = printedTarget(goal, style.target) {
                pairs.append(pair(targetWord, code("SH", target.code), target.title))
            }
            let goalCode = style.letters ? code("PH", PlanOverview.goalCode(goal)) : goal.code
            pairs.append(pair("Performans Hedefi", style.parenthesisedGoalCode && style.codeInLabel ? "(\(goalCode))" : goalCode, goal.title))
        }
        if style.explanation { pairs.append((words.explanation, "")) }
        let label = { (text: String) in text.isEmpty ? "" : self.cased(text) + (style.colon ? ":" : "") }
        if style.stacked {
            // The label (with its code) across the card, its text across the card under it.
            let rows = pairs.flatMap { pair -> [TableRowSpec] in
                [TableRowSpec(cells: [TableCell(text: label(pair.0), columns: 0..<2, alignment: .leading)], bold: true)]
                    + (pair.1.isEmpty ? [] : [TableRowSpec(cells: [TableCell(text: pair.1, columns: 0..<2, alignment: .leading)])])
            }
            return TableSpec(columnWidths: [0.24, 0.76], figureColumns: [], header: [], rows: rows, labelled: true)
        }
        if style.across {
            // The labels over their values, a column each; the code parted from the text by a dash.
            let shown = pairs.filter { !$0.1.isEmpty }
            let values = shown.map { pair -> String in
                let code = pair.1.prefix { $0 != " " }
                return code.count < pair.1.count ? code + " - " + pair.1.dropFirst(code.count + 1) : pair.1
            }
            let width = 1 / Double(shown.count)
            return TableSpec(columnWidths: Array(repeating: width, count: shown.count), figureColumns: [], header: [],
                             rows: [TableRowSpec(cells: shown.indices.map { .text(label(shown[$0].0), column: $0) }, bold: true),
                                    TableRowSpec(cells: values.indices.map { .text(values[$0], column: $0) })],
                             labelled: true)
        }
        if style.sideBySide {
            // Two pairs a row; one left alone spans the row.
            let rows = stride(from: 0, to: pairs.count, by: 2).map { k in
                k + 1 < pairs.count
                    ? TableRowSpec(cells: [.text(label(pairs[k].0), column: 0), .text(pairs[k].1, column: 1),
                                           .text(label(pairs[k + 1].0), column: 2), .text(pairs[k + 1].1, column: 3)])
                    : TableRowSpec(cells: [.text(label(pairs[k].0), column: 0), TableCell(text: pairs[k].1, columns: 1..<4, alignment: .leading)])
            }
            return TableSpec(columnWidths: [0.13, 0.37, 0.13, 0.37], figureColumns: [], header: [], rows: rows, labelled: true)
        }
        if style.carriedGoal != nil, let goalRow = pairs.firstIndex(where: { $0.1.hasSuffix(goal.title) && !goal.title.isEmpty }) {
            // The goal's text cut after its first half, the rest in a row of its own under an empty label.
            let words = pairs[goalRow].1.split(separator: " ")
            if words.count >= 2 {
                let cut = (words.count + 1) / 2
                let rows = pairs.enumerated().flatMap { k, pair -> [TableRowSpec] in
                    guard k == goalRow else { return [TableRowSpec(cells: [.text(label(pair.0), column: 0), .text(pair.1, column: 1)])] }
                    return [TableRowSpec(cells: [.text(label(pair.0), column: 0), .text(words[..<cut].joined(separator: " "), column: 1)]),
                            TableRowSpec(cells: [.text("", column: 0), .text(words[cut...].joined(separator: " "), column: 1)])]
                }
                return TableSpec(columnWidths: [0.24, 0.76], figureColumns: [], header: [], rows: rows, labelled: true)
            }
        }
        if style.codeCell {
            // "Amaç" | "A1" | text: the code split from the text into a cell of its own.
            // Fitted: the two narrow cells widened to their longest word, the text's column giving the room.
            return TableSpec(columnWidths: style.fittedCells ? [0.01, 0.01, 0.98] : [0.14, 0.12, 0.74], figureColumns: [], header: [],
                             rows: pairs.map { label, value in
                                 let code = value.prefix { $0 != " " }
                                 let text = value.dropFirst(code.count).drop { $0 == " " }
                                 return TableRowSpec(cells: [.text(cased(label) + (style.colon ? ":" : ""), column: 0),
                                                             .text(String(code), column: 1), .text(String(text), column: 2)])
                             },
                             nameColumn: style.fittedCells ? 2 : 0, labelled: true)
        }
        return labelRows(pairs, colon: style.colon)
    }

    // MARK: Goal tables

    func amount(_ value: Amount?) -> String {
        if (value ?? .zero) == .zero {
            switch arrangement.zeros {
            case .digits: break
            case .dash: return look.characters.dash
            case .empty: return ""
            }
        }
        let figure = arrangement.thousands ? TurkishAmount.thousands(value ?? .zero, grouped: look.groupsThousands)
            : TurkishAmount.format(value ?? .zero, kurus: arrangement.kurus || !look.groupsThousands, grouped: look.groupsThousands)
        // The en-US way: the marks swapped ("5.500.000,00" → "5,500,000.00").
        func marked(_ text: String) -> String { arrangement.enUSAmounts ? String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 }) : text }
        switch arrangement.currency {
        case .none: return marked(look.characters.figure(figure))
        case .suffixTL: return marked(figure) + " TL"
        case .liraSign: return "₺" + marked(figure)
        }
    }

    /// The unit amount headers name: "TL", or "Bin TL" where amounts are printed in thousands.
    private var moneyUnit: String { arrangement.thousands ? "Bin TL" : "TL" }
    /// `moneyUnit` in parentheses after a space, or nothing where a program in thousands states its
    /// unit elsewhere than in every header (`ThousandsStatement`).
    private var statedUnit: String { !arrangement.thousands || arrangement.thousandsStated == .everyHeader ? " (\(moneyUnit))" : "" }
    /// A header over amounts with the unit after it (in place of its "(TL)") where amounts are printed in thousands.
    /// `activities`: an activity table's header, which states the unit where the arrangement states it there alone.
    private func unitted(_ heading: String, activities: Bool = false) -> String {
        guard arrangement.thousands else { return heading }
        // A header stating no unit where the program states thousands elsewhere: its "(TL)" left out too.
        let bare = heading.replacingOccurrences(of: " (TL)", with: "")
        switch arrangement.thousandsStated {
        case .everyHeader: break
        case .activityHeaders: if !activities { return bare }
        case .noteOverActivities: return bare
        }
        return heading.contains("(TL)") ? heading.replacingOccurrences(of: "(TL)", with: "(Bin TL)") : "\(heading) (Bin TL)"
    }
    /// The note stating a program's unit right over each goal's activity table (`ThousandsStatement.noteOverActivities`).
    static let thousandsNote = "(Tutarlar Bin TL'dir)"

    private func codeName(_ code: EconomicCode) -> String {
        let name = words.abbreviatedCodeNames ? Self.abbreviatedNames[code]
            : words.shortCodeNames ? Self.shortNames[code] : nil
        return "\(code.rawValue) \(name ?? code.standardName)"
    }
    /// The forms a budget's appropriation schedule (Ödenek Cetveli) prints.
    static let abbreviatedNames: [EconomicCode: String] = [
        .personnel: "Personel Gid.", .socialSecurity: "Sos. Güv. Kur. Devlet Primi Gid.", .goodsAndServices: "Mal ve Hizmet Alım Gid.",
        .interest: "Faiz Gid.", .capital: "Sermaye Gid.", .reserves: "Yedek Ödenekler",
    ]
    /// The short forms municipalities print in narrow columns.
    static let shortNames: [EconomicCode: String] = [
        .personnel: "Personel", .socialSecurity: "SGK", .goodsAndServices: "Mal ve Hizmet", .interest: "Faiz",
        .currentTransfers: "Cari Transferler", .capital: "Sermaye", .capitalTransfers: "Sermaye Transferleri",
        .lending: "Borç Verme", .reserves: "Yedek Ödenek",
    ]

    func indicatorTable(_ goal: Goal, _ layout: IndicatorColumns) -> TableSpec {
        let years = layout.columns(year: program.year)
        let first = layout.codeColumn ? 1 : 0
        let unitColumn = layout.unitColumn ? first + 1 : nil
        let firstYear = first + 1 + (layout.unitColumn ? 1 : 0)
        let headerRows = layout.twoRowHeader ? 0..<2 : 0..<1
        var header: [HeaderCell] = [HeaderCell(words.indicators, column: first, rows: headerRows)]
        if layout.codeColumn, let title = layout.codeHeader { header.append(HeaderCell(title, column: 0, rows: headerRows)) }
        if let u = unitColumn { header.append(HeaderCell(words.unit, column: u, rows: headerRows)) }
        for (k, column) in years.enumerated() {
            if layout.twoRowHeader {
                let (upper, lower) = (yearName(column.year), words.kind(column.kind))
                header.append(HeaderCell(layout.yearsBelow ? lower : upper, column: firstYear + k))
                header.append(HeaderCell(layout.yearsBelow ? upper : lower, column: firstYear + k, rows: 1..<2))
            } else {
                let bare = years.count == 1 || (layout.relativeYearsAlone && layout.relativeYears != nil)
                header.append(HeaderCell(bare ? yearName(column.year) : "\(yearName(column.year)) \(words.kind(column.kind))", column: firstYear + k))
            }
        }
        /// A year as the header names it: printed, or relative to the program's (`relativeYears`).
        func yearName(_ year: Int) -> String { layout.relativeYears?[year - program.year] ?? String(year) }
        let rows = goal.indicators.map { indicator in
            let code = layout.hyphenedCodes ? Self.hyphened(indicator.code) : indicator.code
            var cells: [TableCell] = layout.codeColumn
                ? [.centred(code, column: 0), .text(indicator.name, column: 1)]
                : [.text("\(code) \(indicator.name)", column: 0)]
            if let u = unitColumn { cells.append(.centred(indicator.unit, column: u)) }
            for (k, column) in years.enumerated() {
                cells.append(.figure(ExpectedProgram.printedValue(indicator, year: column.year, kind: column.kind).raw, column: firstYear + k))
            }
            let explanation = TableRowSpec(cells: [.text(words.explanation + ":", column: 0)])
            return layout.explanationRows ? [TableRowSpec(cells: cells), explanation] : [TableRowSpec(cells: cells)]
        }.flatMap { $0 }
        let yearWidth = 0.1, unitWidth = 0.12, codeWidth = layout.codeHeader == nil ? 0.06 : 0.09
        let nameWidth = 1 - Double(years.count) * yearWidth - (layout.unitColumn ? unitWidth : 0) - (layout.codeColumn ? codeWidth : 0)
        let widths = (layout.codeColumn ? [codeWidth] : []) + [nameWidth] + (layout.unitColumn ? [unitWidth] : [])
            + Array(repeating: yearWidth, count: years.count)
        let spec = TableSpec(columnWidths: widths, figureColumns: Set(firstYear..<(firstYear + years.count)), header: header, rows: rows,
                             nameColumn: first)
        // Each indicator's row (an explanation row under it prints nothing in the extra columns).
        let owners = goal.indicators.enumerated().flatMap { k, _ in layout.explanationRows ? [k, nil] : [k] }
        return cased(spec.inserting(layout.extras, anchor: { place in
            switch place {
            case .first: return 0
            case .afterName: return first + 1
            case .afterUnit: return firstYear
            case .last: return widths.count
            }
        }, width: Self.extraWidth) { r, extra in
            owners[r].map { extra.text(goal.indicators[$0], index: $0, goal: goal, year: program.year) }
        })
    }

    /// An extra column's planned width (the table setter widens it to its longest word or figure).
    static let extraWidth = 0.09

    /// Codes a goal's activities spend on from the budget (the merged table's columns), at least Mal ve Hizmet.
    func mergedCodes(_ goal: Goal) -> [EconomicCode] {
        let used = Set(goal.activities.flatMap { $0.costs.filter { $0.amount != .zero }.map(\.economicCode) })
        return used.isEmpty ? [.goodsAndServices] : used.sorted()
    }

    /// How many of a goal's `count` activities a subtotal row ("Ara Toplam") follows: the first
    /// half, where there are two or more.
    private func subtotalAfter(_ count: Int) -> Int? { count >= 2 ? (count + 1) / 2 : nil }

    static func byCode(_ activity: Activity) -> [EconomicCode: Amount] {
        Dictionary(grouping: activity.costs.filter { $0.source == .budget }, by: \.economicCode).mapValues { $0.map(\.amount).sum() }
    }

    /// `codes`: the code columns of a list over all goals (`activityListTable`), else the goal's own;
    /// `totalLabel`: the goal's total row's label, else the wording's.
    func activityTable(_ goal: Goal, _ layout: ActivityColumns, codes listed: [EconomicCode]? = nil, totalLabel: String? = nil) -> TableSpec {
        let first = layout.codeColumn ? 1 : 0
        var next = first + 1
        let unitColumn = layout.unitColumn ? next : nil
        if layout.unitColumn { next += 1 }
        let codes = layout.costColumns ? listed ?? mergedCodes(goal) : []
        let firstCode = next
        next += codes.count
        let firstAmount = next
        let headerRows = (layout.groupHeader && layout.oneAmount == nil) || layout.costColumns ? 0..<2 : 0..<1
        var header = [HeaderCell(words.activities, column: first, rows: headerRows)]
        if layout.codeColumn, let title = layout.codeHeader { header.append(HeaderCell(title, column: 0, rows: headerRows)) }
        if let u = unitColumn { header.append(HeaderCell(words.responsibleUnit, column: u, rows: headerRows)) }
        if !codes.isEmpty {
            header.append(HeaderCell("Ekonomik Kod\(statedUnit)", columns: firstCode..<firstAmount))
            header += codes.enumerated().map { HeaderCell(codeName($0.element), column: firstCode + $0.offset, rows: 1..<2) }
        }
        let amountNames = layout.oneAmount.map { [$0] } ?? [words.budget, words.offBudget, words.total]
        if layout.oneAmount != nil {
            header.append(HeaderCell(amountNames[0], column: firstAmount, rows: headerRows))
        } else if layout.groupHeader {
            header.append(HeaderCell(unitted("\(words.resourceGroup) \(program.year)", activities: true), columns: firstAmount..<(firstAmount + 3)))
            header += amountNames.enumerated().map { HeaderCell($0.element, column: firstAmount + $0.offset, rows: 1..<2) }
        } else {
            header += amountNames.enumerated().map { HeaderCell(unitted("\($0.element) \(program.year)", activities: true), column: firstAmount + $0.offset, rows: headerRows) }
        }
        let amountFields = layout.oneAmount == nil ? [\Activity.budget, \Activity.offBudget, \Activity.total]
            : layout.oneAmountIsBudget ? [\Activity.budget] : [\Activity.total]
        func figures(_ costs: [EconomicCode: Amount], _ split: [Amount?]) -> [TableCell] {
            codes.enumerated().map { .figure(amount(costs[$0.element]), column: firstCode + $0.offset) }
                + split.enumerated().map { .figure(amount($0.element), column: firstAmount + $0.offset) }
        }
        // Each activity's rows: its own, then (`costRows`) a row per economic code it spends on,
        // the amount where the activity's own amount stands (its budget, else its one amount).
        let costColumn = firstAmount
        let groups = goal.activities.map { activity -> [TableRowSpec] in
            var cells: [TableCell] = layout.codeColumn
                ? [.centred(activity.code, column: 0), .text(activity.name, column: 1)]
                : [.text("\(activity.code) \(activity.name)", column: 0)]
            if let u = unitColumn { cells.append(.text(activity.responsibleUnit, column: u)) }
            let own = TableRowSpec(cells: cells + figures(Self.byCode(activity), amountFields.map { activity[keyPath: $0] }))
            guard layout.costRows else { return [own] }
            return [own] + Self.byCode(activity).filter { $0.value != .zero }.sorted { $0.key < $1.key }.map { code, value in
                TableRowSpec(cells: [.indented(codeName(code), column: first), .figure(amount(value), column: costColumn)])
            }
        }
        func totalRow(_ label: String, _ activities: ArraySlice<Activity>) -> TableRowSpec {
            let sums = amountFields.map { field in activities.compactMap { $0[keyPath: field] }.sum() }
            let codeSums = Dictionary(activities.map(Self.byCode).flatMap { $0 }, uniquingKeysWith: { $0 + $1 })
            return TableRowSpec(cells: [TableCell(text: label, columns: 0..<(first + 1), alignment: .leading)] + figures(codeSums, sums), bold: true)
        }
        // Each row's activity (nil: a cost row, a subtotal or the goal's total).
        var rows: [TableRowSpec] = []
        var owners: [Int?] = []
        for (k, group) in groups.enumerated() {
            if let label = words.subtotal, let n = subtotalAfter(goal.activities.count), k == n {
                rows.append(totalRow(label, goal.activities.prefix(n)))
                owners.append(nil)
            }
            rows += group
            owners += [k] + Array(repeating: nil, count: group.count - 1)
        }
        rows.append(totalRow(totalLabel ?? words.goalTotal, goal.activities[...]))
        let codeWidth = layout.codeColumn ? 0.05 : 0, unitWidth = layout.unitColumn ? 0.15 : 0
        let costWidth = codes.isEmpty ? 0 : min(0.09, 0.3 / Double(codes.count))
        let amountWidths = layout.oneAmount != nil ? [0.16] : [0.12, 0.09, 0.12]
        let nameWidth = 1 - codeWidth - unitWidth - costWidth * Double(codes.count) - amountWidths.reduce(0, +)
        let widths = (layout.codeColumn ? [codeWidth] : []) + [nameWidth] + (layout.unitColumn ? [unitWidth] : [])
            + Array(repeating: costWidth, count: codes.count) + amountWidths
        let spec = TableSpec(columnWidths: widths, figureColumns: Set(firstCode..<(firstAmount + amountWidths.count)), header: header, rows: rows,
                             nameColumn: first)
        // The last row is the goal's total: it prints nothing in the extra columns.
        return cased(spec.inserting(layout.extras, anchor: { place in
            switch place {
            case .first: return 0
            case .afterName: return first + 1
            case .afterUnit: return firstCode
            case .last: return widths.count
            }
        }, width: Self.extraWidth) { r, extra in
            r < owners.count ? owners[r].map { extra.text(goal.activities[$0], index: $0, year: program.year) } : nil
        })
    }

    /// A lettered code with a hyphen after its letters: "PG1.1.1" → "PG-1.1.1"; a code of digits stays.
    static func hyphened(_ code: String) -> String {
        let letters = code.prefix { $0.isLetter }
        return letters.isEmpty || letters.count == code.count ? code : letters + "-" + code.dropFirst(letters.count)
    }

    // MARK: Cost tables

    /// Faaliyet Adı | Sorumlu Harcama Birimi | a column per economic code | Toplam; explanations under their activity.
    func costTablePerGoal(_ goal: Goal, explanations: Bool) -> TableSpec {
        let used = goal.activities.flatMap { $0.costs.map(\.economicCode) }
        let codes = Set(ProgramTypesetter.standardCostCodes + used).sorted()
        let totalColumn = codes.count + 2
        var rows: [TableRowSpec] = []
        let printed = arrangement.costsReversed ? Array(goal.activities.reversed()) : goal.activities
        for (k, activity) in printed.enumerated() {
            if let label = words.subtotal, k == subtotalAfter(printed.count) {
                let above = printed.prefix(k).map(Self.byCode)
                rows.append(TableRowSpec(cells: [.text(label, column: 0)]
                                         + codes.enumerated().map { c in .figure(amount(above.compactMap { $0[c.element] }.sum()), column: c.offset + 2) }
                                         + [.figure(amount(above.flatMap(\.values).sum()), column: totalColumn)], bold: true))
            }
            let costs = Self.byCode(activity)
            rows.append(TableRowSpec(cells: [.text("\(activity.code) \(activity.name)", column: 0), .text(activity.responsibleUnit, column: 1)]
                                     + codes.enumerated().map { .figure(amount(costs[$0.element]), column: $0.offset + 2) }
                                     + [.figure(amount(costs.values.sum()), column: totalColumn)]))
            if explanations, !activity.description.isEmpty {
                rows.append(TableRowSpec(cells: [TableCell(text: activity.description, columns: 0..<(totalColumn + 1), alignment: .leading)]))
            }
        }
        let all = goal.activities.map(Self.byCode)
        if !arrangement.bareCostTables {
            rows.append(TableRowSpec(cells: [.text(words.goalTotal, column: 0)]
                                     + codes.enumerated().map { c in .figure(amount(all.compactMap { $0[c.element] }.sum()), column: c.offset + 2) }
                                     + [.figure(amount(all.flatMap(\.values).sum()), column: totalColumn)],
                                     bold: true))
        }
        let codeWidth = 0.41 / Double(codes.count)
        var header: [HeaderCell]
        if arrangement.bareCostTables {
            // One header row: the activities, their unit, each code by its number and name, the total.
            header = [HeaderCell(words.activities, column: 0), HeaderCell(words.responsibleUnit, column: 1)]
            header += codes.enumerated().map { HeaderCell(codeName($0.element), column: $0.offset + 2) }
            header.append(HeaderCell(words.total, column: totalColumn))
        } else {
            header = [HeaderCell(words.activityName, column: 0, rows: 0..<2),
                      HeaderCell(words.responsibleUnit, column: 1, rows: 0..<2),
                      HeaderCell("Ekonomik Kod \(program.year)\(statedUnit)", columns: 2..<totalColumn)]
            header += codes.enumerated().map { HeaderCell(codeName($0.element), column: $0.offset + 2, rows: 1..<2) }
            header.append(HeaderCell(words.costTotal, column: totalColumn, rows: 0..<2))
        }
        return cased(TableSpec(columnWidths: [0.31, 0.15] + Array(repeating: codeWidth, count: codes.count) + [0.13],
                               figureColumns: Set(2...totalColumn), header: header, rows: rows))
    }

    /// No | Sorumlu Harcama Birimi | Eko. Kod | Ekonomik Kod Adı | Bütçe Ödeneği | Toplam: a row per
    /// activity and code, the number and unit on the activity's first row; the costs' total closing it.
    func costTableLongForm(_ goal: Goal) -> TableSpec {
        var rows: [TableRowSpec] = []
        let printed = arrangement.costsReversed ? Array(goal.activities.reversed()) : goal.activities
        for activity in printed {
            let costs = Self.byCode(activity).sorted { $0.key < $1.key }
            let key: [TableCell] = [.centred(activity.code, column: 0), .text(activity.responsibleUnit, column: 1)]
            // An activity without costs: its number and unit, no code, zero (as T04 prints KUDEB's).
            if costs.isEmpty { rows.append(TableRowSpec(cells: key + [.figure(amount(.zero), column: 4), .figure(amount(.zero), column: 5)])) }
            for (k, cost) in costs.enumerated() {
                rows.append(TableRowSpec(cells: (k == 0 ? key : []) + [.centred(cost.key.rawValue, column: 2),
                                                                        .text(String(codeName(cost.key).dropFirst(3)), column: 3),
                                                                        .figure(amount(cost.value), column: 4), .figure(amount(cost.value), column: 5)]))
            }
        }
        let all = goal.activities.flatMap { Self.byCode($0).values }.sum()
        if !arrangement.bareCostTables {
            rows.append(TableRowSpec(cells: [TableCell(text: words.costTotal, columns: 0..<4, alignment: .leading),
                                             .figure(amount(all), column: 4), .figure(amount(all), column: 5)], bold: true))
        }
        let header = [HeaderCell("No", column: 0), HeaderCell(words.responsibleUnit, column: 1), HeaderCell("Eko. Kod", column: 2),
                      HeaderCell("Ekonomik Kod Adı", column: 3),
                      HeaderCell(words.budget == "Bütçe" ? "Bütçe Ödeneği" : words.budget, column: 4),
                      HeaderCell(unitted("\(words.total) (TL)"), column: 5)]
        return cased(TableSpec(columnWidths: [0.06, 0.28, 0.08, 0.28, 0.15, 0.15], figureColumns: [4, 5], header: header, rows: rows))
    }

    /// The labelled rows over an activity's cost table: İdare Adı, Performans Hedefi, Faaliyet Adı, Sorumlu Harcama Birimi, Açıklamalar.
    func costLabels(_ goal: Goal, _ activity: Activity) -> TableSpec {
        if arrangement.activityCards {
            // The activity's card: its number, name, unit, money inline and explanation.
            let money = "\(words.budget): \(amount(activity.budget)) TL   \(words.offBudget): \(amount(activity.offBudget)) TL   "
                + "\(words.total): \(amount(activity.total)) TL"
            return labelRows([("Faaliyet No", activity.code), (words.activityName, activity.name), (words.responsibleUnit, activity.responsibleUnit),
                              ("Kaynak İhtiyacı", money), (words.explanation, activity.description)], colon: true)
        }
        if arrangement.bareCostLabels {
            return labelRows([(words.activityName, activity.name),
                              (words.responsibleUnit, activity.responsibleUnit),
                              ("Performans Hedefi", "\(goal.code) \(goal.title)"),
                              (words.explanation, activity.description)], colon: false)
        }
        return labelRows([("İdare Adı", ProgramTypesetter.turkishUppercased(program.administration)),
                   ("Performans Hedefi (\(goal.code))", goal.title),
                   (words.activityName, activity.name),
                   (words.responsibleUnit, activity.responsibleUnit),
                   (words.explanation, activity.description)], colon: true)
    }

    /// Ekonomik Kod | Bütçe Ödeneği | Bütçe Dışı Kaynak (Döner Sermaye, Diğer Yurt İçi, Yurt Dışı) | Toplam, a row per code.
    func costTablePerActivity(_ activity: Activity) -> TableSpec {
        if arrangement.costsAcross { return costTableAcross(activity) }
        let sources: [FundingSource] = [.budget, .revolvingFund, .otherDomestic, .foreign]
        let codes = Set(activity.costs.map(\.economicCode)).sorted()
        func amounts(_ costs: [ActivityCost]) -> [TableCell] {
            let bySource = sources.map { s in costs.filter { $0.source == s }.map(\.amount).sum() }
            return bySource.enumerated().map { .figure(amount($0.element), column: $0.offset + 2) } + [.figure(amount(bySource.sum()), column: 6)]
        }
        var rows = codes.map { code in
            TableRowSpec(cells: [.centred(code.rawValue, column: 0), .text(codeName(code).dropFirst(3).description, column: 1)]
                         + amounts(activity.costs.filter { $0.economicCode == code }))
        }
        // A subtotal ("Ara Toplam") after the first half of the codes, where the wording prints one here.
        if let label = words.costSubtotal, let n = subtotalAfter(codes.count) {
            let above = Set(codes.prefix(n))
            rows.insert(TableRowSpec(cells: [TableCell(text: label, columns: 0..<2, alignment: .leading)]
                                     + amounts(activity.costs.filter { above.contains($0.economicCode) }), bold: true), at: n)
        }
        if !arrangement.bareCostTables {
            rows.append(TableRowSpec(cells: [TableCell(text: words.costTotal, columns: 0..<2, alignment: .leading)] + amounts(activity.costs), bold: true))
        }
        let codeHeader = arrangement.costCaptions ? [HeaderCell("Kod", column: 0, rows: 0..<2), HeaderCell("Ekonomik Sınıflandırma", column: 1, rows: 0..<2)]
            : [HeaderCell("Ekonomik Kod", columns: 0..<2, rows: 0..<2)]
        let header = codeHeader + [HeaderCell(words.budget == "Bütçe" ? "Bütçe Ödeneği" : words.budget, column: 2, rows: 0..<2),
                                   HeaderCell(words.offBudget == "Bütçe Dışı" ? "Bütçe Dışı Kaynak" : words.offBudget, columns: 3..<6),
                                   HeaderCell("Döner Sermaye", column: 3, rows: 1..<2), HeaderCell("Diğer Yurt İçi", column: 4, rows: 1..<2),
                                   HeaderCell("Yurt Dışı", column: 5, rows: 1..<2),
                                   HeaderCell(unitted("\(program.year) Toplam Kaynak"), column: 6, rows: 0..<2)]
        return cased(TableSpec(columnWidths: [0.07, 0.29, 0.16, 0.11, 0.11, 0.1, 0.16], figureColumns: Set(2...6), header: header,
                               rows: rows, nameColumn: 1))
    }

    /// The same turned: Kaynak | a column per economic code (code and name) | Toplam, a row for the
    /// budget, one for the off-budget sources together, and the total row.
    func costTableAcross(_ activity: Activity) -> TableSpec {
        let codes = Set(activity.costs.map(\.economicCode)).sorted()
        let offBudget: [FundingSource] = [.revolvingFund, .otherDomestic, .foreign]
        func sum(_ code: EconomicCode?, _ sources: [FundingSource]) -> Amount {
            activity.costs.filter { sources.contains($0.source) && (code == nil || $0.economicCode == code) }.map(\.amount).sum()
        }
        let lines: [(String, [FundingSource])] = [(words.budget, [.budget]), (words.offBudget, offBudget),
                                                  (words.costTotal, [.budget] + offBudget)]
        let rows = lines.map { label, sources in
            TableRowSpec(cells: [.text(label, column: 0)]
                         + codes.enumerated().map { .figure(amount(sum($0.element, sources)), column: $0.offset + 1) }
                         + [.figure(amount(sum(nil, sources)), column: codes.count + 1)], bold: sources.count > 1)
        }
        let header = [HeaderCell("Kaynak", column: 0)] + codes.enumerated().map { HeaderCell(codeName($0.element), column: $0.offset + 1) }
            + [HeaderCell(unitted("Toplam (TL)"), column: codes.count + 1)]
        let figureWidth = 0.76 / Double(codes.count + 1)
        return cased(TableSpec(columnWidths: [0.24] + Array(repeating: figureWidth, count: codes.count + 1),
                               figureColumns: Set(1...(codes.count + 1)), header: header, rows: rows, nameColumn: 0))
    }

    // MARK: Summary

    /// Performans Hedefi | Faaliyet | Açıklamalar | Bütçe İçi | Bütçe Dışı | Toplam: goals and their
    /// activities, then the program lines.
    private func administrationSummary() {
        let spec = administrationSummaryTable()
        flow.advance(Self.blockGap)
        title(guide: "İDARE PERFORMANS TABLOSU", numbered: "İdare Performans Tablosu", before: spec)
        setter.set(spec)
    }

    func administrationSummaryTable() -> TableSpec {
        if arrangement.summaryShares { return administrationLinesWithShares() }
        if arrangement.summaryAcross { return administrationSummaryAcross() }
        let summary = AdministrationSummary(program)
        var rows: [TableRowSpec] = []
        func figures(_ split: [Amount]) -> [TableCell] { split.enumerated().map { .figure(amount($0.element), column: $0.offset + 3) } }
        for goal in program.goals {
            rows.append(TableRowSpec(cells: [.centred(goal.code, column: 0), .text(goal.title, column: 2)]
                                     + figures(AdministrationSummary.split(goal.activities)), bold: true))
            for activity in goal.activities {
                rows.append(TableRowSpec(cells: [.centred(activity.code, column: 1), .text(activity.name, column: 2)]
                                         + figures(AdministrationSummary.split([activity]))))
            }
        }
        for line in AdministrationSummary.lines {
            rows.append(TableRowSpec(cells: [TableCell(text: AdministrationSummary.label(line), columns: 0..<3, alignment: .leading)]
                                     + figures(summary.split(line)), bold: true))
        }
        // A group over the two sources ("Maliyet"), the total beside it spanning both header rows.
        let headerRows = words.summaryCostGroup == nil ? 0..<1 : 0..<2
        var header = [HeaderCell("Performans Hedefi", column: 0, rows: headerRows), HeaderCell(words.activities, column: 1, rows: headerRows),
                      HeaderCell(words.explanation, column: 2, rows: headerRows)]
        if let group = words.summaryCostGroup { header.append(HeaderCell(group, columns: 3..<5)) }
        header += ["Bütçe İçi", "Bütçe Dışı", "Toplam"].enumerated().map { k, source in
            HeaderCell(arrangement.summaryUnits ? "\(source)\(statedUnit)" : source, column: k + 3, rows: k < 2 ? headerRows.suffix(1) : headerRows)
        }
        return cased(TableSpec(columnWidths: [0.1, 0.1, 0.35, 0.16, 0.13, 0.16], figureColumns: [3, 4, 5], header: header, rows: rows,
                               nameColumn: 2))
    }

    /// The program lines alone, the corner over their labels blank, each source a group over
    /// "TL | Pay" (its amount, and its share of the Genel Toplam's).
    func administrationLinesWithShares() -> TableSpec {
        let summary = AdministrationSummary(program)
        let grand = summary.split(.total)
        let rows = AdministrationSummary.lines.map { line in
            let split = summary.split(line)
            let figures = split.indices.flatMap { k -> [TableCell] in
                [.figure(amount(split[k]), column: 1 + 2 * k), .figure(Self.share(split[k], of: grand[k]), column: 2 + 2 * k)]
            }
            return TableRowSpec(cells: [.text(AdministrationSummary.label(line), column: 0)] + figures, bold: line == .total)
        }
        var header = [HeaderCell("", column: 0, rows: 0..<2)]
        for (k, source) in ["Bütçe İçi", "Bütçe Dışı", "Toplam"].enumerated() {
            header += [HeaderCell(source, columns: (1 + 2 * k)..<(3 + 2 * k)),
                       HeaderCell("TL", column: 1 + 2 * k, rows: 1..<2), HeaderCell("Pay", column: 2 + 2 * k, rows: 1..<2)]
        }
        return cased(TableSpec(columnWidths: [0.22, 0.16, 0.1, 0.16, 0.1, 0.16, 0.1], figureColumns: Set(1...6), header: header,
                               rows: rows, nameColumn: 0))
    }

    /// The İdare Performans Tablosu turned: a blank corner, a column per goal ("Performans Hedefi 1")
    /// and per program line, a row per source (Bütçe İçi, Bütçe Dışı, Toplam). The goals' columns
    /// only where the page holds them all (a card's few goals); else the program lines alone.
    func administrationSummaryAcross() -> TableSpec {
        let summary = AdministrationSummary(program)
        let lines = AdministrationSummary.lines.map { (AdministrationSummary.label($0), summary.split($0)) }
        let goals = program.goals.map { ("Performans Hedefi \($0.code)", AdministrationSummary.split($0.activities)) }
        // A figure column is as wide as its widest figure (about half an em a character) and its padding.
        let widest = Double((lines + goals).flatMap { $0.1.map { amount($0).count } }.max() ?? 0)
        let columnWidth = (widest * 0.55 + 2) * look.text.size
        let columns = Double(goals.count + lines.count + 1) * columnWidth <= 0.8 * look.page.width ? goals + lines : lines
        let rows = ["Bütçe İçi", "Bütçe Dışı", "Toplam"].enumerated().map { k, source in
            TableRowSpec(cells: [.text(arrangement.summaryUnits ? "\(source) (\(moneyUnit))" : source, column: 0)]
                         + columns.enumerated().map { .figure(amount($0.element.1[k]), column: $0.offset + 1) }, bold: k == 2)
        }
        let header = [HeaderCell("", column: 0)] + columns.enumerated().map { HeaderCell($0.element.0, column: $0.offset + 1) }
        let figureWidth = 0.84 / Double(columns.count)
        return cased(TableSpec(columnWidths: [0.16] + Array(repeating: figureWidth, count: columns.count),
                               figureColumns: Set(1...columns.count), header: header, rows: rows, nameColumn: 0))
    }

    /// "69,14": a part's share of its whole in percent, to two decimals rounded half up; "0,00" of nothing.
    static func share(_ part: Amount, of whole: Amount) -> String {
        guard whole.kurus != 0 else { return "0,00" }
        let hundredths = (part.kurus * 20_000 + whole.kurus) / (2 * whole.kurus)
        return "\(hundredths / 100),\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// Stratejik Amaç | Bütçe | Bütçe Dışı | Toplam: each aim (code, text) with the sums of its goals'
    /// activities, then "Toplam Kaynak İhtiyacı" with the sums of all.
    func aimResourcesTable() -> TableSpec {
        var rows: [TableRowSpec] = []
        func figures(_ split: [Amount]) -> [TableCell] { split.enumerated().map { .figure(amount($0.element), column: $0.offset + 2) } }
        for aim in PlanOverview.aims(program).map(\.aim) {
            let activities = program.goals.filter { $0.aimCode == aim.code }.flatMap(\.activities)
            rows.append(TableRowSpec(cells: [.centred(aim.code, column: 0), .text(aim.title, column: 1)] + figures(AdministrationSummary.split(activities))))
        }
        rows.append(TableRowSpec(cells: [TableCell(text: "Toplam Kaynak İhtiyacı", columns: 0..<2, alignment: .leading)]
                                 + figures(AdministrationSummary.split(program.goals.flatMap(\.activities))), bold: true))
        let header = [HeaderCell("Stratejik Amaç", columns: 0..<2)]
            + ["Bütçe", "Bütçe Dışı", "Toplam"].enumerated().map { HeaderCell("\($0.element)\(statedUnit)", column: $0.offset + 2) }
        return cased(TableSpec(columnWidths: [0.08, 0.44, 0.16, 0.16, 0.16], figureColumns: [2, 3, 4], header: header, rows: rows, nameColumn: 1))
    }

    /// Sorumlu Harcama Birimi | Performans Hedefi | Faaliyet: on each row a unit (in the order the goals
    /// first name it), the code of a goal and an activity of that goal it answers for.
    func unitsTable() -> TableSpec {
        var units: [String] = []
        for activity in program.goals.flatMap(\.activities) where !units.contains(activity.responsibleUnit) {
            units.append(activity.responsibleUnit)
        }
        var rows: [TableRowSpec] = []
        for unit in units {
            for goal in program.goals {
                for activity in goal.activities where activity.responsibleUnit == unit {
                    rows.append(TableRowSpec(cells: [.text(unit, column: 0), .centred(goal.code, column: 1), .text(activity.name, column: 2)]))
                }
            }
        }
        let header = [HeaderCell("Sorumlu Harcama Birimi", column: 0), HeaderCell("Performans Hedefi", column: 1), HeaderCell(words.activities, column: 2)]
        return cased(TableSpec(columnWidths: [0.32, 0.14, 0.54], figureColumns: [], header: header, rows: rows, nameColumn: 2))
    }

    private func resourceSummary(_ orientation: SummaryOrientation) {
        let spec = resourceSummaryTable(orientation)
        flow.advance(Self.blockGap)
        title(guide: "TOPLAM KAYNAK İHTİYACI TABLOSU", numbered: "Toplam Kaynak İhtiyacı Tablosu", before: spec)
        setter.set(spec)
    }

    func resourceSummaryTable(_ orientation: SummaryOrientation) -> TableSpec {
        let summary = ResourceSummary(program)
        let codes = orientation == .codesAsRows ? EconomicCode.allCases : summary.activityCodes
        var rows: [TableRowSpec] = []
        let spec: TableSpec
        switch orientation {
        case .codesAsRows:
            for code in codes {
                rows.append(TableRowSpec(cells: [.centred(code.rawValue, column: 0), .text(codeName(code).dropFirst(3).description, column: 1)]
                                         + ResourceSummary.measures.enumerated().map { .figure(amount(summary.amount($0.element, code)), column: $0.offset + 2) }))
            }
            rows.append(TableRowSpec(cells: [TableCell(text: "Toplam Kaynak İhtiyacı", columns: 0..<2, alignment: .leading)]
                                     + ResourceSummary.measures.enumerated().map { .figure(amount(summary.total($0.element, codes: codes)), column: $0.offset + 2) },
                                     bold: true))
            let header = [HeaderCell("Ekonomik Kod", columns: 0..<2)]
                + ResourceSummary.measures.enumerated().map { HeaderCell($0.element == .total ? unitted(ResourceSummary.heading($0.element)) : ResourceSummary.heading($0.element),
                                                                  column: $0.offset + 2) }
            spec = TableSpec(columnWidths: [0.07, 0.29, 0.16, 0.16, 0.16, 0.16], figureColumns: Set(2...5), header: header, rows: rows, nameColumn: 1)
        case .codesAsColumns:
            for measure in ResourceSummary.measures {
                rows.append(TableRowSpec(cells: [.text(ResourceSummary.heading(measure), column: 0)]
                                         + codes.enumerated().map { .figure(amount(summary.amount(measure, $0.element)), column: $0.offset + 1) }
                                         + [.figure(amount(summary.total(measure, codes: codes)), column: codes.count + 1)],
                                         bold: measure == .total))
            }
            let header = [HeaderCell("Kaynak", column: 0, rows: 0..<2), HeaderCell("Ekonomik Kod", columns: 1..<(codes.count + 1))]
                + codes.enumerated().map { HeaderCell(codeName($0.element), column: $0.offset + 1, rows: 1..<2) }
                + [HeaderCell(unitted("Toplam Kaynak İhtiyacı"), column: codes.count + 1, rows: 0..<2)]
            let figureWidth = 0.7 / Double(codes.count + 1)
            spec = TableSpec(columnWidths: [0.3] + Array(repeating: figureWidth, count: codes.count + 1),
                             figureColumns: Set(1...(codes.count + 1)), header: header, rows: rows)
        }
        return cased(spec)
    }
}
