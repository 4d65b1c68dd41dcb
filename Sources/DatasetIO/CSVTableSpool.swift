import Dataset
import Foundation

/// The contract's CSV tables of programs read one after another (`extract` of many files):
/// each program's rows are encoded as soon as it is read, and held in memory up to
/// `memoryBudget`; past it the rows held are set aside on disk, so memory holds at most the
/// budget and one program whatever the number of files (holding every program to the end cost ~17 MB a file: 444 MB
/// for 24). `finish` then writes each table, in program_id order (programs of one id in the
/// order they came), byte for byte what `CSVDatasetWriter` writes for the same programs.
///
/// The spool is a file beside the tables, made at the first spill and unlinked as soon as it
/// is made: a process that dies (a limit, a signal) leaves nothing behind, and no table is
/// touched before `finish`.
public final class CSVTableSpool {
    /// Encoded rows held in memory before any go to the spool file. A program's tables are
    /// 0.3–0.6 MB encoded (the samples), so one file or a few are written once, straight from
    /// memory (a spool costs each row a write and a read more); past it the rows held go to
    /// disk and memory stays flat in the number of files (24 files: 361 → 38 MB; held up to
    /// 8 MB, they peaked at 44 MB).
    public static let memoryBudget = 2 << 20

    private let directory: URL
    private let tables: [TableSchema]
    private let classifier: UnitClassifier
    private let budget: Int
    /// The spool file, once rows have spilled.
    private var descriptor: Int32?
    private var end: Int64 = 0
    private var held = 0
    /// A table's rows of one program: in memory, or where they lie in the spool.
    private enum Segment {
        case memory(ArraySlice<UInt8>)
        case disk(offset: Int64, length: Int)
    }
    /// Per program: its id, then per table its rows.
    private var programs: [(id: String, segments: [Segment])] = []

    /// Bytes copied from the spool into a table at a time.
    static let copyChunk = 1 << 20

    /// - Parameter memoryBudget: encoded rows held in memory before they spill to disk.
    public init(directory: URL, tables: [TableSchema] = DatasetTables.all, classifier: UnitClassifier = .standard,
                memoryBudget: Int = CSVTableSpool.memoryBudget) throws {
        self.directory = directory
        self.tables = tables
        self.classifier = classifier
        budget = memoryBudget
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { if let descriptor { close(descriptor) } }

    /// How many programs were added.
    public var count: Int { programs.count }

    /// Whether rows were set aside on disk (past `memoryBudget`).
    public var spilled: Bool { descriptor != nil }

    /// Encodes `program`'s rows of every table (checks.csv: those of `checks` that are its own)
    /// and holds them, or appends them to the spool once the rows held pass the budget.
    /// - Parameter units: the program's units, where found already (`ProgramUnits(program)`).
    public func add(_ program: Program, checks: [CheckResult], units: ProgramUnits? = nil) throws {
        let units = tables.contains { $0.name == "activities" || $0.name == "units" } ? units ?? ProgramUnits(program) : nil
        let (tables, classifier) = (self.tables, self.classifier)
        // The longest tables first, so that no core is left with one of them at the end.
        let schedule = tables.indices.sorted { DatasetTables.costRank(tables[$0]) < DatasetTables.costRank(tables[$1]) }
        let scheduled = SideBySide.map(schedule.count) { s in
            let table = tables[schedule[s]]
            let rows = DatasetTables.rows(table, program: program, checks: checks, classifier: classifier, units: units)
            // The header is written once, by `finish`.
            let bytes = CSVCodec.bytes(header: table.header, rows: rows)
            return bytes[CSVCodec.bytes(header: table.header, rows: []).count...]
        }
        var encoded = [ArraySlice<UInt8>](repeating: [], count: tables.count)
        for (s, bytes) in zip(schedule, scheduled) { encoded[s] = bytes }
        held += encoded.reduce(0) { $0 + $1.count }
        programs.append((program.id, encoded.map { .memory($0) }))
        if held > budget { try spill() }
    }

    /// Moves every program's rows held in memory to the spool file.
    private func spill() throws {
        let fd = try descriptor ?? openSpool()
        descriptor = fd
        for p in programs.indices {
            for t in programs[p].segments.indices {
                guard case .memory(let bytes) = programs[p].segments[t] else { continue }
                try bytes.withUnsafeBytes { raw in
                    if raw.count > 0 { try writeAll(fd, raw.baseAddress!, raw.count, at: end) }
                }
                programs[p].segments[t] = .disk(offset: end, length: bytes.count)
                end += Int64(bytes.count)
            }
        }
        held = 0
    }

    private func openSpool() throws -> Int32 {
        let spool = directory.appendingPathComponent(".perfprog-spool-\(getpid())-\(UUID().uuidString)")
        let fd = spool.withUnsafeFileSystemRepresentation { open($0!, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        guard fd >= 0 else { throw WholeFile.failure(errno, path: directory.path) }
        _ = spool.withUnsafeFileSystemRepresentation { unlink($0!) }
        return fd
    }

    /// Writes every table into the directory, all replaced or none (`WholeFile.replaceAll`):
    /// a target that is not a regular file (a device, a FIFO, a link), or a write that fails,
    /// leaves every table as it was.
    public func finish() throws {
        let targets = tables.map { directory.appendingPathComponent($0.fileName) }
        let order = programs.indices.sorted { a, b in
            programs[a].id != programs[b].id ? programs[a].id < programs[b].id : a < b
        }
        // Rows set aside on disk are copied through this buffer.
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: spilled ? Self.copyChunk : 1, alignment: 16)
        defer { buffer.deallocate() }
        try WholeFile.replaceAll(targets) { t, fd in
            let table = tables[t]
            let header = CSVCodec.bytes(header: table.header, rows: [])
            if let failure = header.withUnsafeBytes({ WholeFile.writeAll(fd, $0.baseAddress!, $0.count) }) { return failure }
            for p in order {
                var (offset, remaining): (Int64, Int)
                switch programs[p].segments[t] {
                case .memory(let bytes):
                    if let failure = bytes.withUnsafeBytes({ $0.count == 0 ? nil : WholeFile.writeAll(fd, $0.baseAddress!, $0.count) }) { return failure }
                    continue
                case .disk(let o, let length): (offset, remaining) = (o, length)
                }
                while remaining > 0 {
                    let n = pread(descriptor!, buffer, min(remaining, Self.copyChunk), off_t(offset))
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

    private func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, at offset: Int64) throws {
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
