import Dataset
import Foundation

/// The contract's CSV tables of programs read one after another (`extract` of many files):
/// each program's rows are encoded and set aside on disk as soon as it is read, so memory
/// holds one program at a time whatever the number of files (holding every program to the
/// end cost ~17 MB a file: 444 MB for 24). `finish` then writes each table, streamed from
/// the spool in program_id order (programs of one id in the order they came), byte for byte
/// what `CSVDatasetWriter` writes for the same programs.
///
/// The spool is a file beside the tables, unlinked as soon as it is made: a process that
/// dies (a limit, a signal) leaves nothing behind, and no table is touched before `finish`.
public final class CSVTableSpool {
    private let directory: URL
    private let tables: [TableSchema]
    private let classifier: UnitClassifier
    private let descriptor: Int32
    private var end: Int64 = 0
    /// Per program: its id, then per table where its rows lie in the spool.
    private var programs: [(id: String, segments: [(offset: Int64, length: Int)])] = []

    /// Bytes copied from the spool into a table at a time.
    static let copyChunk = 1 << 20

    public init(directory: URL, tables: [TableSchema] = DatasetTables.all, classifier: UnitClassifier = .standard) throws {
        self.directory = directory
        self.tables = tables
        self.classifier = classifier
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let spool = directory.appendingPathComponent(".perfprog-spool-\(getpid())-\(UUID().uuidString)")
        let fd = spool.withUnsafeFileSystemRepresentation { open($0!, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        guard fd >= 0 else { throw WholeFile.failure(errno, path: directory.path) }
        _ = spool.withUnsafeFileSystemRepresentation { unlink($0!) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// How many programs were added.
    public var count: Int { programs.count }

    /// Encodes `program`'s rows of every table (checks.csv: those of `checks` that are its own)
    /// and appends them to the spool.
    public func add(_ program: Program, checks: [CheckResult]) throws {
        let units = tables.contains { $0.name == "activities" || $0.name == "units" } ? ProgramUnits(program) : nil
        let (tables, classifier) = (self.tables, self.classifier)
        let encoded = SideBySide.map(tables.count) { t in
            let table = tables[t]
            let rows = DatasetTables.rows(table, program: program, checks: checks, classifier: classifier, units: units)
            // The header is written once, by `finish`.
            return (bytes: CSVCodec.bytes(header: table.header, rows: rows),
                    skip: CSVCodec.bytes(header: table.header, rows: []).count)
        }
        var segments: [(offset: Int64, length: Int)] = []
        for (bytes, skip) in encoded {
            let length = bytes.count - skip
            try bytes.withUnsafeBytes { raw in
                try writeAll(raw.baseAddress! + skip, length, at: end)
            }
            segments.append((end, length))
            end += Int64(length)
        }
        programs.append((program.id, segments))
    }

    /// Writes every table into the directory, each replaced whole (`WholeFile`). Every target
    /// is looked at first: one that is not a regular file (a device, a FIFO, a link) refuses the
    /// lot before any table is replaced.
    public func finish() throws {
        let targets = tables.map { directory.appendingPathComponent($0.fileName) }
        for target in targets { try WholeFile.checkReplaceable(target) }
        let order = programs.indices.sorted { a, b in
            programs[a].id != programs[b].id ? programs[a].id < programs[b].id : a < b
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.copyChunk, alignment: 16)
        defer { buffer.deallocate() }
        for (t, table) in tables.enumerated() {
            try WholeFile.replace(targets[t]) { fd in
                let header = CSVCodec.bytes(header: table.header, rows: [])
                if let failure = header.withUnsafeBytes({ WholeFile.writeAll(fd, $0.baseAddress!, $0.count) }) { return failure }
                for p in order {
                    var (offset, remaining) = programs[p].segments[t]
                    while remaining > 0 {
                        let n = pread(descriptor, buffer, min(remaining, Self.copyChunk), off_t(offset))
                        if n < 0 && errno == EINTR { continue }
                        guard n > 0 else { return n == 0 ? EIO : errno }
                        if let failure = WholeFile.writeAll(fd, buffer, n) { return failure }
                        offset += Int64(n)
                        remaining -= n
                    }
                }
                return nil
            }
        }
    }

    private func writeAll(_ bytes: UnsafeRawPointer, _ count: Int, at offset: Int64) throws {
        var done = 0
        while done < count {
            let n = pwrite(descriptor, bytes + done, count - done, off_t(offset + Int64(done)))
            if n < 0 {
                if errno == EINTR { continue }
                throw WholeFile.failure(errno, path: directory.path)
            }
            done += n
        }
    }
}
