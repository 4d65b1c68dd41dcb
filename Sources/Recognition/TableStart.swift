import PageLayout
import TableGeometry

/// Where a table starts when no title announces it: a header block whose cells name the
/// concepts of one table kind, read from the meanings of its columns. A title, when there is
/// one, is evidence of the same thing; its absence is no reason to leave a table unread.
enum TableStart {
    /// What an untitled table's header says it is.
    enum Kind: Equatable {
        /// Indicators or activities of a goal (PERFORMANS HEDEFİ TABLOSU).
        case goal
        /// Costs by economic code, per activity or per goal (FAALİYET MALİYET TABLOSU).
        case cost
        /// The program's resources by economic code and program line (TOPLAM KAYNAK İHTİYACI).
        case resourceSummary
        /// The goals and their activities with their money, then the program lines (İDARE PERFORMANS TABLOSU).
        case administrationSummary

        var table: TableKind {
            switch self {
            case .goal: return .goal
            case .cost: return .cost
            case .resourceSummary: return .resourceSummary
            case .administrationSummary: return .administrationSummary
            }
        }
    }

    /// A header names at least a row's subject and one value column.
    static let minimumColumns = 2

    /// The kind of table whose header (or whose first labelled row, for a cost table per
    /// activity) is `bands[i]`, or nil when the row starts none.
    static func kind(_ bands: [RowBand], at i: Int) -> Kind? { kind(bands[...], at: i) }

    static func kind(_ bands: ArraySlice<RowBand>, at i: Int) -> Kind? {
        let band = bands[i]
        guard !GoalTableReader.hasAmounts(band) else { return nil }
        // Its goal column's “Performans Hedefi” may read as a label beside the other cells.
        if SummaryTableReader.namesGoalsWithTheirMoney(band) || SummaryTableReader.opensTurnedAdministration(bands, at: i) {
            return .administrationSummary
        }
        // An activity card's number (“Faaliyet No: 3”) over its name's labelled row opens the card.
        if ActivityCard.code(band) != nil, i + 1 < bands.endIndex, opensCostLabels(bands, at: i + 1) { return .cost }
        if LabelledRow.read(band) != nil {
            // “Faaliyet Adı:” opens a cost table per activity (its labelled rows, then codes), and
            // so does the label block it closes (“İdare Adı:”, “Performans Hedefi (1):” over it).
            return opensCostLabels(bands, at: i) ? .cost : nil
        }
        // Most rows name no table's header: ruled out before their columns are found.
        guard mayNameHeader(bands, at: i) else { return nil }
        // An activity's costs turned, its sources down the side (`CostTableReader.opensTurned`).
        if CostTableReader.opensTurned(bands, at: i) { return .cost }
        let (header, covered) = HeaderBlock.header(in: bands, at: i, lowerBound: i)
        // Each column's meaning, from its title and the group over it.
        let headerColumns = header.headerColumns
        let columns = headerColumns.map { Lexicon.fold(($0.group ?? "") + " " + $0.title) }
        guard columns.count >= minimumColumns else { return nil }
        func column(_ concepts: [Lexicon.Concept], _ text: String) -> Bool {
            concepts.contains { Lexicon.names($0, .columnHeader, text, .within) }
        }
        func hasYear(_ text: String) -> Bool { TextBytes.words(text).contains { Int($0).map(ProgramYear.isPlausible) ?? false } }
        /// Another column than the one naming `first` names one of `values`.
        func otherColumn(naming values: [Lexicon.Concept], year: Bool, besides first: (String) -> Bool) -> Bool {
            guard let k = columns.firstIndex(where: first) else { return false }
            return columns.indices.contains { j in j != k && (column(values, columns[j]) || (year && hasYear(columns[j]))) }
        }
        if GoalTableReader.isIndicatorHeader(band) {
            // Indicators beside a value column: a year, a kind of value or a unit.
            return otherColumn(naming: [.targetValue, .pastActual, .estimate, .unit], year: true) {
                column([.indicator], $0)
            } ? .goal : nil
        }
        let isCodeColumn = headerColumns.map { EconomicCodeReader.columnCode($0) != nil }
        let codeColumns = isCodeColumn.contains(true)
        // A column per economic code and no funding source is costs per goal, whatever its name
        // column says (“Faaliyet / Proje Adı”, “Faaliyet” name activities too); merged tables have
        // Bütçe. A code's own name is no source (“09 Yedek Ödenekler” names no budget column).
        let namesBudget = columns.indices.contains { !isCodeColumn[$0] && column([.budget], columns[$0]) }
        let costsPerGoal = codeColumns && !namesBudget && CostTableReader.isHeader(band)
        // A column of economic codes beside the activities' (“Faaliyet | Ekonomik Kod | Tutar”): their
        // costs, a row per code under each activity, whatever the amount column is called.
        let activities = GoalTableReader.isActivityHeader(band)
        let codesBesideActivities = activities && !codeColumns && columns.contains { column([.economicCode], $0) } && CostTableReader.isHeader(band)
        if activities, !costsPerGoal, !codesBesideActivities {
            return otherColumn(naming: [.budget, .total, .resources], year: false) {
                Lexicon.names(.activity, .columnHeader, $0, .within) || Lexicon.names(.activity, .shortForm, $0, .whole)
            } ? .goal : nil
        }
        // The summary's header may stand in two rows (“Ekonomik Kod” set apart over the codes).
        if SummaryTableReader.isResourceHeader(header),
           SummaryTableReader.namesProgramLines(header, next: firstRow(after: covered.upperBound - 1, in: bands, besides: SummaryTableReader.isResourceHeader)) {
            return .resourceSummary
        }
        if CostTableReader.isHeader(band) {
            // Economic codes as rows with funding sources, or activities with a column per code.
            return codeColumns || codesBesideActivities || columns.contains(where: { column([.budget, .revolvingFund], $0) }) ? .cost : nil
        }
        return nil
    }

