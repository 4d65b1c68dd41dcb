@testable import Batch
import Dataset
import DatasetIO
import Extraction
import Foundation
import Testing

/// What a nightly build must survive without losing a good dataset: files that fail after
/// a good build, inputs that are not regular files, names that are not UTF-8, and a `--out`
/// that is a symbolic link (issue 13, items 1-4).
@Suite struct BuildSafetyTests {
    typealias Setup = DatasetBuildTests.Setup

    private func entry(_ report: BuildReport, _ name: String) throws -> BuildReport.FileEntry {
        try #require(report.files.first { $0.path.hasSuffix("/" + name) })
    }

    @Test func aFileThatFailsKeepsItsProgramsLastGoodVersion() throws {
        let s = try Setup("keep-failed")
        try FakeWorker.input(SamplePrograms.parsed(administration: "Örnek Belediyesi"), named: "a.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Başka Belediyesi", goals: 3), named: "b.pdf", in: s.inputs)
        _ = try DatasetBuild.run(s.options())
        let goodGoals = try String(contentsOf: s.output.appendingPathComponent("goals.csv"), encoding: .utf8)

        // b.pdf now crashes its worker: its program stays as last published, and says so.
        try FakeWorker.input(command: "crash", named: "b.pdf", in: s.inputs)
        let report = try DatasetBuild.run(s.options())
        #expect(try entry(report, "b.pdf").status == .failed)
        #expect(try entry(report, "b.pdf").keptPrevious == "baska-belediyesi-2024")
        #expect(try entry(report, "b.pdf").note?.contains("previously published version of baska-belediyesi-2024") == true)
        #expect(report.keptPrevious == ["baska-belediyesi-2024"])
        #expect(report.programs == ["baska-belediyesi-2024", "ornek-belediyesi-2024"])
        #expect(try s.programIDs() == ["baska-belediyesi-2024", "ornek-belediyesi-2024"])
        #expect(try String(contentsOf: s.output.appendingPathComponent("goals.csv"), encoding: .utf8) == goodGoals)

        // Failing again the next night still keeps it (the report carries the program on).
        let again = try DatasetBuild.run(s.options())
        #expect(again.keptPrevious == ["baska-belediyesi-2024"])
        #expect(try String(contentsOf: s.output.appendingPathComponent("goals.csv"), encoding: .utf8) == goodGoals)
    }

    @Test func whenEveryFileFailsThePreviousDatasetIsNotReplaced() throws {
        let s = try Setup("keep-all-failed")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        _ = try DatasetBuild.run(s.options())
        let before = try deterministicContents(of: s.output)
        let reportBefore = try Data(contentsOf: s.output.appendingPathComponent("report.json"))

        // Elsewhere (so no file maps to a published program) and every worker times out.
        let moved = s.dir.path("moved")
        try FileManager.default.createDirectory(at: moved, withIntermediateDirectories: true)
        try FakeWorker.input(command: "hang", named: "a.pdf", in: moved)
        var options = s.options(inputs: [moved])
        options.timeout = 0.5
        options.killGrace = 0.5
        let report = try DatasetBuild.run(options)
        #expect(report.filesFailed == 1)
        #expect(report.notPublished?.contains("left as it was") == true)
        #expect(try deterministicContents(of: s.output) == before)
        #expect(try Data(contentsOf: s.output.appendingPathComponent("report.json")) == reportBefore)
    }

    @Test(.timeLimit(.minutes(1)))
    func inputsThatAreNotRegularFilesAreRefusedUpFront() throws {
        let s = try Setup("not-regular")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        #expect(mkfifo(s.inputs.appendingPathComponent("pipe.pdf").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: s.inputs.appendingPathComponent("zero.pdf").path,
                                                   withDestinationPath: "/dev/zero")
        let report = try DatasetBuild.run(s.options())
        #expect(try entry(report, "pipe.pdf").error?.hasSuffix("pipe.pdf: cannot be read: not a regular file (a FIFO)") == true)
        #expect(try entry(report, "zero.pdf").error?.contains("not a regular file (a character device)") == true)
        #expect(try entry(report, "a.pdf").published)
        #expect(try s.programIDs() == ["ornek-belediyesi-2024"])
    }

    @Test func aFileNameThatIsNotUTF8IsBuiltAndShownEscaped() throws {
        let s = try Setup("bytes")
        // "b", 0xFF, "d.pdf": not UTF-8.
        let name = PathName.decode([0x62, 0xFF, 0x64] + Array(".pdf".utf8))
        let path = s.inputs.path + "/" + name
        let data = try JSONEncoder().encode(WorkerResult(parsed: SamplePrograms.parsed(), peakMemoryKB: 1))
        let fd = PathName.withCString(path) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        #expect(fd >= 0)
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)

        let report = try DatasetBuild.run(s.options())
        #expect(report.files.map(\.path) == [s.inputs.path + "/b\\xFFd.pdf"])
        #expect(report.files.first?.status == .ok)
        let rows = CSVCodec.decode(try String(contentsOf: s.output.appendingPathComponent("programs.csv"), encoding: .utf8))
        #expect(rows.dropFirst().map { $0[3] } == ["b\\xFFd.pdf"])
    }

    @Test func anOutputThatIsASymbolicLinkUpdatesAndLocksItsTarget() throws {
        let s = try Setup("out-link")
        try FakeWorker.input(SamplePrograms.parsed(goals: 1), named: "a.pdf", in: s.inputs)
        let target = s.dir.path("real/dataset"), link = s.dir.path("site/dataset")
        _ = try DatasetBuild.run(s.options(output: target))
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)

        try FakeWorker.input(SamplePrograms.parsed(goals: 3), named: "a.pdf", in: s.inputs)
        let report = try DatasetBuild.run(s.options(output: link))
        #expect(report.output == target.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        let goals = CSVCodec.decode(try String(contentsOf: target.appendingPathComponent("goals.csv"), encoding: .utf8))
        #expect(goals.count == 1 + 3)

        // A build of the target holds the lock that a build through the link must meet.
        let held = try BuildLock(for: target)
        #expect {
            try DatasetBuild.run(s.options(output: link))
        } throws: { error in
            if case .busy = error as? BuildError { return true }
            return false
        }
        withExtendedLifetime(held) {}
    }
}
