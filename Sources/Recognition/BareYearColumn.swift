import Dataset

/// An indicator table's column headed by a year alone (“2024”, no Gerçekleşen / Tahmin / Hedef
/// above or beside it), its table's latest year. A bare year does not say its kind; it holds
/// the target only where the document says so: it is the program's own year (a program sets
/// targets for the year it programs, DATASET.md: “a bare year column in a program is its
/// target”), or the document's other indicator tables name that year's column the target
/// (“2024 Hedef”). Otherwise it is stated as a column not understood, never defaulted.
struct BareYearColumn: Equatable {
    var year: Int
    /// The column's heading as printed, for the diagnostic.
    var heading: String
    var page: Int

    /// Keeps the bare columns' values as targets where the document says so, else takes them
    /// out of the goals (`bare[k].goal` indexes `program.goals`) and states each column unread.
    static func settle(_ program: inout RecognizedProgram, _ bare: [(goal: Int, column: BareYearColumn)], namedTargetYears: Set<Int>) {
        for (g, column) in bare where program.goals.indices.contains(g) {
            if column.year == program.year || namedTargetYears.contains(column.year) { continue }
            for i in program.goals[g].indicators.indices {
                program.goals[g].indicators[i].values.removeAll { $0.year == column.year && $0.kind == .target }
            }
            let programYear = program.year.map { "the program's year is \($0)" } ?? "the program names no year"
            program.diagnostics.append(LeftUnread.note(
                "page \(column.page): indicator table column '\(column.heading)' not understood (a year with no kind word; \(programYear), and no other table names its target), its cells"))
        }
    }
}
