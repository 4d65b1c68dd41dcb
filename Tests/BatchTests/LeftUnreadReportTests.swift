@testable import Batch
import Foundation
import Recognition
import Testing

/// report.json lists everything a program left unread, however many other notes its file has.
@Suite struct LeftUnreadReportTests {
    @Test func everyUnreadNoteIsListedBeyondTheDiagnosticsCap() throws {
        let dir = try TemporaryDirectory("left-unread")
        let worker = try FakeWorker.command(in: dir.url)
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        var parsed = BuildReportPageTests.parsed("Örnek Belediyesi")
        let other = (1...BuildReport.maxDiagnostics + 5).map { "a.pdf: poppler: note \($0)" }
        let unread = ["a.pdf: page 7: activity table column 'Öncelik' not understood, its cells \(LeftUnread.mark)",
                      "a.pdf: page 9: 3 rows with amounts outside any recognised table \(LeftUnread.mark)"]
        parsed.diagnostics = other + unread
        try FakeWorker.input(parsed, named: "a.pdf", in: inputs)
        try FakeWorker.input(BuildReportPageTests.parsed("Başka Belediyesi"), named: "b.pdf", in: inputs)
        let out = dir.path("dataset")
        let run = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "--worker", worker.executable.path])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        let a = try #require(report.files.first { $0.path.hasSuffix("a.pdf") })
        // The diagnostics are cut at the cap, past both unread notes; left_unread keeps them.
        #expect(a.diagnostics.count == BuildReport.maxDiagnostics + 1)
        #expect(!a.diagnostics.contains { LeftUnread.isUnread($0) })
        #expect(a.leftUnread == unread)
        let b = try #require(report.files.first { $0.path.hasSuffix("b.pdf") })
        #expect(b.leftUnread == [])
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"left_unread\""))
    }
}
