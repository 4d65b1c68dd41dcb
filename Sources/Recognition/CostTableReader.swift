import Dataset
import PageLayout
import TableGeometry

/// One activity's costs as a cost table gives them.
struct CostEntry {
    var code: String?
    var name: String = ""
    var responsibleUnit: String = ""
    var description: String = ""
    /// Name-column text that opened the next page with nothing beside it: the rest of a
    /// name cut by the page break, or a short explanation. The goal table's name for the
    /// activity tells which (`GoalAssembler`).
    var pageOpening: String?
    var costs: [ActivityCost] = []
    var statedTotal: Amount?
    /// The activity's money as its card states it (`ActivityCard.statedSplit`).
    var statedSplit: BudgetSplit?
    /// The page of the card or table naming the activity.
    var page: Int?

    /// The description, with the page-opening text when the activity's name (from its goal
    /// table) does not end with it.
    func description(activityName: String) -> String {
        guard let opening = pageOpening else { return description }
        let completesName = Lexicon.fold(activityName).hasSuffix(Lexicon.fold(opening))
        return completesName ? description : WrappedText.join([opening, description])
    }
}

/// A cost table (FAALİYET MALİYET TABLOSU): either one per activity, with economic codes
/// as rows and funding sources as columns, or one per goal, with a row per activity and
/// economic codes as columns.
struct CostDraft: Sendable {
    enum Layout: String { case perActivity = "per activity", perGoal = "per goal" }
    var layout: Layout
    var page: Int
    var entries: [CostEntry] = []
    var statedColumns: [EconomicCode: Amount] = [:]
    var statedTotal: Amount?
    /// Columns not understood, as diagnostics.
    var notes: [String] = []
    /// The unit a note line over the table states for its amounts (`AmountScale.noted`), and the
    /// unit the table states (its header's, else the note's).
    var notedScale: AmountScale?
    var scale = AmountScale.unstated
    /// A list over all goals keyed by the goal's code (`GoalCodeColumn`): each goal's costs, to be
    /// joined to the goal of that code (and there to its activities by code or name).
    var goalCoded: [GoalCodedCosts] = []

    /// Whether it names an activity: a row's code or name, or the labelled rows over a table per
    /// activity (Faaliyet Adı).
    var namesActivity: Bool { entries.contains { $0.code != nil || !$0.name.isEmpty } }

    /// A column of shares or rates (“Pay (%)”, “Gerçekleşme Oranı (%)”): the budget's own tables
    /// print them, no activity's cost table does.
    var statesShares = false

    /// The budget's own table by economic code (its shares, its execution) rather than an
    /// activity's costs: it names no activity and states shares. (A table per activity whose
    /// labels were not read states none, and takes its activity by place.)
    var isBudgetsOwn: Bool { !namesActivity && statesShares }
}

enum CostTableReader {
    static func isHeader(_ band: RowBand) -> Bool { band.remembered(.costHeader, isHeaderAfresh) }
    private static func isHeaderAfresh(_ band: RowBand) -> Bool {
        // Most rows hold no word of these phrases: their lines need not be folded.
        guard headerOpenings.occur(in: band.folded), LabelledRow.read(band) == nil else { return namesCodeColumnsBesideActivities(band) }
        if band.lines.contains(where: { line in
            let f = Lexicon.fold(line.text)
            return Lexicon.names(.economicCode, .columnHeader, f, .within) || Lexicon.names(.activityName, .rowLabel, f, .leading)
        }) { return true }
        // A narrow column wraps “Ekonomik” over “Kod”: the band's lines alone do not say it,
        // its columns do (the words of one cell, read together).
        // (The band's text interleaves the cells' lines, “EKONOMİK BÜTÇE … KOD …”: it holds the
        // phrase's first word, not the phrase.)
        return (!GoalTableReader.hasAmounts(band)
            && economicCodeFirstWords.contains { $0.matches(band.folded, .within) }
            && band.headerColumns.contains { c in
                Lexicon.names(.economicCode, .columnHeader, Lexicon.fold((c.group ?? "") + " " + c.title), .within)
            }) || namesCodeColumnsBesideActivities(band)
    }

