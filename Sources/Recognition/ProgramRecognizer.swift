import Dataset
import PageLayout
import TableGeometry

/// What recognition found in a document's pages.
public struct RecognizedProgram: Sendable {
    public var administration: String?
    public var year: Int?
    public var goals: [Goal] = []
    public var totals: [ProgramTotal] = []
    public var statedCounts: [StatedCount] = []
    public var statedShares: [StatedShare] = []
    public var statedUnitCosts: [StatedUnitCost] = []
    /// Page-level notes (“page 41: cost table with no activity rows”), without the file name.
    public var diagnostics: [String] = []
    /// How the document names itself (its cover, running header or properties), where it does.
    public var documentName: DocumentName?

    public func program(administration: String, year: Int) -> Program {
        Program(id: Identifiers.programID(administration: administration, year: year),
                administration: administration, year: year, goals: goals, totals: totals,
                statedCounts: statedCounts, statedShares: statedShares, statedUnitCosts: statedUnitCosts)
    }
}

/// Finds the domain tables of a performance program in its pages and builds the model.
public enum ProgramRecognizer {
    /// The same as feeding the pages one by one to a `PageStreamRecognizer` (which `extract`
    /// does): one recognition, whether the document is in memory or streamed.
    public static func recognize(pages: [Page], title: String?) -> RecognizedProgram {
        var stream = PageStreamRecognizer(title: title)
        for page in pages { stream.add(page) }
        return stream.finish()
    }

    /// The walk through the document's rows (running headers and footers removed), page by
    /// page: each table title hands the rows after it to its reader, once those rows are in.
    /// A reader takes rows up to the next title (a table ends where the next one begins,
    /// whatever its own last row), so the rows are held from a title to the titles after it,
    /// never the document.
    struct RowWalk {
        /// A table is read when the rows of this many titles after it have come (a reader stops
        /// at the next title; a header that swallows a title row takes it one further).
        static let titlesAhead = 3
        /// … or when this many pages have come after its title without them: a table never
        /// runs this long, and the rows held stay bounded whatever the document.
        static let maximumTablePages = 64
        /// Rows already walked are dropped in batches of at least this many.
        static let dropBatch = 256

        /// A table is read before the titles after it are in (a document's last tables have none
        /// after them, and were read only after its last page) where its reader stopped, at a
        /// title or a total, at least this many rows before the last row in: no reader looks
        /// further past the row it stops at (a header over a page break with its repeat and group
        /// row, `TableStart.maximumRepeatRows`; a wrapped label's next lines, three), so more rows
        /// cannot change what it read. The last row is never among those it saw: the next
        /// page's first row may still join it (`LabelledRow.joinedAcrossPageBreak`).
        static let rowsPastEnd = 8

