import Dataset
import PageLayout
import TableGeometry

/// A list of the goals (a flat annex's “Performans Hedefleri”, a workbook's sheet): a row per
/// goal, its code in a column of its own (“Performans Hedefi Kodu”) beside its text, and the aim
/// and the target it serves beside theirs (“Amaç Kodu | Stratejik Amaç | Hedef Kodu | Stratejik
/// Hedef”). It defines the goals by their codes: the lists keyed by goal code join them
/// (`GoalCodeColumn`), whatever comes between.
enum GoalList {
    /// One goal as the list defines it.
    struct Entry {
        var aim: LabelledRow?
        var target: LabelledRow?
        var goal: LabelledRow
    }

    /// A header naming a goal's code and, in a column of its own, the goal; no indicator, activity or amount.
    static func isHeader(_ band: RowBand) -> Bool {
        // Most rows name neither a goal nor a code: their columns need not be found.
        // (Words only: a narrow cell wraps its title, so a phrase's words may stand apart in the row's text.)
        let folded = band.folded
        guard goalOpenings.occur(in: folded), Lexicon.names(.rowCode, .columnHeader, folded, .within),
              !GoalTableReader.hasAmounts(band), !GoalTableReader.isIndicatorHeader(band), !GoalTableReader.isActivityHeader(band)
        else { return false }
        let columns = band.headerColumns
        return GoalCodeColumn.index(.goalCode, in: columns) != nil && textColumn(.performanceGoal, in: columns) != nil
    }

    /// The words that open the goal's code's phrases.
    private static let goalOpenings = Lexicon.Openings([(.goalCode, .columnHeader)])

    /// The levels' code columns among `columns`.
    private static func codeColumns(_ columns: [Column]) -> [Int] {
        [Lexicon.Concept.aimCode, .targetCode, .goalCode].compactMap { GoalCodeColumn.index($0, in: columns) }
    }

    /// The column of a level's text: the first whose title names it, other than a code column.
    static func textColumn(_ level: Lexicon.Concept, in columns: [Column]) -> Int? {
        let codes = codeColumns(columns)
        return columns.indices.first { k in
            !codes.contains(k) && Lexicon.names(level, .columnHeader, Lexicon.fold((columns[k].group ?? "") + " " + columns[k].title), .within)
        }
    }

    /// The list whose header is `bands[i]`: its goals, and how many rows it holds (the header, the
    /// goals' rows and the header repeated on a page). It ends at a title or before the first row
    /// that opens with no code under its first column (a caption line, another table).
    static func read(_ bands: ArraySlice<RowBand>, at i: Int) -> (entries: [Entry], used: Int) {
        let header = bands[i]
        let columns = header.headerColumns
        guard let goalCode = GoalCodeColumn.index(.goalCode, in: columns), let first = columns.first else { return ([], 1) }
        var k = i + 1
        while k < bands.endIndex, !GoalTableReader.isTitle(bands[k]) {
            if isHeader(bands[k]) { k += 1; continue }
            guard let word = bands[k].words.min(by: { $0.box.x0 < $1.box.x0 }), word.box.x0 < first.x1,
                  CodeReader.levelCode(word.text) != nil else { break }
            k += 1
        }
        let section = TableSection.build(header: header, data: Array(bands[(i + 1)..<k]), isRepeatedHeader: isHeader)
        let aimCode = GoalCodeColumn.index(.aimCode, in: columns), targetCode = GoalCodeColumn.index(.targetCode, in: columns)
        let aimText = textColumn(.aim, in: columns), targetText = textColumn(.target, in: columns)
        let goalText = textColumn(.performanceGoal, in: columns)
        var entries: [Entry] = []
        for row in section.rows {
            guard let code = GoalCodeColumn.code(row.text(goalCode)) else { continue }
            func level(_ label: Lexicon.Label, code: Int?, text: Int?) -> LabelledRow? {
                let value = text.map { TextNormalization.collapse(row.text($0)) } ?? ""
                let printed = code.flatMap { GoalCodeColumn.code(row.text($0)) } ?? ""
                guard !value.isEmpty || !printed.isEmpty else { return nil }
                return LabelledRow(label: label, labelCode: printed, value: value, page: row.page)
            }
            let goal = LabelledRow(label: .goal, labelCode: code, value: goalText.map { TextNormalization.collapse(row.text($0)) } ?? "",
                                   page: row.page)
            entries.append(Entry(aim: level(.aim, code: aimCode, text: aimText), target: level(.target, code: targetCode, text: targetText),
                                 goal: goal))
        }
        return (entries, k - i)
    }
}