    /// A column per economic code named by its code and name alone (“03 Mal ve Hizmet Alım
    /// Giderleri”, no “Ekonomik Kod” over them) beside the activities' column (“Faaliyet”): a cost
    /// table per goal's header, as a template without the guide's group row prints it.
    static func namesCodeColumnsBesideActivities(_ band: RowBand) -> Bool {
        let folded = band.folded
        guard codeNameOpenings.occur(in: folded), activityOpenings.occur(in: folded),
              !GoalTableReader.hasAmounts(band), LabelledRow.read(band) == nil else { return false }
        let columns = band.headerColumns
        return columns.count >= TableStart.minimumColumns
            && columns.contains { EconomicCodeReader.columnCode($0) != nil }
            && columns.contains { c in
                let title = Lexicon.fold(c.title)
                return Lexicon.names(.activity, .columnHeader, title, .within) || Lexicon.names(.activity, .shortForm, title, .whole)
            }
    }
    /// A header with a column per economic code (by its code or name) and a total column beside
    /// the column of the rows' labels, none naming activities or their unit: a cost table per
    /// activity turned, its sources down the side (“Bütçe”, “Bütçe Dışı”, “Toplam”), where the rows
    /// under it say so (`opensTurned`).
    static func namesCodesAcross(_ band: RowBand) -> Bool { band.remembered(.codesAcross, namesCodesAcrossAfresh) }
    private static func namesCodesAcrossAfresh(_ band: RowBand) -> Bool {
        codeNameOpenings.occur(in: band.folded) && namesTotalBesideLabels(band) && band.headerColumns.contains { EconomicCodeReader.columnCode($0) != nil }
    }

    /// A header of a total column (and others) beside the rows' labels, naming no activity or
    /// unit: an activity's costs turned, with or without a code's column (an activity that costs
    /// nothing prints its sources and their total alone).
    private static func namesTotalBesideLabels(_ band: RowBand) -> Bool {
        guard Lexicon.names(.total, .columnHeader, band.folded, .within), !GoalTableReader.hasAmounts(band), LabelledRow.read(band) == nil
        else { return false }
        let columns = band.headerColumns
        guard columns.count >= TableStart.minimumColumns else { return false }
        return columns.contains { c in EconomicCodeReader.columnCode(c) == nil && Lexicon.names(.total, .columnHeader, Lexicon.fold(c.title), .within) }
            && !columns.contains { c in
                let title = Lexicon.fold((c.group ?? "") + " " + c.title)
                return Lexicon.names(.activity, .columnHeader, title, .within) || Lexicon.names(.activity, .shortForm, title, .whole)
                    || Lexicon.names(.activityName, .rowLabel, title, .leading) || ResponsibleUnitColumn.names(c, title)
            }
    }

    /// Whether the header at `i` opens a cost table per activity turned: it names codes across
    /// (`namesCodesAcross`, or “Ekonomik Kod” over them) — or, under the labelled rows naming its
    /// activity (`underActivity`), only a total beside the labels — and the first row under it is a
    /// funding source's (“Bütçe Ödeneği”, “Bütçe Dışı Kaynak”, “Döner Sermaye”): the row labels
    /// carry what a column header carries in the usual layout.
    static func opensTurned(_ bands: ArraySlice<RowBand>, at i: Int, underActivity: Bool = false) -> Bool {
        // Asked of the row first (most rows are no header), then of the header block it opens: a
        // lower header row (“Döner Sermaye | Diğer Yurt İçi” under “Bütçe Dışı Kaynak”) is no row.
        guard isHeader(bands[i]) || isTurnedHeader(bands[i], underActivity: underActivity) else { return false }
        let (header, covered) = turnedHeaderBlock(bands, at: i)
        guard isTurnedHeader(header, underActivity: underActivity),
              let first = TableStart.firstRow(after: covered.upperBound - 1, in: bands,
                                              besides: { isTurnedHeader($0, underActivity: underActivity) || isHeader($0) })
        else { return false }
        return namesSource(first.text)
    }

