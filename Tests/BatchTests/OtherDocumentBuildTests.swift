import Batch
import Foundation
import Testing

/// `perfprog build` over a folder where documents that are not performance programs lie
/// beside the programs (Tests/RecognitionTests/Fixtures/other-documents): each is listed as
/// failed with what it appears to be, and the programs are published all the same.
@Suite struct OtherDocumentBuildTests {
    @Test func otherDocumentsFailAloneAndTheProgramsArePublished() throws {
        let dir = try TemporaryDirectory("cli-other")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Örnek Belediyesi"), named: "a.pdf", in: inputs)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Başka Belediyesi"), named: "b.pdf", in: inputs)
        // Real PDFs: the fake worker hands them to the real `perfprog extract-worker`.
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RecognitionTests/Fixtures/other-documents")
        let others = ["activity-report-2023-unit": "an activity report (Faaliyet Raporu)", "budget-2025-cover": "a budget (Bütçe)",
                      "council-decision-2025-units": "a council decision (Meclis Kararı)",
                      "strategic-plan-2025-2029-cover": "a strategic plan (Stratejik Plan)"]
        for name in others.keys {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("\(name).pdf"), to: inputs.appendingPathComponent("\(name).pdf"))
        }
        let worker = try FakeWorker.command(in: dir.url)
        let out = dir.path("dataset")

        let run = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "-j", "2", "--worker", worker.executable.path])

        #expect(run.status == 1, "\(run.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        for (name, kind) in others {
            let file = try #require(report.files.first { $0.path.hasSuffix("/\(name).pdf") })
            #expect(file.status == .failed)
            #expect(file.error?.contains("appears to be \(kind), not a performance program") == true, "\(name): \(file.error ?? "")")
            #expect(run.stderr.contains("failed: \(inputs.path)/\(name).pdf: appears to be \(kind)"), "\(run.stderr)")
        }
        #expect(report.files.filter { $0.status == .ok }.count == 2)
        #expect(report.programs == ["baska-belediyesi-2024", "ornek-belediyesi-2024"])
        #expect(run.stderr.contains("2 programs published"))
    }
}
