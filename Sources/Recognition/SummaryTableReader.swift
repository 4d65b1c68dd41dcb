import Dataset
import PageLayout
import TableGeometry

/// The administration's summary tables → program_totals: the İdare Performans Tablosu's
/// program lines (activities, general administration, transfers, grand total × Bütçe /
/// Bütçe Dışı / Toplam) and the Toplam Kaynak İhtiyacı Tablosu's amounts per economic code.
enum SummaryTableReader {
    /// The concept of each measure: its program line (row label) and its column in the
    /// resource table (most specific first).
    static let measures: [(ProgramTotal.Measure, Lexicon.Concept)] = [
        (.transfers, .transfers), (.total, .grandTotal), (.activities, .goalCosts), (.generalAdmin, .generalAdministration),
    ]

    static func isAdministrationHeader(_ band: RowBand) -> Bool {
        let f = band.folded
        func named(_ c: Lexicon.Concept) -> Bool { Lexicon.names(c, .columnHeader, f, .within) }
        guard named(.budget) && named(.total) else { return false }
        return named(.share) || named(.currency) || namesGoalsWithTheirMoney(band)
    }

    /// The İdare Performans Tablosu's header known by its columns alone (untitled, no “TL”, no
    /// shares): a column of performance goals and, apart from it, a budget and a total column.
    /// An activity table has no goal column; a labelled row holds its words in one cell.
    static func namesGoalsWithTheirMoney(_ band: RowBand) -> Bool {
        // “Performans” over “Hedefi” in a narrow cell: the band's text need not hold the phrase, its columns do.
        let f = band.folded
        guard Lexicon.names(.budget, .columnHeader, f, .within), Lexicon.names(.total, .columnHeader, f, .within),
              !GoalTableReader.hasAmounts(band) else { return false }
        let columns = band.headerColumns.map { Lexicon.fold(($0.group ?? "") + " " + $0.title) }
        // A column of the goals' codes keys a list's rows by goal (`GoalCodeColumn`): it lists no goals.
        guard let goal = columns.firstIndex(where: {
            Lexicon.names(.performanceGoal, .columnHeader, $0, .within) && !Lexicon.names(.goalCode, .columnHeader, $0, .whole)
        }) else { return false }
        func names(_ k: Int, _ c: Lexicon.Concept) -> Bool { Lexicon.names(c, .columnHeader, columns[k], .within) }
        // Budget and total each in a column of its own (a sentence in one cell names both).
        let total = columns.indices.first { $0 != goal && names($0, .total) && !names($0, .budget) }
        return total != nil && columns.indices.contains { $0 != goal && $0 != total && names($0, .budget) }
    }

    /// The İdare Performans Tablosu turned (a goal card's or a workbook's): its header names program
    /// lines as the usual table's row labels do (“Performans Hedefleri Toplamı”, “Genel Yönetim
    /// Giderleri”, “Genel Toplam”), beside a column per goal, and its rows are the sources (“Bütçe
    /// İçi”, “Bütçe Dışı”, “Toplam”). No economic code: the resource summary's header names program
    /// lines beside “Ekonomik Kod”, its rows the codes.
    static func namesProgramLinesAcross(_ band: RowBand) -> Bool {
        // Most rows hold no word of a program line: their columns need not be found.
        // (A header's cells wrap over several lines, which the row's text interleaves: the lines'
        // first words, not their phrases.)
        let folded = band.folded
        guard programLineOpenings.filter({ $0.occur(in: folded) }).count >= minimumLinesAcross,
              !GoalTableReader.hasAmounts(band), !Lexicon.names(.economicCode, .columnHeader, folded, .within) else { return false }
        // A line's title wrapped in its cell may stand as a group over its last words (“Performans
        // Hedefleri” over “Toplamı”): read with it where the title alone names none.
        let lines = Set(band.headerColumns.compactMap { c in measure(c.title, .rowLabel) ?? c.group.flatMap { measure($0 + " " + c.title, .rowLabel) } })
        return lines.count >= minimumLinesAcross
    }
    /// The words that open each program line's phrases.
    private static let programLineOpenings = measures.map { Lexicon.Openings([($0.1, .rowLabel)]) }