    /// The header block at `i` of a turned cost table: `HeaderBlock.header`, but a row naming a
    /// source in the labels' column is the table's first row, never the header's lower row (a header
    /// of two columns, an activity that costs nothing, would take the row under it in).
    static func turnedHeaderBlock(_ bands: ArraySlice<RowBand>, at i: Int) -> (RowBand, Range<Int>) {
        let found = HeaderBlock.header(in: bands, at: i, lowerBound: i)
        guard found.1.upperBound > i + 1, namesSource(bands[i + 1].text), !HeaderBlock.isLowerRow(bands[i + 1], under: bands[i])
        else { return found }
        let start = found.1.lowerBound
        return (HeaderBlock.merged(Array(bands[start...i])), start..<(i + 1))
    }

    /// A header `opensTurned` may find over a turned table's rows (and its repeat over a page break).
    private static func isTurnedHeader(_ band: RowBand, underActivity: Bool) -> Bool {
        namesCodesAcross(band) || (underActivity && namesTotalBesideLabels(band))
            || (isHeader(band) && !namesCodeColumnsBesideActivities(band) && band.headerColumns.contains { EconomicCodeReader.columnCode($0) != nil })
    }

    /// Whether a row's label opens with a funding source's name or the off-budget money's.
    static func namesSource(_ label: String) -> Bool {
        let f = Lexicon.fold(label)
        return sourceConcepts.contains { Lexicon.names($0, .columnHeader, f, .leading) }
    }
    private static let sourceConcepts: [Lexicon.Concept] = [.budget, .offBudget] + SummaryTableReader.offBudgetSources

    /// The words that open the economic codes' names and the activities' column titles.
    private static let codeNameOpenings = Lexicon.Openings(Lexicon.economicCodes.flatMap { [($0.0, .rowLabel), ($0.0, .shortForm)] })
    private static let activityOpenings = Lexicon.Openings([(.activity, .columnHeader), (.activity, .shortForm)])

    /// The words that open every phrase `isHeaderAfresh` looks for.
    private static let headerOpenings = Lexicon.Openings([(.economicCode, .columnHeader), (.activityName, .rowLabel)])
    /// The first word of each phrase naming economic codes, as a whole word (a token holding a
    /// slash, folded to two words, is no word of the folded text).
    private static let economicCodeFirstWords = Lexicon.phrases(.economicCode, .columnHeader)
        .compactMap { $0.tokens.first }.filter { !$0.contains(" ") }.map(Lexicon.Phrase.init)

    /// “Toplam Kaynak İhtiyacı”: the row that closes a per-activity cost table.
    static func isResourceNeedTotal(_ band: RowBand) -> Bool { band.remembered(.resourceNeedTotal, isResourceNeedTotalAfresh) }
    private static func isResourceNeedTotalAfresh(_ band: RowBand) -> Bool {
        Lexicon.names(.resourceNeedTotal, .totalRow, band.folded, .leading)
            || Lexicon.names(.resourceNeedTotal, .totalRow, Lexicon.fold(GoalTableReader.label(of: band)), .leading)
    }

