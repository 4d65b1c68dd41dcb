import Dataset
import PageLayout
import TableGeometry

/// A column naming, on every row, the aim's, target's or goal's code the row belongs to: a
/// program printed as flat lists over all goals (a workbook's sheets: a goal list, an indicator
/// list, an activity list) keys its rows so rather than setting a block per goal. The goal list
/// defines each goal by its code (`GoalList`); an indicator or activity list's rows join the goal
/// their code names, wherever it was defined and whatever goal came last (`GoalTableReader`,
/// `RowWalk.joinByGoalCode`).
enum GoalCodeColumn {
    /// The column among `columns` whose title (or group and title) is wholly a phrase of `level`'s
    /// code (`Lexicon.Concept.goalCode`, `.aimCode`, `.targetCode`).
    static func index(_ level: Lexicon.Concept, in columns: [Column]) -> Int? {
        columns.indices.first { k in
            [columns[k].title, (columns[k].group ?? "") + " " + columns[k].title].contains {
                Lexicon.names(level, .columnHeader, Lexicon.fold($0), .whole)
            }
        }
    }

    /// The code a cell of such a column prints (its first word), or nil where it prints none (a
    /// row going on from the row above, a goal's total row).
    static func code(_ cell: String) -> String? {
        TextNormalization.collapse(cell).split(separator: " ").first.flatMap { CodeReader.levelCode(String($0)) }
    }

    /// The codes as one key: "H1.1" and "h1.1" name one goal, as "1" and "1." do (`CodeReader`).
    static func key(_ code: String) -> String { Lexicon.fold(code) }

    /// Whether the row after a goal's total row at `bands[i]` goes on with the list (another
    /// goal's row, past the header repeated on a new page): its first word a code standing under
    /// the goal's code `column`. The list's last total is followed by what comes after the list
    /// (a caption line, another table's header).
    static func listGoesOn(after i: Int, in bands: ArraySlice<RowBand>, column: Column,
                           isHeader: (RowBand) -> Bool) -> Bool {
        var k = i + 1
        while k < bands.endIndex, k <= i + TableStart.maximumRepeatRows, isHeader(bands[k]) || HeaderBlock.isGroupRow(bands[k]) { k += 1 }
        guard k < bands.endIndex, let first = bands[k].words.min(by: { $0.box.x0 < $1.box.x0 }) else { return false }
        return first.box.x0 < column.x1 && CodeReader.levelCode(first.text) != nil
    }
}

/// A goal's indicators and activities from a list keyed by goal code (`GoalCodeColumn`).
struct GoalCodedRows {
    var code: String
    var page: Int
    var indicators: [Indicator] = []
    var activities: [Activity] = []
    var statedTotal: BudgetSplit?
}

/// A goal's costs from a list keyed by goal code (`GoalCodeColumn`).
struct GoalCodedCosts: Sendable {
    var code: String
    var draft: CostDraft
}

extension TableSection {
    /// The rows parted by the goal code each prints in `column`: a row printing none goes on with
    /// the part above it (a name wrapped over a page break, the goal's total row); rows before the
    /// first code are no goal's and left out. Each part keeps the section's columns.
    func partedByGoal(column: Int) -> [(code: String, section: TableSection)] {
        var parts: [(code: String, rows: [TableRow])] = []
        for row in rows {
            if let code = GoalCodeColumn.code(row.text(column)), parts.last.map({ GoalCodeColumn.key($0.code) }) != GoalCodeColumn.key(code) {
                parts.append((code, [row]))
            } else if !parts.isEmpty {
                parts[parts.count - 1].rows.append(row)
            }
        }
        return parts.map { part in
            var section = self
            section.rows = part.rows
            return (part.code, section)
        }
    }
}
