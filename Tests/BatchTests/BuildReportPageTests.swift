@testable import Batch
import Dataset
import Foundation
import Testing

/// report.html, and what leaves the dataset: said, never silent; what perfprog did not
/// write is never deleted.
@Suite struct BuildReportPageTests {
    static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    static let outlineNote = "goal_total (total): the row printing the stated 5.500.000,00 TL"

    static func parsed(_ administration: String, mismatch: Bool = false) -> ParsedProgram {
        var p = BuildAnalystTests.parsedWithMismatch()
        let program = SamplePrograms.program(administration: administration)
        p.program = program
        p.checks = mismatch ? p.checks.map { c in
            var c = c
            c.programID = program.id
            c.subject = Identifiers.goalID(program: program.id, goalNo: 1)
            return c
        } : []
        if mismatch { p.pictures = [PagePicture(page: 11, png: Self.pngSignature, outlined: [Self.outlineNote])] }
        return p
    }

    @Test func thePageListsFilesCountsChangesChecksAndPictures() throws {
        let dir = try TemporaryDirectory("report-page")
        let worker = try FakeWorker.command(in: dir.url)
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FakeWorker.input(Self.parsed("Örnek Belediyesi", mismatch: true), named: "a.pdf", in: inputs)
        try FakeWorker.input(Self.parsed("Başka Belediyesi"), named: "b.pdf", in: inputs)
        try Data().write(to: inputs.appendingPathComponent("x.pdf"))
        let out = dir.path("dataset")
        let first = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "--worker", worker.executable.path])
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stderr.contains("report: \(out.path)/report.html"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        // Every file with its status and program; counts and the activities' total.
        for name in ["a.pdf", "b.pdf", "x.pdf"] { #expect(html.contains(">\(name)<div class=\"path\">")) }
        #expect(html.contains("<span class=\"badge failed\">failed</span>"))
        #expect(html.contains("<code>ornek-belediyesi-2024</code>"))
        #expect(html.contains("<td class=\"num\" data-label=\"goals\">2</td><td class=\"num\" data-label=\"indicators\">4</td>"
                              + "<td class=\"num\" data-label=\"activities\">2</td><td class=\"num\" data-label=\"activities' total\">11.000.000,00 TL</td>"))
        #expect(html.contains("This is the first build of this dataset."))
        // The failed check: goal, page (linked to its picture), stated, found, difference.
        #expect(html.contains("<strong>G1</strong> Hedef 1, &quot;tırnaklı&quot; başlık</td><td class=\"num\" data-label=\"page\"><a href=\"#page-ornek-belediyesi-2024-11\">11</a>"))
        #expect(html.contains("<td class=\"num\" data-label=\"stated\">5.500.000,00 TL</td><td class=\"num\" data-label=\"found\">5.400.000,00 TL</td>"
                              + "<td class=\"num\" data-label=\"difference\">-100.000,00 TL</td>"))
        #expect(html.contains("<figure id=\"page-ornek-belediyesi-2024-11\">"))
        #expect(html.contains("src=\"data:image/png;base64,\(Self.pngSignature.base64EncodedString())\""))
        // The picture of a failed check says what it outlines (the check's row), not "the parser's view".
        #expect(html.contains("<ol class=\"outlined\"><li>\(Self.outlineNote)</li></ol>"))
        #expect(!html.contains("the parser's view"))
        #expect(!html.contains("<script"), "opens with no server and no scripts")

        // Second build: a.pdf's program changes its PDF, b.pdf is gone: b's program leaves, said.
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("b.pdf"))
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("x.pdf"))
        var changed = Self.parsed("Örnek Belediyesi", mismatch: true)
        changed.diagnostics = ["a note"]
        try FakeWorker.input(changed, named: "a.pdf", in: inputs)
        try FakeWorker.input(Self.parsed("Yeni Belediyesi"), named: "c.pdf", in: inputs)
        let second = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "--worker", worker.executable.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("left the dataset: baska-belediyesi-2024: no input of this build gives it"), "\(second.stderr)")
        #expect(second.stderr.contains("since the last build: added yeni-belediyesi-2024; updated (new PDF) ornek-belediyesi-2024; removed baska-belediyesi-2024"), "\(second.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        #expect(report.changes?.removed.map(\.programID) == ["baska-belediyesi-2024"])
        #expect(report.changes?.added == ["yeni-belediyesi-2024"])
        #expect(report.changes?.updated == ["ornek-belediyesi-2024"])
        let page = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("<li class=\"removed\">removed <code>baska-belediyesi-2024</code>: no input of this build gives it"))
        #expect(page.contains("<li class=\"added\">added <code>yeni-belediyesi-2024</code></li>"))
    }

    @Test func thePageIsTheSameApartFromTimings() throws {
        let p = Self.parsed("Örnek Belediyesi", mismatch: true)
        var state = FileState(path: "/in/a.pdf")
        state.parsed = p
        state.published = true
        var counted: [String: [String: Int]] = [:]
        var report = BuildReport(parserVersion: "v", output: "/out", jobs: 2, durationSeconds: 1.5, filesOK: 1, filesUnchanged: 0,
                                 filesFailed: 0, programs: [p.program.id], keptPrevious: [], files: [state.entry(counted: &counted)])
        let pictures = [p.program.id: p.pictures ?? []]
        let a = BuildReportPage.render(report, pictures: pictures)
        #expect(a == BuildReportPage.render(report, pictures: pictures))
        report.durationSeconds = 9.5
        report.files[0].durationSeconds = 3
        let b = BuildReportPage.render(report, pictures: pictures)
        #expect(a.replacingOccurrences(of: "1,5 s", with: "9,5 s") == b)
    }

    @Test func aFileThatPerfprogDidNotWriteIsNeverDeleted() throws {
        let dir = try TemporaryDirectory("foreign")
        let worker = try FakeWorker.command(in: dir.url)
        let input = try FakeWorker.input(Self.parsed("Örnek Belediyesi"), named: "a.pdf", in: dir.url)
        let out = dir.path("dataset")
        #expect(try PerfprogBinary.run(["build", input.path, "--out", out.path, "--worker", worker.executable.path]).status == 0)
        let notes = out.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: notes)
        let run = try PerfprogBinary.run(["build", input.path, "--out", out.path, "--worker", worker.executable.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("holds notes.txt, which perfprog did not write"), "\(run.stderr)")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "mine")
    }
}
