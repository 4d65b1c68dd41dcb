import Dataset
import Foundation

/// Writes the contract's CSV tables for a set of programs into a directory.
public enum CSVDatasetWriter {
    /// Programs are written in program_id order, each one's rows in document order, so the
    /// same inputs give byte-identical files. The tables are encoded side by side (they are
    /// independent; `extract` waits for them after its last page), then written in table order.
    public static func write(programs: [Program], checks: [CheckResult], to directory: URL,
                             tables: [TableSchema] = DatasetTables.all, classifier: UnitClassifier = .standard) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let ordered = programs.sorted { $0.id < $1.id }
        // activities.csv and units.csv both name each program's units: found once.
        let units = tables.contains { $0.name == "activities" || $0.name == "units" } ? SideBySide.map(ordered.count) { ProgramUnits(ordered[$0]) } : []
        // The longest tables first, so that no core is left with one of them at the end.
        let schedule = tables.indices.sorted { DatasetTables.costRank(tables[$0]) < DatasetTables.costRank(tables[$1]) }
        let encoded = SideBySide.map(schedule.count) { s in
            let table = tables[schedule[s]]
            let rows = ordered.indices.flatMap { p in
                DatasetTables.rows(table, program: ordered[p], checks: checks, classifier: classifier, units: units.isEmpty ? nil : units[p])
            }
            return Data(CSVCodec.bytes(header: table.header, rows: rows))
        }
        var byTable = [Data?](repeating: nil, count: tables.count)
        for (s, data) in zip(schedule, encoded) { byTable[s] = data }
        for (table, data) in zip(tables, byTable) {
            try WholeFile.replace(directory.appendingPathComponent(table.fileName), with: data!)
        }
    }
}

/// A file replaced whole: written under a temporary name beside it, then renamed over it, so
/// no reader ever sees half a table. Not forced to disk (no fsync, which Foundation's
/// `Data.write` always makes): `build` syncs its whole dataset before it publishes it, and an
/// fsync per table cost `extract` ~10 ms of a ~250 ms run in waiting alone.
enum WholeFile {
    static func replace(_ url: URL, with data: Data) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).part")
        let failure = temporary.withUnsafeFileSystemRepresentation { from in
            url.withUnsafeFileSystemRepresentation { to in write(data, to: from!, renamedTo: to!) }
        }
        if let failure {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
                                                            NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)])
        }
    }

    /// The errno of the step that failed, or nil.
    private static func write(_ data: Data, to temporary: UnsafePointer<CChar>, renamedTo target: UnsafePointer<CChar>) -> Int32? {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return errno }
        let failure: Int32? = data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        let closed = close(fd) == 0 ? nil : errno
        if let error = failure ?? closed { return error }
        return rename(temporary, target) == 0 ? nil : errno
    }
}