    /// `noted`: the unit a note line over the table's title states (`AmountScale.noted`).
    static func read(_ bands: ArraySlice<RowBand>, titlePage: Int, noted: AmountScale? = nil) -> (CostDraft?, Int) {
        var notedScale = noted
        var labels: [Lexicon.Label: LabelledRow] = [:]
        var i = bands.startIndex
        var last: Lexicon.Label?
        // An activity's card (`ActivityCard`): its number and its money, beside the labels.
        var code: String?
        var split: BudgetSplit?
        var carded: Bool { code != nil || split != nil }
        while i < bands.endIndex, !GoalTableReader.isTitle(bands[i]), !isHeader(bands[i]),
              !opensTurned(bands, at: i, underActivity: labels[.activityName] != nil) {
            // A card with no cost table under it ends where the next card, the goal's next context
            // or another table begins: its labels are the activity's, costing nothing stated.
            if carded, labels[.activityName] != nil,
               ActivityCard.code(bands[i]) != nil || TableEnd.startsAnother(bands, at: i, isOwnHeader: { _ in false })
                || LabelledRow.readAll(bands[i]).contains(where: { GoalContext.levels.contains($0.label) }) || !GoalHeading.readAll(bands[i]).isEmpty {
                break
            }
            if code == nil, labels[.activityName] == nil, let c = ActivityCard.code(bands[i]) {
                code = c
                last = nil
                i += 1
                continue
            }
            if split == nil, labels[.activityName] != nil, let s = ActivityCard.statedSplit(bands[i]) {
                split = s
                last = nil
                i += 1
                continue
            }
            let rows = LabelledRow.readAll(bands[i])
            if let final = rows.last {
                for row in rows where labels[row.label] == nil { labels[row.label] = row }
                last = final.label
            } else if let l = last, let row = labels[l], i > bands.startIndex,
                      LabelledRow.continuesValue(bands[i], after: bands[i - 1], value: row.value, in: Array(bands[i...].prefix(3)), at: 0) {
                // A name, unit or explanation cut by the page break.
                labels[l]?.value = WrappedText.join([row.value, Cell(words: bands[i].words).text])
                last = nil
            } else {
                last = nil
                if let unit = AmountScale.noted(bands[i]) { notedScale = unit }
            }
            if GoalTableReader.isGrandTotal(bands[i]) { return (card(labels, code: code, split: split, page: titlePage), i - bands.startIndex) }
            i += 1
        }
        guard i < bands.endIndex, !GoalTableReader.isTitle(bands[i]),
              isHeader(bands[i]) || opensTurned(bands, at: i, underActivity: labels[.activityName] != nil)
        else { return (card(labels, code: code, split: split, page: titlePage), i - bands.startIndex) }
        // An activity's costs turned: its sources down the side, its codes across.
        let underActivity = labels[.activityName] != nil
        let turned = opensTurned(bands, at: i, underActivity: underActivity)
        func isOwnHeader(_ band: RowBand) -> Bool { isHeader(band) || (turned && isTurnedHeader(band, underActivity: underActivity)) }
        let found = turned ? turnedHeaderBlock(bands, at: i) : HeaderBlock.header(in: bands, at: i, lowerBound: i)
        let (header, covered) = HeaderBlock.continued(found, in: bands, isHeader: isOwnHeader)
        i = covered.upperBound - 1
        let columns = header.headerColumns
        let perGoal = !turned && columns.contains { EconomicCodeReader.columnCode($0) != nil }
        // The header repeated over a page break is no total row, whatever word its text opens with
        // (a turned table's header cells set vertically read “Toplam (TL) 06 Sermaye Kaynak”).
        func terminator(_ band: RowBand) -> Bool {
            !isOwnHeader(band) && (perGoal ? GoalTableReader.isGrandTotal(band) : isResourceNeedTotal(band))
        }
        var j = i + 1
        // Without its total row or a title after it, the table ends where the next goal's context,
        // cost table or other table begins (`TableEnd`).
        while j < bands.endIndex, !GoalTableReader.isTitle(bands[j]), !terminator(bands[j]),
              !TableEnd.startsAnother(bands, at: j, isOwnHeader: isOwnHeader) { j += 1 }
        let end = j < bands.endIndex && terminator(bands[j]) ? j + 1 : j
        let section = TableSection.build(header: header, data: Array(bands[(i + 1)..<end]), isRepeatedHeader: isOwnHeader)
        // A list over all goals keyed by the goal's code: each goal's rows read apart (activities'
        // numbers start again with each goal).
        if !turned, let goalCode = GoalCodeColumn.index(.goalCode, in: section.columns) {
            var draft = CostDraft(layout: perGoal ? .perGoal : .perActivity, page: titlePage)
            for part in section.partedByGoal(column: goalCode) {
                let read: CostDraft? = perGoal ? readPerGoal(part.section, page: titlePage) : readLongForm(part.section, page: titlePage)
                guard var coded = read else { continue }
                coded.notedScale = notedScale
                let (unit, note) = part.section.inLira(&coded)
                coded.scale = unit
                // The columns are the list's: their notes once, with the first goal's costs.
                if draft.goalCoded.isEmpty { coded.notes += [note, section.notationNote(table: "cost table")].compactMap { $0 } } else { coded.notes = [] }
                draft.goalCoded.append(GoalCodedCosts(code: part.code, draft: coded))
            }
            return (draft, end - bands.startIndex)
        }
        var draft: CostDraft
        if perGoal {
            draft = readPerGoal(section, page: titlePage)
        } else if let long = readLongForm(section, page: titlePage) {
            draft = long
        } else {
            draft = readPerActivity(turned ? section.figuresInColumnOrder().transposed() : section, page: titlePage)
            var entry = draft.entries.first ?? CostEntry()
            entry.name = labels[.activityName]?.value ?? ""
            entry.responsibleUnit = labels[.responsibleUnit]?.value ?? ""
            entry.description = labels[.explanation]?.value ?? ""
            if carded {
                entry.code = code
                entry.statedSplit = split
                entry.page = labels[.activityName]?.page
            }
            draft.entries = [entry]
        }
        draft.notedScale = notedScale
        if let note = section.notationNote(table: "cost table") { draft.notes.append(note) }
        let (unit, note) = section.inLira(&draft)
        if let note { draft.notes.append(note) }
        draft.scale = unit
        draft.statesShares = columns.contains { c in
            let title = Lexicon.fold(c.title)
            return Lexicon.names(.share, .columnHeader, title, .within) || Lexicon.names(.rate, .columnHeader, title, .within)
        }
        return (draft, end - bands.startIndex)
    }