        private var bands: [RowBand] = []
        private var titles: [TableKind?] = []
        private var next = 0
        /// Rows dropped from the front of `bands` so far: `dropped + k` names a row for good.
        private var dropped = 0
        /// The table last read too early (its reader ran into the rows still to come), by row, and
        /// the rows then in: read again once the rows since its start have doubled, so a table
        /// that runs on to the end of the document costs its rows a few times, not once per page.
        private var earlyMiss: (row: Int, rowsIn: Int)?
        private let recorder = TraceRecorder.current
        private(set) var result = RecognizedProgram()
        private var drafts: [(GoalDraft, [CostDraft], aim: GoalHeading?, goal: GoalHeading?)] = []
        /// Headings since the last goal table; of each family only the latest (what a goal
        /// table reads of them: the nearest heading and, before it, the nearest of another family).
        private var headings: [GoalHeading] = []
        private var currentAim: GoalHeading?
        /// Every heading named outside tables, the latest of each code, with the order it was
        /// named in: the aims a goal heading's code may carry (`GoalHeading.parent`).
        private var namedHeadings: [String: (heading: GoalHeading, order: Int)] = [:]
        private var headingOrder = 0
        /// Aim, target and goal named outside tables, for the tables after them.
        private var context = GoalContext()
        /// The level a row outside tables last opened, and that row (`dropped + k`): its text may go
        /// on in the row under it (`LabelledRow.continuesValue`).
        private var lastOpened: (level: Lexicon.Label, row: Int)?
        /// Whether targets stand for goals; each withdrawal codes the goals drafted so far again.
        private var targetGoals = TargetGoals()
        /// How many times the goals drafted so far were coded again (`TargetGoals`).
        private(set) var recodings = 0
        /// Goal tables announced by their title: evidence the document is a program.
        private(set) var titledGoalTables = 0
        /// Goals drafted so far.
        var draftCount: Int { drafts.count }
        /// The administration the first goal table naming one names (“İdare Adı”), as `finish` reads it.
        var idareAdi: String? { drafts.lazy.compactMap { $0.0.labels[.administration]?.value }.first }
        /// The `k`th goal drafted (0-based) as the model will code it, without its costs (the
        /// code and page do not depend on them): what the stream shows before the document ends.
        func draftedGoal(_ k: Int) -> Goal {
            var notes: [String] = []
            return GoalAssembler.goal(no: k + 1, draft: drafts[k].0, costs: [], aim: drafts[k].aim, heading: drafts[k].goal, notes: &notes)
        }
        /// Rows with amounts that no table took, by page: what the document left unread.
        private var unreadAmountRows: [Int: Int] = [:]
        /// A row with at least this many amounts is a table's row (one may be prose).
        static let tableRowAmounts = 2

        /// Counted from the first goal table on: the pages before it describe the
        /// administration (staff, buildings, vehicles), which the dataset does not hold.
        private mutating func noteUnread(_ band: RowBand) {
            guard !drafts.isEmpty else { return }
            let amounts = band.words.filter { w in (w.text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) && TurkishNumber.amount(w.text) != nil }
            if amounts.count >= Self.tableRowAmounts, !RunningText.isRunningText(band) { unreadAmountRows[band.page, default: 0] += 1 }
        }
        private var administrationRows = SummaryRows()
        private var resourceRows = SummaryRows()
        /// The unit a note line outside tables states (“(Bin TL)”, `AmountScale.noted`), by row: the
        /// table starting right under it takes it (`notedScale`).
        private var pendingScale: (unit: AmountScale, row: Int)?
        /// The unit a note over each summary's title states.
        private var summaryScales: [TableKind: AmountScale] = [:]

        /// The unit a note line states for the table starting at row `i` (its title or header):
        /// a note binds the table right under it, once.
        private mutating func notedScale(forTableAt i: Int) -> AmountScale? {
            defer { pendingScale = nil }
            guard let p = pendingScale, dropped + i - p.row <= AmountScale.noteReach else { return nil }
            return p.unit
        }
        private var statedTotal: ProgramTotal?

        /// The rows of the next page, furniture removed. `folded`: the page's words folded,
        /// when the caller has them.
        mutating func add(_ page: Page, folded: FoldedLines? = nil) {
            var rows = DocumentRows.rows([page], folded: folded.map { [$0] })
            // A labelled row cut by the page break (its label's last words open this page) is one row.
            if let first = rows.first, next < bands.count, let joined = LabelledRow.joinedAcrossPageBreak(bands[bands.count - 1], first) {
                bands[bands.count - 1] = joined
                titles[titles.count - 1] = DocumentRows.title(joined)
                rows.removeFirst()
            }
            for band in rows {
                bands.append(band)
                titles.append(DocumentRows.title(band))
                // “Toplam Maliyet …” anywhere: the last one stated counts.
                if let total = SummaryTableReader.statedTotalCost([band], folded: folded) { statedTotal = total }
            }
            recorder?.record(rows: rows)
            walk(finished: false)
        }