    /// Whether the row at `i` opens the İdare Performans Tablosu turned where no title announces
    /// it: program lines across (`namesProgramLinesAcross`) over a first row naming a source.
    static func opensTurnedAdministration(_ bands: ArraySlice<RowBand>, at i: Int) -> Bool {
        guard namesProgramLinesAcross(bands[i]) else { return false }
        let (_, covered) = HeaderBlock.header(in: bands, at: i, lowerBound: i)
        guard let first = TableStart.firstRow(after: covered.upperBound - 1, in: bands, besides: namesProgramLinesAcross) else { return false }
        return CostTableReader.namesSource(first.text)
    }
    /// Program lines a turned summary's header names at least: one alone may be a goal's column
    /// (“Faaliyet Toplamı” heads an activity table's total too).
    static let minimumLinesAcross = 2

    /// The summary's header over its program lines alone, under a blank corner (“| Bütçe | Bütçe
    /// Dışı Kaynak | Toplam”): no unit, no share and no goal column name it, so the rows under it
    /// do: a budget and a total column, and a program line opening one of the rows after it.
    static func namesMoneyOverProgramLines(_ header: RowBand, rows: ArraySlice<RowBand>) -> Bool {
        let f = header.folded
        guard Lexicon.names(.budget, .columnHeader, f, .within), Lexicon.names(.total, .columnHeader, f, .within) else { return false }
        return rows.contains { measure($0.text, .rowLabel) != nil }
    }

    /// The sources the off-budget part may be split into, each a column of its own.
    static let offBudgetSources: [Lexicon.Concept] = [.revolvingFund, .otherDomestic, .foreign]

    /// A column of shares (“Pay”) beside an amount column.
    static func isShare(_ column: Column) -> Bool {
        Lexicon.names(.share, .columnHeader, Lexicon.fold(column.title), .whole)
    }

    /// The administration summary's header among its rows: the first row without amounts whose
    /// header block names the summary's columns.
    static func administrationHeader(_ bands: [RowBand]) -> (at: Int, band: RowBand, covered: Range<Int>)? {
        // The header may stand in several rows: each source a group over its amount and its share
        // (“Bütçe İçi” over “TL | Pay”), parted by a rule.
        func header(at k: Int) -> (RowBand, Range<Int>) { HeaderBlock.header(in: bands[...], at: k, lowerBound: k) }
        // Turned, its header names the program lines across (`namesProgramLinesAcross`).
        guard let h = bands.indices.first(where: { k in
            guard !GoalTableReader.hasAmounts(bands[k]) else { return false }
            let candidate = header(at: k)
            return isAdministrationHeader(candidate.0) || namesProgramLinesAcross(candidate.0)
                || namesMoneyOverProgramLines(candidate.0, rows: bands[candidate.1.upperBound...])
        }) else { return nil }
        let (band, covered) = header(at: h)
        return (h, band, covered)
    }

    /// The unit a summary states for its amounts (`AmountScale`): its header's, else a note line
    /// over its header (under its title), else `noted` (a note over its title); and the page.
    /// What `ProgramScale` weighs before the summaries are read.
    static func statedScale(_ bands: [RowBand], kind: TableKind, noted: AmountScale?) -> (AmountScale, page: Int)? {
        guard let (h, band, _) = kind == .administrationSummary ? administrationHeader(bands) : resourceHeader(bands) else { return nil }
        let unit = AmountScale.of(headings: band.headerColumns.map { [$0.group, $0.title].compactMap { $0 }.joined(separator: " ") })
        return (unit.orNoted(notedScale(bands[..<h]) ?? noted), band.page)
    }

    /// The unit the last note line among `bands` (the rows over a summary's header) states.
    static func notedScale(_ bands: ArraySlice<RowBand>) -> AmountScale? { bands.lazy.compactMap(AmountScale.noted).last }

