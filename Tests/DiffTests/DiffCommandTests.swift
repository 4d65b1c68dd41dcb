import Dataset
import DatasetIO
@testable import Diff
import Foundation
import Testing

/// `perfprog diff` as users run it: the built executable, its output and exit status.
@Suite struct DiffCommandTests {
    static func gold(_ year: Int) throws -> String { try Fixture.url("kayseri-buyuksehir-belediyesi-\(year)").path }

    @Test func jsonOutputIsTheLibrarysAndExitIsZero() throws {
        let run = try ExternalProcess.run(try ExternalProcess.perfprog(), ["diff", try Self.gold(2024), try Self.gold(2025), "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout == JSONDiffRenderer.render(try RendererTests.report()))
    }

    @Test func oneDatasetWithBothProgramsAndTheColonForm() throws {
        let (old, new) = try KayseriYearOverYearTests.programs()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-both-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try CSVDatasetWriter.write(programs: [old, new], checks: [], to: dir)
        let expected = CSVDiffRenderer.render(ProgramDiff.compare(old: old, new: new))
        let byOptions = try ExternalProcess.run(try ExternalProcess.perfprog(), [
            "diff", dir.path, "--old-program", old.id, "--new-program", new.id, "--format", "csv"])
        #expect(byOptions.status == 0)
        #expect(byOptions.stdout == expected)
        let byColon = try ExternalProcess.run(try ExternalProcess.perfprog(), [
            "diff", "\(dir.path):\(old.id)", "\(dir.path):\(new.id)", "--format", "csv"])
        #expect(byColon.status == 0)
        #expect(byColon.stdout == expected)
        // Two programs and no choice is a usage error.
        #expect(try ExternalProcess.run(try ExternalProcess.perfprog(), ["diff", dir.path, dir.path]).status == 2)
    }

    @Test func htmlAndOutputFilesAreWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("diff.html"), md = dir.appendingPathComponent("diff.md")
        let run = try ExternalProcess.run(try ExternalProcess.perfprog(), [
            "diff", try Self.gold(2024), try Self.gold(2025), "--format", "markdown", "--output", md.path, "--html", html.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let report = try RendererTests.report()
        #expect(try String(contentsOf: md, encoding: .utf8) == MarkdownDiffRenderer.render(report))
        #expect(try String(contentsOf: html, encoding: .utf8) == HTMLDiffRenderer.render(report))
    }

    @Test func unreadableInputsExitOneAndUsageErrorsTwo() throws {
        let perfprog = try ExternalProcess.perfprog()
        let missing = try ExternalProcess.run(perfprog, ["diff", "/nonexistent/a.pdf", try Self.gold(2025)])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/a.pdf"))
        let notPDF = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-notpdf-\(UUID().uuidString).pdf")
        try Data("not a pdf".utf8).write(to: notPDF)
        defer { try? FileManager.default.removeItem(at: notPDF) }
        let broken = try ExternalProcess.run(perfprog, ["diff", notPDF.path, try Self.gold(2025)])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains(notPDF.lastPathComponent))
        let badFormat = try ExternalProcess.run(perfprog, ["diff", try Self.gold(2024), try Self.gold(2025), "--format", "xml"])
        #expect(badFormat.status == 2)
        #expect(try ExternalProcess.run(perfprog, ["diff", try Self.gold(2024)]).status == 2)
    }

    /// Balıkesir against Kayseri is not a year-over-year diff: refused unless forced, and said.
    @Test func differentAdministrationsAreRefusedWithoutForce() throws {
        let perfprog = try ExternalProcess.perfprog()
        let balikesir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RecognitionTests/Fixtures/gold/balikesir-buyuksehir-belediyesi-2024").path
        let refused = try ExternalProcess.run(perfprog, ["diff", balikesir, try Self.gold(2025), "--quiet"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("different administrations"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let forced = try ExternalProcess.run(perfprog, ["diff", balikesir, try Self.gold(2025), "--quiet", "--force"])
        #expect(forced.status == 0)
        #expect(forced.stderr.contains("warning: comparing different administrations"))
    }
}