        /// Whether a row names an aim, a target or a goal and states no amount (a part's section
        /// number, “2.4”, is none): a label, a caption, levels set one under the other, or a
        /// heading — not a summary's row for a goal, nor a per-unit table's “Hedef 290.000.000”.
        private static func namesGoalContext(_ band: RowBand) -> Bool {
            let stated = band.lines.contains { line in
                line.words.enumerated().contains { k, w in
                    !(k == 0 && line.words.count > 1 && DocumentSections.isSectionNumber(w.text))
                        && w.text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } && TurkishNumber.amount(w.text) != nil
                }
            }
            guard !stated else { return false }
            if let row = GoalContext.row(band), [.aim, .target, .goal].contains(row.label) { return true }
            return !GoalContext.levelRows(band).isEmpty || !GoalHeading.readAll(band).isEmpty
        }

        /// The goal drafted with `code` (`GoalCodeColumn.key`), or a new one the code names.
        private mutating func draftIndex(goalCode code: String, page: Int) -> Int {
            let key = GoalCodeColumn.key(code)
            if let k = drafts.firstIndex(where: { $0.0.labels[.goal].map { GoalCodeColumn.key($0.labelCode) } == key }) { return k }
            var draft = GoalDraft(page: page)
            draft.labels[.goal] = LabelledRow(label: .goal, labelCode: code, value: "", page: page)
            drafts.append((draft, [], nil, nil))
            return drafts.count - 1
        }

        /// A goal a goal list defines, with its aim and target.
        private mutating func defineListed(_ entry: GoalList.Entry) {
            let k = draftIndex(goalCode: entry.goal.labelCode, page: entry.goal.page)
            drafts[k].0.labels[.goal] = entry.goal
            if let aim = entry.aim { drafts[k].0.labels[.aim] = aim }
            if let target = entry.target { drafts[k].0.labels[.target] = target }
        }

        /// The rows of lists keyed by goal code (`GoalDraft.goalCoded`), each goal's joined to the goal of its code.
        private mutating func joinByGoalCode(_ read: GoalDraft) {
            for (n, part) in read.goalCoded.enumerated() {
                let k = draftIndex(goalCode: part.code, page: part.page)
                drafts[k].0.indicators += part.indicators
                drafts[k].0.activities += part.activities
                if let total = part.statedTotal { drafts[k].0.statedTotal = total }
                if !part.activities.isEmpty {
                    drafts[k].0.activityScale = read.activityScale
                    drafts[k].0.activityPage = part.page
                    drafts[k].0.notedScale = drafts[k].0.notedScale ?? read.notedScale
                }
                if !part.indicators.isEmpty {
                    drafts[k].0.bareYear = drafts[k].0.bareYear ?? read.bareYear
                    drafts[k].0.namedTargetYears.formUnion(read.namedTargetYears)
                }
                // The table's own notes (columns not understood), once.
                if n == 0 { drafts[k].0.notes += read.notes }
            }
        }

        /// `named`: a heading outside tables (a summary's rows are not the goals' context).
        private mutating func addHeading(_ heading: GoalHeading, named: Bool = true) {
            headings.removeAll { $0.family == heading.family }
            headings.append(heading)
            guard named else { return }
            namedHeadings[heading.code] = (heading, headingOrder)
            headingOrder += 1
        }

        /// Whether the rows after the title at `i` are all in (or have to do).
        private func canRead(at i: Int, finished: Bool) -> Bool {
            if finished { return true }
            var seen = 0
            for k in (i + 1)..<bands.count where titles[k] != nil {
                seen += 1
                if seen == Self.titlesAhead { return true }
            }
            return bands[bands.count - 1].page - bands[i].page > Self.maximumTablePages
        }

        /// Whether the table of `kind` at `i` is worth reading before the titles after it are in:
        /// a goal or cost table's reader stops at the next title, so one must be in, well inside
        /// the rows in; a summary's end is found by its rows (a total, the goals' context after it).
        private func mayReadEarly(_ kind: TableKind, at i: Int) -> Bool {
            if kind == .goal || kind == .cost {
                let settledRows = bands.count - 1 - Self.rowsPastEnd
                guard i + 1 < settledRows, titles[(i + 1)..<settledRows].contains(where: { $0 != nil }) else { return false }
            }
            guard let miss = earlyMiss, miss.row == dropped + i else { return true }
            return dropped + bands.count - miss.row >= 2 * (miss.rowsIn - miss.row)
        }

