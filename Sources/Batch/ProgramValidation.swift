import Dataset

/// What would make a parsed program break the dataset's keys or types: a program with
/// such a problem fails alone instead of failing the SQLite load or the package's
/// validation for every program. `build` and `extract` ask the same questions, so a program
/// one refuses the other never writes (review M4: extract wrote duplicate keys build refused).
public enum ProgramValidation {
    /// Enough to point at the problem without flooding the report.
    static let maxProblems = 5

    public static func problems(_ parsed: ParsedProgram) -> [String] {
        var problems: [String] = []
        let id = parsed.program.id
        if !ResultCache.isSafeFileName(id) || id != id.trimmingCharacters(in: .whitespaces) {
            problems.append("program_id '\(id)' is not a usable id")
        }
        for table in DatasetTables.all {
            let rows = DatasetTables.rows(table, program: parsed.program, checks: parsed.checks)
            let keyColumns = table.primaryKey.compactMap { name in table.columns.firstIndex { $0.name == name } }
            var keys = Set<[String]>()
            for row in rows {
                guard row.count == table.columns.count else {
                    problems.append("\(table.name): a row has \(row.count) cells for \(table.columns.count) columns")
                    continue
                }
                for (column, cell) in zip(table.columns, row) {
                    if let problem = cellProblem(cell, column: column) { problems.append("\(table.name).\(problem)") }
                }
                if !keyColumns.isEmpty {
                    let key = keyColumns.map { row[$0] }
                    if !keys.insert(key).inserted {
                        problems.append("\(table.name): duplicate key (\(table.primaryKey.joined(separator: ", "))) = "
                                        + "(\(key.joined(separator: ", ")))")
                    }
                }
                if problems.count >= maxProblems { return Array(problems.prefix(maxProblems)) }
            }
        }
        return problems
    }

    private static func cellProblem(_ cell: String, column: TableSchema.Column) -> String? {
        if cell.isEmpty { return column.required ? "\(column.name): required but empty" : nil }
        switch column.type {
        case .string:
            return nil
        case .integer:
            return Int64(cell) == nil ? "\(column.name): '\(cell)' is not a whole number" : nil
        case .amount:
            return Amount(canonical: cell)?.description == cell ? nil : "\(column.name): '\(cell)' is not a canonical amount"
        case .number:
            return isCanonicalNumber(cell) ? nil : "\(column.name): '\(cell)' is not a canonical number"
        }
    }

    /// `-?digits(.digits)?`, as the contract writes numbers.
    static func isCanonicalNumber(_ text: String) -> Bool {
        var s = Substring(text)
        if s.hasPrefix("-") { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }
    }
}