    /// An activity's card standing alone, no cost table under it: the activity its labels name,
    /// with no costs. Nil unless a card's number or money was read with its name.
    static func card(_ labels: [Lexicon.Label: LabelledRow], code: String?, split: BudgetSplit?, page: Int) -> CostDraft? {
        guard code != nil || split != nil, let name = labels[.activityName] else { return nil }
        var entry = CostEntry(code: code, name: name.value, responsibleUnit: labels[.responsibleUnit]?.value ?? "",
                              description: labels[.explanation]?.value ?? "")
        entry.statedSplit = split
        entry.page = name.page
        var draft = CostDraft(layout: .perActivity, page: page)
        draft.entries = [entry]
        return draft
    }

    /// What a column of a per-activity cost table holds.
    enum SourceColumn: Equatable { case source(FundingSource), total }

    /// Funding source of a column header (Bütçe Ödeneği, Döner Sermaye, Diğer Yurt İçi,
    /// Yurt Dışı), or the total column; nil for anything else. The column's own title decides
    /// before its group's words: under “Toplam Kaynak İhtiyacı” over all the columns, “Bütçe
    /// Ödeneği” is the budget, not the total. Off-budget money as one column (“Bütçe Dışı”)
    /// names none of the contract's sources (it is split into them): nil, stated not understood,
    /// never the budget its first word names.
    static func sourceColumn(_ column: Column) -> SourceColumn? {
        let f = Lexicon.fold(column.title)
        func named(_ c: Lexicon.Concept, _ text: String = f) -> Bool { Lexicon.names(c, .columnHeader, text, .within) }
        if named(.total) { return .total }
        if named(.revolvingFund) { return .source(.revolvingFund) }
        if named(.otherDomestic) { return .source(.otherDomestic) }
        if named(.foreign) { return .source(.foreign) }
        if named(.offBudget) { return nil }
        if named(.budget) { return .source(.budget) }
        // “2024 Toplam” may stand as a group over “Kaynak” alone.
        if named(.total, Lexicon.fold(column.group ?? "")) { return .total }
        // A source's title wrapped in a narrow cell of a centred header may leave its first line
        // among its group's words (“Diğer Yurt” beside “Bütçe Dışı Kaynak”, “İçi” below): read
        // with the group, it names an off-budget source, never the budget (the group names that).
        let withGroup = Lexicon.fold((column.group ?? "") + " " + column.title)
        for (concept, source) in [(Lexicon.Concept.revolvingFund, FundingSource.revolvingFund), (.otherDomestic, .otherDomestic), (.foreign, .foreign)]
        where column.group != nil && named(concept, withGroup) {
            return .source(source)
        }
        return nil
    }

