import Dataset
import Foundation

/// Writes the dataset's tables into one SQLite database (`dataset.sqlite`), with the same
/// rows in the same order as the CSV files, so `sqlite3 dataset.sqlite .dump` is
/// byte-identical for the same inputs.
public enum SQLiteDatasetWriter {
    public static let fileName = "dataset.sqlite"

    /// Empty cells: a string column keeps the empty text (as the CSV does, and so that a
    /// primary key such as program_totals' `economic_code` stays comparable); an empty
    /// integer, amount or number is NULL.
    public static func write(programs: [Program], checks: [CheckResult], to file: URL,
                             tables: [TableSchema] = DatasetTables.all,
                             classifier: UnitClassifier = .standard) throws(SQLiteError) {
        let path = file.path
        // A fresh file each time: the database is rebuilt, never patched.
        if FileManager.default.fileExists(atPath: path) {
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw SQLiteError(path: path, message: "cannot replace the old file: \(error)")
            }
        }
        let db = try SQLiteConnection(creating: path)
        defer { db.close() }
        // No journal: a half-written file is never published (the build writes beside the
        // dataset and swaps it in whole), and the caller syncs the finished file.
        try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;")
        try db.execute("BEGIN;")
        for table in tables {
            try db.execute(SQLiteTableDefinition.createStatement(table))
        }
        let ordered = programs.sorted { $0.id < $1.id }
        for table in tables {
            let rows = ordered.flatMap { DatasetTables.rows(table, program: $0, checks: checks, classifier: classifier) }
            let values = try rows.map { row throws(SQLiteError) in try bind(row, table: table, path: path) }
            try db.insert(SQLiteTableDefinition.insertStatement(table), rows: values)
        }
        for table in tables {
            for statement in SQLiteTableDefinition.indexStatements(table) { try db.execute(statement) }
        }
        if FunctionTotalsView.requiredTables.allSatisfy({ name in tables.contains { $0.name == name } }) {
            try db.execute(FunctionTotalsView.createStatement)
        }
        try db.execute("COMMIT;")
    }

    private static func bind(_ row: [String], table: TableSchema, path: String) throws(SQLiteError) -> [SQLiteConnection.Value] {
        var values: [SQLiteConnection.Value] = []
        for (column, cell) in zip(table.columns, row) {
            switch column.type {
            case .string:
                values.append(.text(cell))
            case .integer:
                if cell.isEmpty { values.append(.null); continue }
                guard let n = Int64(cell) else {
                    throw SQLiteError(path: path, message: "\(table.name).\(column.name): '\(cell)' is not a whole number")
                }
                values.append(.integer(n))
            case .amount, .number:
                values.append(cell.isEmpty ? .null : .text(cell))
            }
        }
        return values
    }
}