        /// Whether a table read early, whose reader stopped before row `end`, stands as read; if
        /// not, it is read again later (`mayReadEarly`), and what its reader traced is undone
        /// (`traced`: the grids traced before it was read).
        private mutating func settled(early: Bool, at i: Int, end: Int, traced: Int?) -> Bool {
            guard early, end + Self.rowsPastEnd >= bands.count - 1 else { return true }
            earlyMiss = (dropped + i, dropped + bands.count)
            if let traced { recorder?.undoSections(to: traced) }
            return false
        }

        private mutating func walk(finished: Bool) {
            walking: while next < bands.count {
                let i = next
                let band = bands[i]
                // A table starts at its title (its rows follow it) or, untitled, at its header.
                var start = i + 1
                let titled = titles[i]
                var kind = titled
                if titled == nil {
                    // A header may continue on the next row: decide once the next page is in.
                    if !finished && band.page == bands[bands.count - 1].page { break }
                    // A note stating the amounts' unit binds the table under it.
                    if let unit = AmountScale.noted(band) {
                        pendingScale = (unit, dropped + i)
                        next += 1
                        continue
                    }
                    // An entry of a table of contents names nothing: not the goals it lists, nor their aims.
                    if ContentsEntry.isEntry(band) {
                        next += 1
                        continue
                    }
                    // The money per aim: no field holds it, its header opens no aim, its rows are stated unread together.
                    if AimResourceTable.isHeader(band) {
                        guard canRead(at: i, finished: finished) else { break }
                        let used = AimResourceTable.rowCount(bands[i...])
                        let pages = LeftUnread.pages(band.page, bands[i + used - 1].page)
                        result.diagnostics.append(LeftUnread.note("\(pages): resources by aim"))
                        next += used
                        continue
                    }
                    // A list of the goals, each by its code with its aim and target (a flat annex): it defines them.
                    if GoalList.isHeader(band) {
                        guard canRead(at: i, finished: finished) else { break }
                        let (entries, used) = GoalList.read(bands[...], at: i)
                        for entry in entries { defineListed(entry) }
                        recorder?.record(table: .goal, title: band, rows: bands[i..<(i + used)],
                                         note: "goal list: \(entries.count) goals, each by its code")
                        next += used
                        continue
                    }
                    // The text of the level opened by the row above, gone on in a row of its own
                    // (a workbook's next row, or the next page's first).
                    if i > 0, let opened = lastOpened, opened.row == dropped + i - 1, let row = context.open[opened.level],
                       LabelledRow.continuesValue(band, after: bands[i - 1], value: row.value, in: bands, at: i) {
                        context.continueValue(of: opened.level, with: Cell(words: band.words).text)
                        next += 1
                        continue
                    }
                    // An untitled summary's header is no label (its first cell names performance goals, or,
                    // turned, its columns do).
                    let summaryHeader = SummaryTableReader.namesGoalsWithTheirMoney(band) || SummaryTableReader.namesProgramLinesAcross(band)
                    let levels = summaryHeader ? [] : GoalContext.levelRows(band)
                    if !levels.isEmpty {
                        // Several levels in one band, each opened in turn.
                        for row in levels { _ = context.open(row) }
                        next += 1
                        continue
                    }
                    // A sentence that opens with a level's words and code runs on in lower case (“Performans
                    // Hedefi 1 kapsamındaki … Toplam Maliyet …”): it names the level, opens none.
                    if RunningText.continuesSentence(band) {
                        noteUnread(band)
                        next += 1
                        continue
                    }
                    // A goal named in a cost table's label block (“Performans Hedefi (1):” over “Faaliyet
                    // Adı:”) is that table's, read with it: it opens no goal.
                    // The levels' labels side by side, each one's code and text in the cell under it (a goal card set across).
                    if !summaryHeader, i + 1 < bands.count, titles[i + 1] == nil, let card = CardAcross.read(bands[...], at: i) {
                        for row in card { _ = context.open(row) }
                        next += 2
                        continue
                    }
                    // A level's label alone on its row, its text on the row under it (a goal card's stacked cells).
                    if !summaryHeader, i + 1 < bands.count, titles[i + 1] == nil, var alone = LabelledRow.labelAlone(band),
                       let text = LabelledRow.stackedValue(bands, at: i + 1) {
                        alone.value = text
                        _ = context.open(alone)
                        lastOpened = (alone.label, dropped + i + 1)
                        next += 2
                        continue
                    }
                    // Two labelled rows side by side (“Stratejik Amaç 1:” | … | “Stratejik Hedef 1.1:” | …) open both.
                    let contextRows = summaryHeader ? [] : GoalContext.rows(band)
                    if !contextRows.isEmpty, !TableStart.opensCostLabels(bands[...], at: i),
                       let opened = contextRows.filter({ context.open($0) }).last {
                        // An aim, target or goal named outside a table: the context of the tables after it.
                        lastOpened = (opened.label, dropped + i)
                        next += 1
                        continue
                    }
                    guard let untitled = TableStart.kind(bands, at: i) else {
                        let found = GoalHeading.readAll(band)
                        // The budget's program level over untitled goal tables: known, no field's.
                        if found.isEmpty, let level = GoalTableReader.programLevel(band) { result.diagnostics.append(level) }
                        else if found.isEmpty { noteUnread(band) }
                        for h in found {
                            addHeading(h)
                            context.renamed(code: h.code, title: h.title, page: band.page)
                        }
                        next += 1
                        continue
                    }
                    kind = untitled.table
                    // The header's group row above it (the years over the kinds of value) is its first row.
                    start = i > 0 && bands[i - 1].page == band.page && HeaderBlock.isGroupRow(bands[i - 1]) ? i - 1 : i
                }
                guard let kind else { break }
                // Read once the titles after it are in, or before them where its reader stops well
                // inside the rows in (`rowsPastEnd`): the same rows read, sooner.
                let early = !canRead(at: i, finished: finished)
                guard !early || mayReadEarly(kind, at: i) else { break }
                let traced = early ? recorder?.sectionCount : nil
                switch kind {
                case .goal:
                    let (read, used) = GoalTableReader.read(bands[start...], titlePage: band.page, noted: notedScale(forTableAt: i))
                    guard settled(early: early, at: i, end: start + used, traced: traced) else { break walking }
                    // Lists over all goals keyed by the goal's code: each goal's rows join the goal of that code.
                    if !read.goalCoded.isEmpty {
                        joinByGoalCode(read)
                        recorder?.record(table: .goal, title: band, rows: bands[start..<(start + used)],
                                         note: "keyed by goal code: rows of \(read.goalCoded.count) goals, each joined to the goal of its code")
                        headings = []
                        next = start + used
                        continue walking
                    }
                    if titled == nil && read.indicators.isEmpty && read.activities.isEmpty {
                        // A header over nothing: not a table after all.
                        for h in GoalHeading.readAll(band) { addHeading(h) }
                        result.diagnostics.append(LeftUnread.note("page \(band.page): a header ('\(band.text.prefix(60))', \(TableStart.evidence(band))) over no rows that could be read"))
                        next += 1
                        continue
                    }
                    var draft = context.filling(read)
                    if titled != nil { titledGoalTables += 1 }
                    // Headings printed before the table: the nearest is the goal's; its aim is the
                    // heading named before whose code the goal's carries (“A1” of “H1.1”), else an
                    // earlier one of another family since the last goal table.
                    let goalHeading = headings.last
                    if let g = goalHeading {
                        if let aim = GoalHeading.parent(of: g, among: Array(namedHeadings.values)) { currentAim = aim }
                        else if let aim = headings.dropLast().last(where: { $0.family != g.family }) { currentAim = aim }
                        // A target heading between them (“SH1.1” of “SA1” and “PH1.1.1”), where no row named one.
                        if draft.labels[.target] == nil, let t = GoalHeading.target(of: g, aim: currentAim, among: Array(namedHeadings.values)) {
                            draft.labels[.target] = LabelledRow(label: .target, labelCode: t.code, value: t.title, page: band.page, form: .heading)
                        }
                    }
                    if targetGoals.admit(&draft, heading: goalHeading) {
                        for k in drafts.indices where drafts[k].0.targetNamesTheGoal {
                            drafts[k].0.targetNamesTheGoal = false
                            drafts[k].0.positionReason = .recoded(target: drafts[k].0.labels[.target]?.labelCode ?? "", page: band.page)
                        }
                        recodings += 1
                        // The tables traced so far name their goals as now coded.
                        if let recorder {
                            recorder.reattach(drafts.indices.map { k in
                                GoalAssembler.attachment(no: k + 1, draft: drafts[k].0, aim: drafts[k].aim, heading: drafts[k].goal)
                            })
                        }
                    }
                    drafts.append((draft, [], currentAim, goalHeading))
                    if let recorder {
                        recorder.record(table: .goal, title: band, rows: bands[start..<(start + used)],
                                        note: titled == nil ? "untitled: " + TableStart.evidence(band) : nil,
                                        goal: GoalAssembler.attachment(no: drafts.count, draft: draft, aim: currentAim, heading: goalHeading),
                                        goalNo: drafts.count)
                    }
                    headings = []
                    next = start + used
                case .cost:
                    let (cost, used) = CostTableReader.read(bands[start...], titlePage: band.page, noted: notedScale(forTableAt: i))
                    guard settled(early: early, at: i, end: max(start + max(used, 0), i + 1), traced: traced) else { break walking }
                    // A list of costs over all goals keyed by the goal's code: each goal's join the goal of that code.
                    if let cost, !cost.goalCoded.isEmpty {
                        for part in cost.goalCoded { drafts[draftIndex(goalCode: part.code, page: part.draft.page)].1.append(part.draft) }
                        recorder?.record(table: .cost, title: band, rows: bands[start..<(start + max(used, 0))],
                                         note: "keyed by goal code: costs of \(cost.goalCoded.count) goals, each joined to the goal of its code")
                        next = max(start + max(used, 0), i + 1)
                        continue walking
                    }
                    recorder?.record(table: .cost, title: band, rows: bands[start..<(start + max(used, 0))],
                                     note: cost == nil ? "no header row or no rows under it" : drafts.isEmpty ? "no goal table before it" : nil,
                                     goal: cost == nil ? nil : drafts.last.map { GoalAssembler.attachment(no: drafts.count, draft: $0.0, aim: $0.aim, heading: $0.goal) },
                                     goalNo: cost == nil || drafts.isEmpty ? nil : drafts.count)
                    if let cost, !drafts.isEmpty, !cost.isBudgetsOwn { drafts[drafts.count - 1].1.append(cost) }
                    // Costs by economic code before any goal table (the budget in a program's general
                    // part), or the budget's own table wherever it stands (by economic code with its
                    // shares, in an aim's introduction or the annexes), are no goal's: found, and stated as not read.
                    else if cost != nil {
                        let pages = LeftUnread.pages(band.page, bands[max(start + used - 1, i)].page)
                        let why = drafts.isEmpty ? "cost table before any goal table" : "cost table naming no activity"
                        result.diagnostics.append(LeftUnread.note("\(pages): \(why)"))
                    }
                    else { result.diagnostics.append("page \(band.page): cost table with no goal table before it or no rows") }
                    next = max(start + max(used, 0), i + 1)
                case .administrationSummary, .resourceSummary:
                    // A summary runs to the next title; only its labelled rows are read later. One
                    // without a title ends at its grand total (what follows may be untitled too).
                    // After its closing total, a row naming an aim, target or goal without amounts is
                    // the goals' (a summary printed before them, as Bodrum's program sets its resource need).
                    var j = i + 1
                    var closed = false
                    // A table of another kind starting under it, untitled (an annex's budget by economic
                    // code after the summaries), ends it; its own header repeated on a page does not.
                    let ownHeader = start < bands.count ? TableStart.kind(bands, at: start) : nil
                    while j < bands.count, titles[j] == nil {
                        if closed, Self.namesGoalContext(bands[j]) { break }
                        if j > start, let other = TableStart.kind(bands, at: j), other != ownHeader, other.table != kind { break }
                        j += 1
                        let grandTotal = SummaryTableReader.measure(bands[j - 1].text, .rowLabel) == .total
                        if titled == nil, kind == .administrationSummary, grandTotal { break }
                        // A resource summary is read to its first total row (`SummaryTableReader.readResources`).
                        closed = closed || (kind == .administrationSummary ? grandTotal : CostTableReader.isResourceNeedTotal(bands[j - 1]))
                    }
                    guard settled(early: early, at: i, end: j, traced: traced) else { break walking }
                    // An untitled summary starts at its header (`start`), a titled one after its title.
                    let rows = bands[start..<j]
                    if let unit = notedScale(forTableAt: i), summaryScales[kind] == nil { summaryScales[kind] = unit }
                    if kind == .administrationSummary { administrationRows.add(rows, title: band) } else { resourceRows.add(rows, title: band) }
                    recorder?.record(table: kind, title: band, rows: rows)
                    for h in rows.flatMap(GoalHeading.readAll) { addHeading(h, named: false) }
                    next = j
                }
            }
            if next >= Self.dropBatch {
                bands.removeFirst(next)
                titles.removeFirst(next)
                dropped += next
                next = 0
            }
        }