    static func readPerActivity(_ section: TableSection, page: Int) -> CostDraft {
        var draft = CostDraft(layout: .perActivity, page: page)
        var entry = CostEntry()
        var totalColumn: Int?
        var sources: [(Int, FundingSource)] = []
        // Off-budget money as one column (“Bütçe Dışı”) names none of the contract's sources; where
        // it states no amount but zero, no source has any, and nothing of it is left unread.
        var noneOffBudget: [Int] = []
        for (k, c) in section.columns.enumerated() where k > 0 {
            switch sourceColumn(c) {
            case .total: totalColumn = k
            case .source(let s): sources.append((k, s))
            case nil:
                if Lexicon.names(.offBudget, .columnHeader, Lexicon.fold(c.title), .within),
                   section.rows.allSatisfy({ ($0.amount(k) ?? .zero) == .zero }) { noneOffBudget.append(k) }
            }
        }
        draft.notes = section.unknownColumns(understood: Set([0] + sources.map(\.0) + [totalColumn].compactMap { $0 } + noneOffBudget),
                                             table: "cost table")
        for row in section.rows {
            if isResourceNeedTotal(row.band) {
                entry.statedTotal = row.spilledAmount(totalColumn)
                continue
            }
            guard let code = EconomicCodeReader.code(in: row.text(0)) else { continue }
            let printed = TableRow.figures(row.cells.dropFirst().flatMap(\.words).sorted { $0.box.x0 < $1.box.x0 })
                // A figure grouped with spaces and no decimals (“7 300 000”) is an amount too.
                .compactMap { w in (TextBytes.plainHolds(w, ",") ?? w.contains(",")) || (TextBytes.plainHolds(w, ".") ?? w.contains("."))
                    || (TextBytes.plainHolds(w, " ") ?? w.contains(" ")) || w == "0" ? row.amount(in: w) : nil }
            // A row whose every source cell is exactly an amount is in line with its header, though
            // its words count more figures (one broken over two lines, “302.728.00” over “0,00”).
            let inLine = sources.allSatisfy { row.amount($0.0) != nil }
            if !inLine, printed.count >= 2, printed.count != sources.count + (totalColumn == nil ? 0 : 1) {
                // Fewer (or more) amounts than columns: the row is printed out of line with its
                // header, so read it in the order the columns come: sources, then the total.
                let ordered = sources.map(\.1).sorted()
                for (s, a) in zip(ordered, printed.dropLast()) { entry.costs.append(ActivityCost(economicCode: code, source: s, amount: a)) }
                continue
            }
            for (k, s) in sources {
                if let a = row.spilledAmount(k) { entry.costs.append(ActivityCost(economicCode: code, source: s, amount: a)) }
            }
        }
        draft.entries = [entry]
        return draft
    }