    /// `noted`: the unit a note over the summary's title states; `program`: the unit the program
    /// states for its amounts, read where the summary states none (`ProgramScale`).
    static func readAdministration(_ bands: [RowBand], noted: AmountScale? = nil, program: AmountScale = .unstated)
        -> (totals: [ProgramTotal], shares: [StatedShare], notes: [String]) {
        guard let (h, headerBand, covered) = administrationHeader(bands) else { return ([], [], []) }
        // Turned, it is read turned back: the program lines as rows, the sources as columns.
        let turned = !isAdministrationHeader(headerBand) && namesProgramLinesAcross(headerBand)
        let printed = TableSection.build(header: headerBand, data: Array(bands[covered.upperBound...]),
                                         isRepeatedHeader: turned ? namesProgramLinesAcross : isAdministrationHeader)
        let section = turned ? printed.transposed() : printed
        var budget: Int?, offBudget: Int?, total: Int?
        var shareOfTotal: Int?
        // The off-budget part split into its sources (Döner Sermaye, Diğer Yurt İçi, Yurt Dışı) with
        // its own total under them, before the grand total's column (“Genel Toplam”): that total is
        // the off-budget amount, and no source is (“Yurt Dışı” holds the off-budget word).
        var grandTotal: Int?, sourcesTotal: Int?
        var sawSource = false
        var sources: Set<Int> = []
        for (k, c) in section.columns.enumerated() where !isShare(c) {
            let title = Lexicon.fold(c.title), group = Lexicon.fold(c.group ?? "")
            func names(_ concept: Lexicon.Concept, _ f: String) -> Bool { Lexicon.names(concept, .columnHeader, f, .within) }
            if names(.grandTotal, title) { grandTotal = grandTotal ?? k }
            else if Self.offBudgetSources.contains(where: { names($0, title) }) { sawSource = true; sources.insert(k) }
            else if names(.total, title), !names(.budget, title), sawSource || names(.offBudget, group) { sourcesTotal = sourcesTotal ?? k }
        }
        for (k, c) in section.columns.enumerated() where !sources.contains(k) {
            let isShare = isShare(c)
            // The title decides, its group only where the title names nothing, and a source before
            // the total: a group over the two sources alone (“Maliyet” over Bütçe İçi | Bütçe
            // Dışı, or stacked onto the first of them) holds a total's word. A group standing over
            // several columns (“Toplam (TL)” over two, “Bütçe ve Bütçe Dışı Toplamı” over three)
            // names none of them alone; over one, it is that column's wrapped title.
            // A group over one amount and its share (“Bütçe İçi” over “TL | Pay”) names both.
            let alone = c.group.map { g in section.columns.filter { $0.group == g && !Self.isShare($0) }.count == 1 } ?? false
            for text in alone ? [c.title, (c.group ?? "") + " " + c.title] : [c.title] {
                let f = Lexicon.fold(text)
                if Lexicon.names(.offBudget, .columnHeader, f, .within) { if !isShare { offBudget = offBudget ?? k } }
                else if Lexicon.names(.budget, .columnHeader, f, .within) { if !isShare { budget = budget ?? k } }
                else if Lexicon.names(.total, .columnHeader, f, .within) { if isShare { shareOfTotal = k } else { total = total ?? k } }
                else { continue }
                break
            }
        }
        if let g = grandTotal, let t = sourcesTotal, t < g {
            offBudget = t
            total = g
        }
        // Columns of amounts whose header names none of the three (group headers that did not
        // stack over their columns, a title the lexicon does not know): never taken by position.
        let named: Set<Int> = Set([budget, offBudget, total, shareOfTotal, grandTotal, sourcesTotal].compactMap { $0 }).union(sources)
        let unnamed = section.columns.indices.filter { k in
            k > 0 && !named.contains(k) && !isShare(section.columns[k])
                && section.rows.contains { row in row.amount(k) != nil && row.text(k).utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } }
        }
        let firstAmount = ([budget, offBudget, total].compactMap { $0 } + unnamed).min() ?? 1
        // The program lines: the row's label may spread over the text columns left of the
        // amounts, wrapped: its words read line by line across those columns, not column by column.
        var lines: [(measure: ProgramTotal.Measure, row: TableRow, label: String)] = []
        for row in section.rows {
            let label = Cell(words: row.cells.prefix(firstAmount).flatMap(\.words)).text
            let folded = Lexicon.fold(label)
            guard let measure = measures.first(where: { Lexicon.names($0.1, .rowLabel, folded, .leading) })?.0,
                  !lines.contains(where: { $0.measure == measure }) else { continue }
            lines.append((measure, row, label))
        }
        // The document's own arithmetic (total = budget + off-budget) names the unnamed columns
        // where it can: each way of giving them the missing parts is tried on the program lines,
        // and a part is taken only where every way that adds up gives it the same column.
        var roles = [budget, offBudget, total]
        for (part, column) in AdministrationArithmetic.resolve(roles, unnamed: unnamed, rows: lines.map(\.row)) { roles[part] = column }
        (budget, offBudget, total) = (roles[0], roles[1], roles[2])
        var notes: [String] = []
        let page = section.rows.first?.page ?? headerBand.page
        for k in unnamed where !roles.contains(k) {
            let c = section.columns[k]
            let heading = [c.group, c.title].compactMap { $0 }.joined(separator: " ")
            notes.append(LeftUnread.note("page \(page): administration summary column '\(heading)' not understood (no budget, off-budget or total named, nor told by its sums), its cells"))
        }
        var totals: [ProgramTotal] = []
        var found: [(String, Amount, String)] = []
        for (measure, row, label) in lines {
            let amounts = [(ProgramTotal.Source?.some(.budget), budget), (.some(.offBudget), offBudget), (nil, total)]
            for (source, column) in amounts {
                if let a = row.amount(column) {
                    totals.append(ProgramTotal(measure: measure, source: source, amount: a, page: row.page))
                }
            }
            if let k = shareOfTotal, let a = row.amount(total) {
                found.append((TextNormalization.collapse(label), a, row.text(k)))
            }
        }
        var shareAmounts = found.map(\.1)
        if let note = section.notationNote(table: "administration summary") { notes.append(note) }
        if let note = section.inLira(&totals, &shareAmounts, table: "administration summary", noted: notedScale(bands[..<h]) ?? noted,
                                     program: program) { notes.append(note) }
        for k in found.indices { found[k].1 = shareAmounts[k] }
        let grand = totals.first { $0.measure == .total && $0.source == nil }?.amount
        let shares = grand.map { g in
            found.compactMap { label, amount, percent in
                TurkishNumber.value(percent).map { StatedShare(label: label, amount: amount, percent: $0, of: g, page: 0) }
            }
        } ?? []
        return (totals, shares, notes)
    }

    /// A header naming economic codes and a total, each within one column (a narrow column
    /// wraps “Ekonomik” over “Kod”, so the band's lines alone do not say it).
    static func isResourceHeader(_ band: RowBand) -> Bool {
        let f = band.folded
        guard !GoalTableReader.hasAmounts(band), Lexicon.names(.total, .columnHeader, f, .within) else { return false }
        if Lexicon.names(.economicCode, .columnHeader, f, .within) { return true }
        return band.headerColumns.contains { c in
            Lexicon.names(.economicCode, .columnHeader, Lexicon.fold((c.group ?? "") + " " + c.title), .within)
        }
    }

    /// The resource summary (Toplam Kaynak İhtiyacı Tablosu) in either orientation: economic
    /// codes as rows and the program lines as columns (the guide's), or turned, the program
    /// lines as rows and a column per code. Its total row or column (“Toplam Kaynak
    /// İhtiyacı”) gives each program line's amount over all codes and sources.
    /// Whether a header over economic codes is the resource summary's rather than a cost
    /// table's: program lines as its columns (general administration, transfers), or, turned,
    /// the row under it names a program line.
    static func namesProgramLines(_ header: RowBand, next: RowBand?) -> Bool {
        let columns = header.headerColumns
        // A code's title wrapped in its cell may leave its code and name's first words above its
        // last (“03 Mal ve Hizmet Alım” over “Giderleri”): read with them, it is the code's column.
        let lineColumns = columns.filter { c in
            EconomicCodeReader.code(in: c.title) == nil && EconomicCodeReader.columnCode(c) == nil
                && [ProgramTotal.Measure.generalAdmin, .transfers].contains(measure(c.title, .columnHeader))
        }
        if lineColumns.count >= 1 { return true }
        return next.map { measure($0.text, .rowLabel) != nil } ?? false
    }

    static func readResources(_ bands: [RowBand]) -> [ProgramTotal] { readResourceTable(bands).totals }

    /// The resource summary's header among its rows.
    static func resourceHeader(_ bands: [RowBand]) -> (at: Int, band: RowBand, covered: Range<Int>)? {
        // The header may stand in two rows: “Ekonomik Kod” over the codes set apart by a rule.
        func header(at k: Int) -> (RowBand, Range<Int>) { HeaderBlock.header(in: bands[...], at: k, lowerBound: k) }
        // A header holds no amounts (`isResourceHeader`), and the header at k holds row k's
        // words: a row with amounts starts none, and its header need not be read.
        guard let h = bands.indices.first(where: { !GoalTableReader.hasAmounts(bands[$0]) && isResourceHeader(header(at: $0).0) }) else { return nil }
        let (band, covered) = header(at: h)
        return (h, band, covered)
    }

    /// `readResources`, with the diagnostics of reading it (a unit it cannot decide, `AmountScale`);
    /// `noted` and `program` as `readAdministration` takes them.
    static func readResourceTable(_ bands: [RowBand], noted: AmountScale? = nil, program: AmountScale = .unstated)
        -> (totals: [ProgramTotal], notes: [String]) {
        guard let (h, band, covered) = resourceHeader(bands) else { return ([], []) }
        let columns = band.headerColumns
        let codesAsColumns = columns.indices.dropFirst().contains { summaryCode(columns[$0]) != nil }
        let data = Array(bands[covered.upperBound...])
        let (totals, section) = codesAsColumns ? readTurnedResources(data, header: band) : readResourceRows(data, header: band)
        var scaled = totals, none: [Amount] = []
        let note = section.inLira(&scaled, &none, table: "resource summary", noted: notedScale(bands[..<h]) ?? noted, program: program)
        return (scaled, [section.notationNote(table: "resource summary"), note].compactMap { $0 })
    }

    /// A turned summary's code column: its code anywhere in the title (“Ekonomik Kod 03 …” when
    /// the group stacked onto the first code), else in the line taken for its group.
    static func summaryCode(_ column: Column) -> EconomicCode? {
        EconomicCodeReader.code(in: column.title) ?? column.group.flatMap { EconomicCodeReader.code(in: $0 + " " + column.title) }
    }

    /// The program line a measure column (or a turned table's row label) names.
    static func measure(_ text: String, _ role: Lexicon.Role) -> ProgramTotal.Measure? {
        let f = Lexicon.fold(text)
        return measures.first { Lexicon.names($0.1, role, f, role == .rowLabel ? .leading : .within) }?.0
    }

    /// The program line a resource summary's column names: by its title, else by the line
    /// taken for its group when no other column stands under that group. A title wrapped in
    /// its cell (“Diğer İdarelere Transfer Edilecek” over “Kaynaklar”) reads as a group over
    /// one column; a real group spans several and names none of them alone.
    static func measure(ofColumn k: Int, in columns: [Column]) -> ProgramTotal.Measure? {
        let c = columns[k]
        if let m = measure(c.title, .columnHeader) { return m }
        guard let group = c.group, columns.filter({ $0.group == group }).count == 1 else { return nil }
        return measure(group + " " + c.title, .columnHeader)
    }

    /// The source a total row states: off-budget, budget, or (neither named) all together.
    static func totalRowSource(_ label: String) -> ProgramTotal.Source? {
        let f = Lexicon.fold(label)
        if Lexicon.names(.offBudget, .columnHeader, f, .within) { return .offBudget }
        return Lexicon.names(.budget, .columnHeader, f, .within) ? .budget : nil
    }

    private static func readResourceRows(_ data: [RowBand], header: RowBand) -> (totals: [ProgramTotal], section: TableSection) {
        // The table runs to its first total row, which is read too.
        var end = 0
        while end < data.endIndex, !CostTableReader.isResourceNeedTotal(data[end]) { end += 1 }
        let section = TableSection.build(header: header, data: Array(data[..<min(end + 1, data.endIndex)]),
                                         isRepeatedHeader: isResourceHeader)
        var measures: [(Int, ProgramTotal.Measure)] = []
        for k in section.columns.indices where k > 0 {
            if let m = measure(ofColumn: k, in: section.columns) { measures.append((k, m)) }
        }
        var totals: [ProgramTotal] = []
        func add(_ t: ProgramTotal) {
            if !totals.contains(where: { $0.measure == t.measure && $0.economicCode == t.economicCode && $0.source == t.source }) { totals.append(t) }
        }
        for row in section.rows {
            if CostTableReader.isResourceNeedTotal(row.band) {
                let label = row.text(0) + " " + row.text(1)
                let source = totalRowSource(label)
                for (k, m) in measures { if let a = row.amount(k) { add(ProgramTotal(measure: m, source: source, amount: a, page: row.page)) } }
                continue
            }
            guard let code = EconomicCodeReader.code(in: row.text(0)) else { continue }
            // A code's wrapped name may run under the first amount column.
            for (k, m) in measures {
                if let a = row.spilledAmount(k) { add(ProgramTotal(measure: m, economicCode: code, source: .budget, amount: a, page: row.page)) }
            }
        }
        return (totals, section)
    }

    /// The turned table: a row per program line, a column per economic code (the group
    /// “Ekonomik Kod” over them), and the total column.
    private static func readTurnedResources(_ data: [RowBand], header: RowBand) -> (totals: [ProgramTotal], section: TableSection) {
        // The table runs to the grand total's row.
        var end = 0
        while end < data.endIndex, measure(data[end].text, .rowLabel) != .total { end += 1 }
        let section = TableSection.build(header: header, data: Array(data[..<min(end + 1, data.endIndex)]), isRepeatedHeader: isResourceHeader)
        let codeColumns = section.columns.indices.dropFirst().compactMap { k in
            summaryCode(section.columns[k]).map { (k, $0) }
        }
        // “Toplam Kaynak” over “İhtiyacı” may be taken for a group: its words count too.
        let totalColumn = section.columns.indices.last { k in
            let c = section.columns[k]
            return !codeColumns.contains { $0.0 == k } && Lexicon.names(.total, .columnHeader, Lexicon.fold((c.group ?? "") + " " + c.title), .within)
        }
        var totals: [ProgramTotal] = []
        for row in section.rows {
            guard let m = measure(row.text(0), .rowLabel),
                  !totals.contains(where: { $0.measure == m }) else { continue }
            for (k, code) in codeColumns {
                if let a = row.amount(k) { totals.append(ProgramTotal(measure: m, economicCode: code, source: .budget, amount: a, page: row.page)) }
            }
            if let a = row.amount(totalColumn) { totals.append(ProgramTotal(measure: m, amount: a, page: row.page)) }
        }
        return (totals, section)
    }

    /// The fewest words a phrase of the stated total cost has.
    private static let totalCostTokens = Lexicon.phrases(.totalCost, .text).map(\.tokens.count).min() ?? 0

    /// The words that open the total cost's phrases.
    private static let totalCostOpenings = Lexicon.Openings([(.totalCost, .text)])

    /// “Toplam Maliyet 12.000.000.000”: a grand total stated in running text or a small table.
    /// `folded`: the words of the rows' page folded, when the caller has them (`RowBand.folded(from:)`).
    static func statedTotalCost(_ bands: [RowBand], folded: FoldedLines? = nil) -> ProgramTotal? {
        var found: ProgramTotal?
        for band in bands {
            for line in band.lines {
                let words = line.words
                // The amount follows the phrase's words and holds a digit: a line without
                // such a word states no total, whatever its words (most lines; not folded).
                guard words.indices.contains(where: { $0 >= totalCostTokens && words[$0].text.utf8.contains { $0 &- UInt8(ascii: "0") < 10 } })
                else { continue }
                // The phrase's first word, folded, is then a word of the row's folded text: a row
                // holding none (most rows with figures) has its words not folded one by one.
                guard totalCostOpenings.occur(in: folded.map { band.folded(from: $0) } ?? band.folded), !RunningText.isRunningText(band)
                else { continue }
                let texts = Lexicon.foldEach(words.map(\.text))
                for k in words.indices {
                    guard let n = Lexicon.leads(texts, at: k, .totalCost, .text), k + n < words.count else { continue }
                    // A total grouped with spaces (“12 000 000 000”) is one figure over several words
                    // (`TableRow.figures`): its first group alone read 12.00.
                    if let figure = TableRow.figures(Array(words[(k + n)...])).first, let a = TurkishNumber.amount(figure) {
                        found = ProgramTotal(measure: .total, amount: a, page: band.page)
                    }
                }
            }
        }
        return found
    }
}
