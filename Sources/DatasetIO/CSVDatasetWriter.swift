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
///
/// Only a regular file (or nothing) is replaced: a rename over a device node, a FIFO or a
/// link would replace the node itself (run as root, `/dev/full` became a regular file).
///
/// `durable`: the content is forced to disk before the rename (a file kept across runs, such
/// as the build's cache, which nothing syncs later): after a crash the name holds the old
/// file or the whole new one, never a renamed file whose blocks were not yet written (ext4
/// and XFS then show it empty or zero-filled). The rename itself may be lost: the file is then
/// as it was.
public enum WholeFile {
    public static func replace(_ url: URL, with data: Data, durable: Bool = false) throws {
        try replace(url, durable: durable) { fd in data.withUnsafeBytes { writeAll(fd, $0.baseAddress!, $0.count) } }
    }

    /// `url` replaced by what `body` writes into the descriptor it is given (returning the
    /// errno of a failed write, or nil).
    static func replace(_ url: URL, durable: Bool = false, writing body: (Int32) -> Int32?) throws {
        try checkReplaceable(url)
        let temporary = temporaryName(for: url)
        let failure = temporary.withUnsafeFileSystemRepresentation { from in
            url.withUnsafeFileSystemRepresentation { to in write(body, durable: durable, to: from!, renamedTo: to!) }
        }
        if let failure {
            try? FileManager.default.removeItem(at: temporary)
            throw self.failure(failure, path: url.path)
        }
    }

    /// Each of `urls` replaced by what `body` writes for it (its index, a descriptor; the errno
    /// of a failed write, or nil), all or none: each is written under a temporary name beside
    /// it, and renamed over its target only once all are written, so a write that fails (a
    /// full disk, a file-size limit) leaves every target as it was and no temporary behind.
    static func replaceAll(_ urls: [URL], writing body: (Int, Int32) -> Int32?) throws {
        for url in urls { try checkReplaceable(url) }
        var temporaries: [URL] = []
        do {
            for (k, url) in urls.enumerated() {
                let temporary = temporaryName(for: url)
                temporaries.append(temporary)
                let failure = temporary.withUnsafeFileSystemRepresentation { created(at: $0!) { body(k, $0) } }
                if let failure { throw self.failure(failure, path: url.path) }
            }
            for (temporary, url) in zip(temporaries, urls) {
                let failure = temporary.withUnsafeFileSystemRepresentation { from in
                    url.withUnsafeFileSystemRepresentation { to in rename(from!, to!) == 0 ? nil : errno }
                }
                if let failure { throw self.failure(failure, path: url.path) }
            }
        } catch {
            for temporary in temporaries { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
    }

    /// The name `url`'s new content is written under before it is renamed over `url`: beside
    /// it (a rename stays within one file system), hidden, and never the name of another's.
    private static func temporaryName(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).part")
    }

    /// A new file at `path` holding what `body` writes, forced to disk when `durable`: the errno
    /// of the step that failed, or nil.
    private static func created(at path: UnsafePointer<CChar>, durable: Bool = false, _ body: (Int32) -> Int32?) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return errno }
        var failure = body(fd)
        if failure == nil && durable && fsync(fd) != 0 { failure = errno }
        let closed = close(fd) == 0 ? nil : errno
        return failure ?? closed
    }

    /// Throws unless `url` is a regular file or absent (lstat: a link is not followed).
    static func checkReplaceable(_ url: URL) throws {
        var info = stat()
        let found = url.withUnsafeFileSystemRepresentation { lstat($0!, &info) } == 0
        guard found, (info.st_mode & S_IFMT) != S_IFREG else { return }
        throw NotARegularFile(path: url.path, kind: NotARegularFile.kind(of: info.st_mode))
    }

    static func failure(_ code: Int32, path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                 NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)])
    }

    /// write(2) until `count` bytes are written; the errno of a failure, or nil.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int32? {
        var offset = 0
        while offset < count {
            let n = Glibc.write(fd, bytes + offset, count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    /// The errno of the step that failed, or nil.
    private static func write(_ body: (Int32) -> Int32?, durable: Bool, to temporary: UnsafePointer<CChar>,
                              renamedTo target: UnsafePointer<CChar>) -> Int32? {
        if let failure = created(at: temporary, durable: durable, body) { return failure }
        return rename(temporary, target) == 0 ? nil : errno
    }
}

/// An output path that holds something other than a regular file, left as it is.
public struct NotARegularFile: Error, CustomStringConvertible {
    public var path: String
    public var kind: String

    public var description: String { "\(path): is \(kind), not a regular file: not replaced" }

    /// "a file", "a character device", … for what stands at a path (its mode's type bits).
    public static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a file"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a directory"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }
}
