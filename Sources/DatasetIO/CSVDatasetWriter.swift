import Dataset
import Foundation

/// Writes the contract's CSV tables for a set of programs into a directory.
public enum CSVDatasetWriter {
    /// Programs are written in program_id order, each one's rows in document order, so the
    /// same inputs give byte-identical files.
    public static func write(programs: [Program], checks: [CheckResult], to directory: URL,
                             tables: [TableSchema] = DatasetTables.all, classifier: UnitClassifier = .standard) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let ordered = programs.sorted { $0.id < $1.id }
        for table in tables {
            let rows = ordered.flatMap { DatasetTables.rows(table, program: $0, checks: checks, classifier: classifier) }
            let text = CSVCodec.encode(header: table.header, rows: rows)
            try Data(text.utf8).write(to: directory.appendingPathComponent(table.fileName), options: .atomic)
        }
    }
}