        /// The program from all the rows walked: goals, totals (without the stated figures,
        /// the administration and the year, read from the pages themselves), and what
        /// `alongside` gives, given the administration named in a goal table.
        ///
        /// The goals are assembled, the summaries read and `alongside` done side by side: after
        /// the last page this is all that is left to do, and the other cores would idle.
        consuming func finish<Alongside>(alongside: @escaping @Sendable (_ idareAdi: String?) -> Alongside)
            -> (RecognizedProgram, idareAdi: String?, administrationShares: [StatedShare], titledGoalTables: Int,
                unreadSummaries: [(page: Int, kind: TableKind)], bareYears: [(goal: Int, column: BareYearColumn)],
                namedTargetYears: Set<Int>, alongside: Alongside) {
            walk(finished: true)
            var result = result
            for (page, rows) in unreadAmountRows.sorted(by: { $0.key < $1.key }) {
                result.diagnostics.append(LeftUnread.note("page \(page): \(rows) row\(rows == 1 ? "" : "s") with amounts outside any recognised table"))
            }
            let idareAdi = idareAdi
            var drafts = drafts
            let administrationBands = administrationRows.bands, resourceBands = resourceRows.bands
            // The unit the program states for its amounts, for its tables that state none.
            let summaryScales = summaryScales
            let summaryUnits = [(administrationBands, TableKind.administrationSummary), (resourceBands, .resourceSummary)].compactMap { bands, kind in
                SummaryTableReader.statedScale(bands, kind: kind, noted: summaryScales[kind])
                    .map { ProgramScale.Table(unit: $0.0, page: $0.page, name: kind.rawValue) }
            }
            var goalDrafts = drafts.map(\.0), costDrafts = drafts.map(\.1)
            let (programScale, scaleNotes) = ProgramScale.settle(goals: &goalDrafts, costs: &costDrafts, summaries: summaryUnits)
            if !scaleNotes.isEmpty {
                for k in drafts.indices { (drafts[k].0, drafts[k].1) = (goalDrafts[k], costDrafts[k]) }
                result.diagnostics += scaleNotes
            }
            let settledDrafts = drafts
            let recorder = recorder
            // The longest parts first, the goals after them.
            let parts = SideBySide.map(settledDrafts.count + 2) { k -> FinishingPart<Alongside> in
                switch k {
                case 0:
                    // The summaries' sections are traced as well (a task-local value stays on its thread).
                    return TraceRecorder.$current.withValue(recorder) {
                        .summaries(SummaryTableReader.readAdministration(administrationBands, noted: summaryScales[.administrationSummary],
                                                                         program: programScale),
                                   SummaryTableReader.readResourceTable(resourceBands, noted: summaryScales[.resourceSummary], program: programScale))
                    }
                case 1: return .alongside(alongside(idareAdi))
                default:
                    let d = settledDrafts[k - 2]
                    var notes: [String] = []
                    let goal = GoalAssembler.goal(no: k - 1, draft: d.0, costs: d.1, aim: d.aim, heading: d.goal, notes: &notes)
                    return .goal(goal, notes)
                }
            }
            guard case .summaries(let admin, (let resources, let resourceNotes)) = parts[0], case .alongside(let extra) = parts[1] else {
                preconditionFailure("finishing parts out of order")
            }
            for part in parts.dropFirst(2) {
                guard case .goal(let goal, let notes) = part else { preconditionFailure("finishing parts out of order") }
                result.goals.append(goal)
                result.diagnostics += notes
            }
            result.diagnostics += admin.notes + resourceNotes
            var totals = admin.totals
            // A summary found (by its title or header) but not understood is stated, not skipped
            // (the caller drops the resource summary's note where its per-unit table was read).
            var unreadSummaries: [(page: Int, kind: TableKind)] = []
            for (rows, read, kind) in [(administrationRows.bands, !admin.totals.isEmpty, TableKind.administrationSummary),
                                       (resourceRows.bands, !resources.isEmpty, .resourceSummary)] where !rows.isEmpty && !read {
                unreadSummaries.append((rows[0].page, kind))
            }
            // A resource summary's totals row restates the administration summary's lines: read
            // only what that summary did not state.
            for t in resources
            where !totals.contains(where: { $0.measure == t.measure && $0.economicCode == t.economicCode && $0.source == t.source }) {
                totals.append(t)
            }
            if !totals.contains(where: { $0.measure == .total }), let statedTotal {
                totals.append(statedTotal)
            }
            result.totals = ProgramTotalOrder.sorted(totals)
            let bareYears = drafts.indices.compactMap { k in drafts[k].0.bareYear.map { (goal: k, column: $0) } }
            let namedTargetYears = drafts.reduce(into: Set<Int>()) { $0.formUnion($1.0.namedTargetYears) }
            return (result, idareAdi, admin.shares, titledGoalTables, unreadSummaries, bareYears, namedTargetYears, extra)
        }
    }
}