    /// A cost table in long form: a row per activity and economic code (“No | Sorumlu Harcama
    /// Birimi | Eko. Kod | Ekonomik Kod Adı | Bütçe Ödeneği | Toplam”), the activity named by its
    /// number in a column of the rows' codes, the code in a column of its own beside its name.
    /// Rows with the same number (or none, under it) are one activity's; nil when the table has
    /// no column of the rows' codes or none of economic codes (a table per activity has neither
    /// beside its codes' column: its activity is named above it).
    static func readLongForm(_ section: TableSection, page: Int) -> CostDraft? {
        guard let number = section.codeColumn else { return nil }
        let codeColumns = section.columns.indices.filter { k in
            k != number && Lexicon.names(.economicCode, .columnHeader, Lexicon.fold((section.columns[k].group ?? "") + " " + section.columns[k].title), .within)
        }
        // The numbers are the activities': a column of economic codes under a row code's title
        // (“Kod” beside “Ekonomik Sınıflandırma”, a table per activity) prints them as codes (“06”).
        let numbers = section.rows.map { TextNormalization.collapse($0.text(number)) }.filter { !$0.isEmpty }
        guard !codeColumns.isEmpty, !numbers.isEmpty, !numbers.contains(where: { EconomicCode(rawValue: $0) != nil }) else { return nil }
        let unitColumn = ResponsibleUnitColumn.column(section)
        let name = section.columns.indices.first { k in
            k != number && !codeColumns.contains(k) && k != unitColumn
                && section.columns[k].title.isEmpty == false
                && Lexicon.names(.activity, .columnHeader, Lexicon.fold(section.columns[k].title), .within)
        }
        var totalColumn: Int?
        var sources: [(Int, FundingSource)] = []
        for (k, c) in section.columns.enumerated() where k != number && !codeColumns.contains(k) && k != unitColumn && k != name {
            switch sourceColumn(c) {
            case .total: totalColumn = totalColumn ?? k
            case .source(let s): sources.append((k, s))
            case nil: break
            }
        }
        guard !sources.isEmpty else { return nil }
        var draft = CostDraft(layout: .perActivity, page: page)
        let understood = Set([number] + codeColumns + sources.map(\.0)
                             + [unitColumn, name, totalColumn, GoalCodeColumn.index(.goalCode, in: section.columns)].compactMap { $0 })
            .union(section.columns(naming: ResponsibleUnitColumn.otherUnits + [.explanation]))
        draft.notes = section.unknownColumns(understood: understood, table: "cost table")
        // A total row's label spans the key columns, left of the amounts; its currency may stand on
        // a line above it in the amounts' cells (“TL” over the figure), so its label is read apart.
        let firstAmount = sources.map(\.0).min() ?? section.columns.count
        for row in section.rows {
            let label = Lexicon.fold(Cell(words: row.cells.prefix(firstAmount).flatMap(\.words)).text)
            if GoalTableReader.isGrandTotal(row.band) || GoalTableReader.isSubtotal(row.band) || isResourceNeedTotal(row.band)
                || Lexicon.names(.resourceNeedTotal, .totalRow, label, .leading) || Lexicon.names(.grandTotal, .totalRow, label, .leading)
                || Lexicon.names(.subtotal, .totalRow, label, .leading) { continue }
            let printed = TextNormalization.collapse(row.text(number))
            let code = EconomicCodeReader.code(in: codeColumns.map { row.text($0) }.joined(separator: " "))
            // The number's cell may hold the start of the unit beside it (`TableSection.key`: a
            // boundary placed inside the unit's text where no rule parts them).
            let besideNumber = unitColumn ?? name
            let key = printed.isEmpty ? nil : besideNumber.map { section.key(of: row, name: $0, code: number, next: draft.entries.count + 1) }
            let activity = key.map { k in k.code.flatMap { CodeReader.code($0) } } ?? CodeReader.code(printed)
            if !printed.isEmpty, let c = activity, draft.entries.last?.code != c {
                var entry = CostEntry(code: c)
                let keyed = key.map { TextNormalization.collapse($0.text) }
                entry.name = name.map { $0 == besideNumber ? keyed ?? "" : TextNormalization.collapse(row.text($0)) } ?? ""
                entry.responsibleUnit = unitColumn.map { $0 == besideNumber ? keyed ?? "" : TextNormalization.collapse(row.text($0)) } ?? ""
                draft.entries.append(entry)
            } else if let last = draft.entries.indices.last, code == nil {
                // A unit's or a name's words wrapped onto a row of their own.
                if let u = unitColumn, !row.text(u).isEmpty {
                    draft.entries[last].responsibleUnit = WrappedText.join([draft.entries[last].responsibleUnit, row.text(u)])
                }
                if let n = name, !row.text(n).isEmpty { draft.entries[last].name = WrappedText.join([draft.entries[last].name, row.text(n)]) }
                continue
            }
            guard let last = draft.entries.indices.last, let code else { continue }
            for (k, s) in sources {
                if let a = row.spilledAmount(k) { draft.entries[last].costs.append(ActivityCost(economicCode: code, source: s, amount: a)) }
            }
            if let t = row.spilledAmount(totalColumn) {
                draft.entries[last].statedTotal = (draft.entries[last].statedTotal ?? .zero) + t
            }
        }
        return draft.entries.isEmpty ? nil : draft
    }

