import Dataset
import DatasetIO
@testable import Diff
import Foundation
import Pipeline
import Testing

/// The year-over-year diff on the real PDFs: samples/kayseri-2024.pdf and kayseri-2025.pdf
/// extracted by the pipeline and diffed as `perfprog diff OLD.pdf NEW.pdf` does, set
/// against the corpus's record of every change between them. Unlike the diff of the gold
/// datasets (`KayseriYearOverYearTests`), this one sees what extraction gets wrong.
@Suite struct SampleYearOverYearTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    /// Both years extracted once (a few seconds each) and shared by the tests.
    static let extractedPrograms: Result<(old: ExtractedProgram, new: ExtractedProgram), PipelineError> = {
        do throws(PipelineError) {
            let old = try ProgramExtractor.extract(path: samples.appendingPathComponent("kayseri-2024.pdf").path)
            let new = try ProgramExtractor.extract(path: samples.appendingPathComponent("kayseri-2025.pdf").path)
            return .success((old, new))
        } catch {
            return .failure(error)
        }
    }()

    static var extracted: Result<(old: Program, new: Program), PipelineError> {
        extractedPrograms.map { ($0.old.program, $0.new.program) }
    }

    static func report() throws -> DiffReport {
        let (old, new) = try extracted.get()
        return ProgramDiff.compare(old: old, new: new)
    }

    static func comparison() throws -> ChangeRecordComparison {
        ChangeRecordComparison(record: try GoldChanges.load(), ours: try KayseriYearOverYearTests.ourChanges(try report()))
    }

    /// Measured: structural changes 100 recorded, 100 ours, none missed or spurious; all
    /// changes 629 recorded, 629 ours (recall 1.0, precision 1.0); the 46 notable changes all
    /// found. So the record is matched exactly — any change missed or invented fails.
    @Test func changesMatchTheRecordExactly() throws {
        let result = try Self.comparison()
        print(result.summary)
        #expect(result.structuralMissed.isEmpty, "structural missed \(result.structuralMissed)")
        #expect(result.structuralSpurious.isEmpty, "structural spurious \(result.structuralSpurious)")
        #expect(result.notableMissed.isEmpty, "notable missed \(result.notableMissed)")
        #expect(result.missed.isEmpty, "missed \(result.missed)")
        #expect(result.spurious.isEmpty, "spurious \(result.spurious)")
        #expect(result.recordKeys.count == 629)
    }

    /// Measured: 614 changes compared (the 629 but the 15 added or removed entities, whose
    /// contents the next test checks: equal to the gold-dataset diff's), none differing.
    @Test func valuesOfMatchedChangesEqualTheRecord() throws {
        let (compared, differing) = try Self.comparison().differingValues()
        print("values compared for \(compared) changes, \(differing.count) differ")
        #expect(compared == 614)
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    /// The diff of the PDFs is the diff of the gold datasets, change for change, plus the
    /// stated counts that only the PDFs carry (51 → 52 goals, 154 → 161 activities).
    @Test func equalsTheGoldDatasetDiffPlusTheStatedCounts() throws {
        // The gold datasets leave pages empty; the PDFs' changes cite them.
        let withoutPages: ([String: Any]) -> [String: Any] = { $0.filter { $0.key != "old_page" && $0.key != "new_page" } }
        let fromPDFs = try KayseriYearOverYearTests.ourChanges(try Self.report()).map(withoutPages)
        let (goldOld, goldNew) = try KayseriYearOverYearTests.programs()
        let fromGold = try KayseriYearOverYearTests.ourChanges(ProgramDiff.compare(old: goldOld, new: goldNew)).map(withoutPages)
        let isStatedCount: ([String: Any]) -> Bool = { ($0["kind"] as? String) == ChangeKind.statedCountChanged.rawValue }
        #expect(fromPDFs.filter { !isStatedCount($0) } as NSArray == fromGold as NSArray)
        let stated = fromPDFs.filter(isStatedCount).map { "\($0["field"] ?? "") \($0["old_value"] ?? "") \($0["new_value"] ?? "")" }
        #expect(stated == ["goals 51 52", "activities 154 161"])
        #expect(!fromGold.contains(where: isStatedCount))
    }

    /// Same inputs, same answer: each PDF's dataset (as `extract` and `build` write it, its
    /// checks.csv included) diffs exactly as the two PDFs do — every change, its values, its
    /// pages and its sentence; the stated counts come back from checks.csv's program-wide
    /// `goal_count` / `activity_count` rows (the contract's "stated number … expected").
    @Test func theDiffOfTheBuiltDatasetsIsTheDiffOfThePDFs() throws {
        let (old, new) = try Self.extractedPrograms.get()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-diff-datasets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        func roundTrip(_ e: ExtractedProgram, _ name: String) throws -> Program {
            let out = dir.appendingPathComponent(name)
            try CSVDatasetWriter.write(programs: [e.program], checks: e.checks, to: out)
            return try #require(try DatasetReader.read(directory: out).first)
        }
        let fromPDFs = try Self.report()
        let fromDatasets = ProgramDiff.compare(old: try roundTrip(old, "2024"), new: try roundTrip(new, "2025"))
        #expect(fromPDFs.changes.count == 629)
        #expect(fromDatasets.changes.count == fromPDFs.changes.count)
        let pdfLines = TextDiffRenderer.render(fromPDFs).split(separator: "\n").map(String.init)
        let datasetLines = TextDiffRenderer.render(fromDatasets).split(separator: "\n").map(String.init)
        #expect(datasetLines.count == pdfLines.count)
        for (a, b) in zip(pdfLines, datasetLines) where a != b { Issue.record("PDFs: \(a)\ndatasets: \(b)") }
        #expect(JSONDiffRenderer.render(fromDatasets) == JSONDiffRenderer.render(fromPDFs))
        // Which count changed is said, with the pages that state it.
        #expect(datasetLines.contains { $0.hasPrefix("  stated count changed: number of goals the document states: 51 → 52 [pages ") })
        #expect(datasetLines.contains { $0.hasPrefix("  stated count changed: number of activities the document states: 154 → 161 [pages ") })
    }
}
