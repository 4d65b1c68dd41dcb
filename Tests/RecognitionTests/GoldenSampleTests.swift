import Dataset
import DatasetIO
import Foundation
import Pipeline
import Testing

/// The sample programs extracted and compared with their gold, fact by fact, the way
/// the corpus scorer (score.py) compares them. Any regression fails; an improvement shows
/// as a lower count than the baseline, which should then be lowered.
@Suite struct GoldenSampleTests {
    /// Misses allowed per table (strict comparison), as last measured
    /// (score.py agrees: strict F1 1.0000 for all three).
    ///
    /// Kayseri 2024, Kayseri 2025, Balıkesir 2024 — no known misses.
    static let missBaselines: [String: [String: Int]] = [
        SampleFile.kayseri.programID: noMisses,
        SampleFile.kayseri2025.programID: noMisses,
        SampleFile.balikesir.programID: noMisses,
    ]
    static let noMisses: [String: Int] = [
        "goals": 0, "indicators": 0, "indicator_values": 0, "activities": 0, "activity_costs": 0, "program_totals": 0,
    ]
    /// Output facts with no place in the gold, per table (none in any sample).
    static let extraBaselines: [String: [String: Int]] = [:]
    /// Overall recall and precision below this fail, whatever the table counts say.
    static let minimumRecall = 0.995
    static let minimumPrecision = 0.995

    /// A sample without a recorded baseline is allowed no misses.
    static func baseline(_ sample: SampleFile) -> [String: Int] {
        missBaselines[sample.programID] ?? noMisses
    }

    static func extraBaseline(_ sample: SampleFile) -> [String: Int] {
        extraBaselines[sample.programID] ?? [:]
    }

    /// Every PDF in samples/ is a `SampleFile` with its gold and its baseline: adding a
    /// sample without them fails here.
    @Test func everySampleHasItsGoldAndBaseline() throws {
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: SampleFile.packageRoot.appendingPathComponent("samples").path)
            .filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs == SampleFile.all.map(\.pdfName).sorted())
        for sample in SampleFile.all {
            #expect(Self.missBaselines[sample.programID] != nil, "\(sample): no miss baseline")
            #expect(FileManager.default.fileExists(atPath: sample.goldDirectory.appendingPathComponent("goals.csv").path),
                    "\(sample): no gold")
            #expect(FileManager.default.fileExists(atPath: sample.pdfPath), "\(sample): no PDF")
        }
    }

    func extracted(_ sample: SampleFile) throws -> ExtractedProgram {
        try SampleExtraction.result(sample).get()
    }

    func comparison(_ sample: SampleFile) throws -> GoldComparison {
        let program = try extracted(sample)
        let outDir = try SampleExtraction.writeCSV(program)
        defer { try? FileManager.default.removeItem(at: outDir) }
        let gold = GoldFacts.facts(try GoldFacts.read(directory: sample.goldDirectory), programID: sample.programID)
        let output = GoldFacts.facts(try GoldFacts.read(directory: outDir), programID: sample.programID)
        return GoldComparison(gold: gold, output: output)
    }

    @Test(arguments: SampleFile.all)
    func missesStayWithinTheBaseline(sample: SampleFile) throws {
        let result = try comparison(sample)
        let baseline = Self.baseline(sample)
        for table in GoldFacts.tables {
            let misses = result.misses(in: table)
            #expect(misses.count <= baseline[table, default: 0],
                    "\(sample) \(table): \(misses.count) misses, baseline \(baseline[table, default: 0])\n\(misses.map(\.description).joined(separator: "\n"))")
        }
        #expect(result.recall >= Self.minimumRecall, "\(sample) recall \(result.recall)\n\(result.summary)")
        #expect(result.precision >= Self.minimumPrecision, "\(sample) precision \(result.precision)\n\(result.summary)")
    }

    /// Facts the output states that have no place in the gold (spurious goals, rows or
    /// costs) stay within the baseline too.
    @Test(arguments: SampleFile.all)
    func extraFactsStayWithinTheBaseline(sample: SampleFile) throws {
        let result = try comparison(sample)
        let baseline = Self.extraBaseline(sample)
        for table in GoldFacts.tables {
            let extras = result.extras.filter { $0.table == table }
            #expect(extras.count <= baseline[table, default: 0],
                    "\(sample) \(table): \(extras.count) facts not in the gold, baseline \(baseline[table, default: 0])\n\(extras.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test(arguments: SampleFile.all)
    func programIdentityAndGoalCount(sample: SampleFile) throws {
        let program = try extracted(sample).program
        let gold = try GoldFacts.read(directory: sample.goldDirectory)
        let goldProgram = try #require(gold["programs"]?.first)
        #expect(program.id == sample.programID)
        #expect(program.id == goldProgram["program_id"])
        #expect(program.administration == goldProgram["administration"])
        #expect(String(program.year) == goldProgram["year"])
        #expect(program.goals.count == gold["goals"]?.count)
        #expect(program.sourceFile == sample.pdfName)
        #expect(program.pageCount == sample.pageCount)
        #expect(program.sourceSHA256.count == 64 && program.sourceSHA256.allSatisfy(\.isHexDigit))
    }

    /// A second, independent extraction writes byte-identical CSV tables.
    @Test(arguments: SampleFile.all)
    func extractionIsDeterministic(sample: SampleFile) throws {
        let first = try extracted(sample)
        let second = try SampleExtraction.run(sample).get()
        let a = try SampleExtraction.writeCSV(first), b = try SampleExtraction.writeCSV(second)
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for table in DatasetTables.all {
            let left = try Data(contentsOf: a.appendingPathComponent(table.fileName))
            let right = try Data(contentsOf: b.appendingPathComponent(table.fileName))
            #expect(left == right, "\(sample) \(table.fileName) differs between two runs")
            #expect(!left.isEmpty)
        }
        #expect(first.checks == second.checks)
    }
}
