import Dataset
import DatasetIO
import Foundation
import Testing

/// `extract`'s tables (`CSVTableSpool`): the rows held in memory, or set aside on disk past the
/// memory budget, written byte for byte as `CSVDatasetWriter` writes the same programs.
@Suite struct TableSpoolTests {
    static let samples: [SampleFile] = [.kayseri2025, .balikesir, .kayseri]

    /// `budget`: the spool's memory budget. The default holds the three samples' rows (~0.45 MB
    /// each); 0 sets every program's rows aside on disk as it is added; at 900 kB the first two
    /// spill when the second is added and the third is still held at the end.
    @Test(arguments: [CSVTableSpool.memoryBudget, 0, 900_000])
    func theTablesAreTheWritersWhereverTheRowsWereHeld(budget: Int) throws {
        let extracted = try Self.samples.map { try SampleExtraction.result($0).get() }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-spool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let written = root.appendingPathComponent("writer"), spooled = root.appendingPathComponent("spool")
        try CSVDatasetWriter.write(programs: extracted.map(\.program), checks: extracted.flatMap(\.checks), to: written)
        let spool = try CSVTableSpool(directory: spooled, memoryBudget: budget)
        for e in extracted { try spool.add(e.program, checks: e.checks) }
        #expect(spool.spilled == (budget < CSVTableSpool.memoryBudget), "budget \(budget)")
        try spool.finish()
        for table in DatasetTables.all {
            let a = try Data(contentsOf: written.appendingPathComponent(table.fileName))
            let b = try Data(contentsOf: spooled.appendingPathComponent(table.fileName))
            #expect(a == b, "\(table.fileName), budget \(budget): \(b.count) bytes where the writer wrote \(a.count)")
        }
        // Nothing but the tables is left in the directory (the spool file is unlinked when made).
        let left = try FileManager.default.contentsOfDirectory(atPath: spooled.path).sorted()
        #expect(left == DatasetTables.all.map(\.fileName).sorted())
    }
}