/// One part of `RowWalk.finish`, done beside the others.
private enum FinishingPart<Alongside> {
    case summaries((totals: [ProgramTotal], shares: [StatedShare], notes: [String]), (totals: [ProgramTotal], notes: [String]))
    case alongside(Alongside)
    case goal(Goal, [String])
}

/// The rows of a document's summaries of one kind, read after the walk: those within
/// `maximumPages` of the first summary's title (a summary runs to the next title, which may
/// be the end of the document; its table is on its first pages).
struct SummaryRows {
    /// A summary table never runs longer; the rows held stay bounded whatever the document.
    static let maximumPages = 32
    private(set) var bands: [RowBand] = []
    private var firstPage: Int?

    mutating func add(_ rows: ArraySlice<RowBand>, title: RowBand) {
        let first = firstPage ?? title.page
        firstPage = first
        bands += rows.filter { $0.page - first <= Self.maximumPages }
    }
}

/// program_totals rows in the contract's reading order: by measure, the code-less rows
/// first (budget, off-budget, both), then per economic code.
enum ProgramTotalOrder {
    static func sorted(_ totals: [ProgramTotal]) -> [ProgramTotal] {
        func sourceRank(_ s: ProgramTotal.Source?) -> Int { s == .budget ? 0 : s == .offBudget ? 1 : 2 }
        let measures = ProgramTotal.Measure.allCases
        return totals.sorted {
            (measures.firstIndex(of: $0.measure)!, $0.economicCode?.rawValue ?? "", sourceRank($0.source))
                < (measures.firstIndex(of: $1.measure)!, $1.economicCode?.rawValue ?? "", sourceRank($1.source))
        }
    }
}