    static func readPerGoal(_ section: TableSection, page: Int) -> CostDraft {
        var draft = CostDraft(layout: .perGoal, page: page)
        let codeColumns = section.columns.enumerated().compactMap { k, c in EconomicCodeReader.columnCode(c).map { (k, $0) } }
        let unitColumn = ResponsibleUnitColumn.column(section)
        // “Toplam Kaynak” over “İhtiyacı”: a first line much wider than the rest is taken for a group.
        let totalColumn = section.columns.indices.last { k in
            let c = section.columns[k]
            return [c.title, (c.group ?? "") + " " + c.title].contains { Lexicon.names(.total, .columnHeader, Lexicon.fold($0), .within) }
                && !codeColumns.contains { $0.0 == k }
        }
        let understood = Set([0] + codeColumns.map(\.0) + [unitColumn, totalColumn, GoalCodeColumn.index(.goalCode, in: section.columns)].compactMap { $0 })
            .union(section.columns(naming: ResponsibleUnitColumn.otherUnits + [.risk]))
        draft.notes = section.unknownColumns(understood: understood, table: "cost table")
        var previousPage = -1
        for row in section.rows {
            let amounts = codeColumns.compactMap { k, c in row.amount(k).map { (c, $0) } }
            let total = row.amount(totalColumn)
            if GoalTableReader.isGrandTotal(row.band) {
                draft.statedColumns = Dictionary(amounts, uniquingKeysWith: { a, _ in a })
                draft.statedTotal = total
                break
            }
            if GoalTableReader.isSubtotal(row.band) { continue }
            let (code, name) = RowKey.split(row.cells[0], next: draft.entries.count + 1)
            let unit = unitColumn.map { row.text($0) } ?? ""
            if amounts.isEmpty && total == nil && !(codeColumns.map(\.0) + [totalColumn]).contains(where: row.statesAmount) {
                guard let last = draft.entries.indices.last else { continue }
                let opensPage = code == nil && row.page != previousPage && !row.isRunningText
                if opensPage && !unit.isEmpty {
                    // The rest of a row cut by the page break (an explanation opening the
                    // page runs across the columns instead).
                    draft.entries[last].name = WrappedText.join([draft.entries[last].name, name])
                    draft.entries[last].responsibleUnit = WrappedText.join([draft.entries[last].responsibleUnit, unit])
                } else if opensPage && row.cells.dropFirst().allSatisfy(\.isEmpty) && draft.entries[last].description.isEmpty {
                    draft.entries[last].pageOpening = TextNormalization.collapse(name)
                } else {
                    // An explanation row under an activity (Açıklama): its lines joined as a cell's
                    // (a word hyphenated at a line's end joins the next line directly).
                    let text = WrappedText.join(lines: row.band.lines)
                    draft.entries[last].description = WrappedText.join([draft.entries[last].description, text])
                }
                previousPage = row.page
                continue
            }
            previousPage = row.page
            var entry = CostEntry(code: code, name: TextNormalization.collapse(name), responsibleUnit: TextNormalization.collapse(unit))
            entry.costs = amounts.map { ActivityCost(economicCode: $0.0, source: .budget, amount: $0.1) }
            entry.statedTotal = total
            draft.entries.append(entry)
        }
        return draft
    }
}

import Foundation
