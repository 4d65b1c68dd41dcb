import Dataset

/// Reads back what `checks.csv` and `goals.csv` hold, for reporting on a dataset
/// directory without the PDFs: rows as `CSVCodec.decode` gives them, header first.
public enum CheckTable {
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        /// A column the table must have is missing.
        case missingColumn(String)
        /// A row whose status is neither `ok` nor `mismatch` (1-based data row).
        case badStatus(row: Int, value: String)

        public var description: String {
            switch self {
            case .missingColumn(let c): return "no column '\(c)'"
            case .badStatus(let row, let value): return "row \(row): status '\(value)' is neither ok nor mismatch"
            }
        }
    }

    /// checks.csv rows → results. `page` and `detail` are read where the table has them
    /// (columns after the contract's).
    public static func results(rows: [[String]]) throws(ReadError) -> [CheckResult] {
        guard let header = rows.first else { return [] }
        let required = ["program_id", "check", "subject", "expected", "actual", "status"]
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        for name in required where index[name] == nil { throw .missingColumn(name) }
        func cell(_ row: [String], _ name: String) -> String {
            guard let i = index[name], i < row.count else { return "" }
            return row[i]
        }
        var out: [CheckResult] = []
        for (n, row) in rows.dropFirst().enumerated() {
            if row.allSatisfy(\.isEmpty) { continue }
            guard let status = CheckResult.Status(rawValue: cell(row, "status")) else {
                throw .badStatus(row: n + 1, value: cell(row, "status"))
            }
            out.append(CheckResult(programID: cell(row, "program_id"), check: cell(row, "check"),
                                   subject: cell(row, "subject"), expected: cell(row, "expected"),
                                   actual: cell(row, "actual"), status: status, page: Int(cell(row, "page")),
                                   detail: cell(row, "detail")))
        }
        return out
    }

    /// The page of each id in a table with a `page` column (goals.csv by `goal_id`,
    /// activities.csv by `activity_id`): where a check on that subject points the reader
    /// when checks.csv carries no page of its own.
    public static func pages(rows: [[String]], idColumn: String) -> [String: Int] {
        guard let header = rows.first, let id = header.firstIndex(of: idColumn), let page = header.firstIndex(of: "page")
        else { return [:] }
        var out: [String: Int] = [:]
        for row in rows.dropFirst() where row.count > max(id, page) {
            if let n = Int(row[page]) { out[row[id]] = n }
        }
        return out
    }

    /// goals.csv rows → each program's goal headings, in the table's order.
    public static func goalHeadings(rows: [[String]]) -> [String: [CheckReport.GoalHeading]] {
        guard let header = rows.first else { return [:] }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        func cell(_ row: [String], _ name: String) -> String {
            guard let i = index[name], i < row.count else { return "" }
            return row[i]
        }
        var out: [String: [CheckReport.GoalHeading]] = [:]
        for row in rows.dropFirst() where !cell(row, "goal_id").isEmpty {
            out[cell(row, "program_id"), default: []].append(
                CheckReport.GoalHeading(id: cell(row, "goal_id"), code: cell(row, "goal_code"),
                                        title: cell(row, "title"), page: Int(cell(row, "page"))))
        }
        return out
    }
}