    /// Whether `bands[i]` passes a test `kind` asks of it before it can name a table: an
    /// indicator, activity or cost header, or a resource summary's header (which names a total,
    /// in the row or in the row under it that its header may take in). A row that passes none
    /// starts no table, whatever its columns; they are costly to find (`headerColumns`).
    static func mayNameHeader(_ bands: ArraySlice<RowBand>, at i: Int) -> Bool {
        let band = bands[i]
        return GoalTableReader.isIndicatorHeader(band) || namesTotal(band)
            || (i + 1 < bands.endIndex && namesTotal(bands[i + 1])) || CostTableReader.isHeader(band)
            || GoalTableReader.isActivityHeader(band)
    }

    /// Whether a row names a total column (`SummaryTableReader.isResourceHeader`). The phrases
    /// are single words, so a header merged from two rows names one only where a row does;
    /// were one of several words, every row may (the phrase could span the two rows).
    private static func namesTotal(_ band: RowBand) -> Bool {
        // Asked of a row and of the row above it: kept with the row.
        !totalIsOneWord || band.remembered(.namesTotalColumn) { Lexicon.names(.total, .columnHeader, $0.folded, .within) }
    }
    private static let totalIsOneWord = Lexicon.phrases(.total, .columnHeader).allSatisfy { !$0.folded.contains(" ") }

    /// The first row under the header at `i`, past the header repeated on the next page (a
    /// header set at the foot of a page) with its group row; nil when none follows.
    static func firstRow(after i: Int, in bands: ArraySlice<RowBand>, besides isHeader: (RowBand) -> Bool) -> RowBand? {
        bands[(i + 1)...].prefix(maximumRepeatRows + 1).first { !isHeader($0) && !HeaderBlock.isGroupRow($0) }
    }
    /// A header is repeated at most once before its first row, with its group row above it.
    static let maximumRepeatRows = 2

    /// The guide's cost table per activity opens with labelled rows naming its administration and
    /// goal (İdare Adı, Performans Hedefi) over the activity's name (Faaliyet Adı): the activity's
    /// label comes at most this many labelled rows after the block's first (a program level or two
    /// may stand between). A goal table's label block names no activity.
    static let costLabelsAhead = 4

    /// Whether the labelled row at `i` opens the label block of a cost table per activity: it is the
    /// activity's name, or one of the labelled rows right over it.
    static func opensCostLabels(_ bands: ArraySlice<RowBand>, at i: Int) -> Bool {
        for k in i..<min(bands.endIndex, i + costLabelsAhead + 1) {
            guard let row = LabelledRow.read(bands[k]) else { return false }
            if row.label == .activityName { return true }
        }
        return false
    }

    /// The concepts an untitled table's header names, for the trace (“indicator, unit, target value”).
    static func evidence(_ band: RowBand) -> String {
        let folded = band.folded
        let named = Lexicon.Concept.allCases.filter { Lexicon.names($0, .columnHeader, folded, .within) }
        return "header names " + (named.isEmpty ? "no concept" : named.map { "\($0)" }.joined(separator: ", "))
    }
}
