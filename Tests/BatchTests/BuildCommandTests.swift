import Batch
import Dataset
import Foundation
import Testing

/// `perfprog build` as scripts run it: the real executable, exit statuses, stderr.
@Suite struct BuildCommandTests {
    @Test func anEmptyPDFFailsAloneWithExitOneAndTheOthersArePublished() throws {
        let dir = try TemporaryDirectory("cli-bad")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Örnek Belediyesi"), named: "a.pdf", in: inputs)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Başka Belediyesi"), named: "b.pdf", in: inputs)
        // Empty: the fake worker hands it to the real `perfprog extract-worker`.
        try Data().write(to: inputs.appendingPathComponent("x.pdf"))
        let worker = try FakeWorker.command(in: dir.url)
        let out = dir.path("dataset")

        let run = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "-j", "2",
                                          "--worker", worker.executable.path])

        #expect(run.status == 1, "\(run.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        let x = try #require(report.files.first { $0.path.hasSuffix("/x.pdf") })
        #expect(x.status == .failed)
        #expect(x.error?.contains("not a PDF") == true)
        #expect(report.files.filter { $0.status == .ok }.count == 2)
        #expect(report.programs == ["baska-belediyesi-2024", "ornek-belediyesi-2024"])
        // Not a terminal: plain progress lines, then the failure and a summary.
        #expect(run.stderr.contains("[3/3]"))
        #expect(run.stderr.contains("failed: \(inputs.path)/x.pdf: not a PDF"))
        #expect(run.stderr.contains("2 programs published"))
        #expect(!run.stderr.contains("\u{1B}["), "no escape codes when stderr is not a terminal")
    }

    @Test func quietSaysNothingWhenAllIsWell() throws {
        let dir = try TemporaryDirectory("cli-quiet")
        let input = try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: dir.url)
        let worker = try FakeWorker.command(in: dir.url)
        let run = try PerfprogBinary.run(["build", input.path, "--out", dir.path("dataset").path, "--quiet",
                                          "--worker", worker.executable.path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [
        ["build", "in"],
        ["build", "--out", "x"],
        ["build", "in", "--out", "x", "-j", "0"],
        ["build", "in", "--out", "x", "--timeout", "soon"],
        ["build", "in", "--out", "x", "--cache", "c", "--no-cache"],
        ["build", "/no/such/input", "--out", "x"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let run = try PerfprogBinary.run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("perfprog build:"))
    }
}
