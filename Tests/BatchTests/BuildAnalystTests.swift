@testable import Batch
import Dataset
import Foundation
import Testing

/// What a build tells the analyst: failed checks with their goal, page and amounts;
/// passwords from a file; and nothing of its own left behind after Ctrl-C.
@Suite struct BuildAnalystTests {
    /// A program whose goal 1 total does not add up, stated on page 11.
    static func parsedWithMismatch() -> ParsedProgram {
        let p = SamplePrograms.program()
        let check = CheckResult(programID: p.id, check: "goal_total", subject: Identifiers.goalID(program: p.id, goalNo: 1),
                                expected: "5500000.00", actual: "5400000.00", status: .mismatch, page: 11, detail: "total")
        return ParsedProgram(program: p, checks: [check])
    }

    @Test func failedChecksNameProgramGoalPageAndAmounts() throws {
        let dir = try TemporaryDirectory("failed-checks")
        let input = try FakeWorker.input(Self.parsedWithMismatch(), named: "a.pdf", in: dir.url)
        let worker = try FakeWorker.command(in: dir.url)
        let out = dir.path("dataset")
        let run = try PerfprogBinary.run(["build", input.path, "--out", out.path, "--worker", worker.executable.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("ornek-belediyesi-2024 goal G1 “Hedef 1, \"tırnaklı\" başlık”, page 11: goal_total (total): "
                                    + "stated 5.500.000,00 TL, found 5.400.000,00 TL"), "\(run.stderr)")
        #expect(run.stderr.contains("perfprog check \(out.path)"))
        // The summary's duration in the same Turkish notation as its amounts (`in 1,2 s`).
        #expect(run.stderr.range(of: #"\(1 parsed, 0 unchanged, 0 failed\) in [0-9]+,[0-9] s"#, options: .regularExpression) != nil,
                "\(run.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        let failed = try #require(report.files.first?.checksFailed.first)
        #expect(failed.page == 11)
        #expect(failed.goalID == "ornek-belediyesi-2024/G1")
        #expect(failed.goalTitle == "Hedef 1, \"tırnaklı\" başlık")
        #expect(failed.detail == "total")
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"goal_id\" : \"ornek-belediyesi-2024/G1\""))
    }

    @Test func passwordsComeFromAFileAndReachTheWorker() throws {
        let dir = try TemporaryDirectory("passwords")
        let encrypted = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ExtractionTests/Fixtures/encrypted.pdf")
        let input = dir.path("secret.pdf")
        try FileManager.default.copyItem(at: encrypted, to: input)
        let without = try PerfprogBinary.run(["build", input.path, "--out", dir.path("d1").path, "--no-cache"])
        #expect(without.status == 1)
        #expect(without.stderr.contains("--passwords FILE"), "\(without.stderr)")
        let passwords = dir.path("passwords.txt")
        try Data("# name=password\nsecret.pdf=perfprog\n".utf8).write(to: passwords)
        let with = try PerfprogBinary.run(["build", input.path, "--out", dir.path("d2").path, "--no-cache",
                                           "--passwords", passwords.path])
        // Opened: whatever the document holds, it is no longer refused as encrypted.
        #expect(!with.stderr.contains("encrypted"), "\(with.stderr)")
        let bad = dir.path("bad.txt")
        try Data("no equals sign here\n".utf8).write(to: bad)
        let usage = try PerfprogBinary.run(["build", input.path, "--out", dir.path("d3").path, "--passwords", bad.path])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("bad.txt:1: expected NAME=PASSWORD"))
    }

    @Test func passwordFileFindsByNameOrPath() throws {
        let file = try PasswordFile(text: "a.pdf=x=y\n\n# c\n/in/b.pdf = z \n", path: "p")
        #expect(file.password(for: "/anywhere/a.pdf") == "x=y")
        #expect(file.password(for: "/in/b.pdf") == " z ")
        #expect(file.password(for: "c.pdf") == nil)
    }

    /// A passwords file saved on Windows (CRLF lines, a byte-order mark) gives each file its
    /// password: it was one line, skipped whole behind its first comment, or the first name's
    /// password ran on over every other line.
    @Test func aPasswordFileWithCRLFLinesIsReadByLine() throws {
        let file = try PasswordFile(text: "\u{FEFF}# ours\r\na.pdf=x=y\r\n\r\n/in/b.pdf=z\r\n", path: "p")
        #expect(file.entries == ["a.pdf": "x=y", "/in/b.pdf": "z"])
        let first = try PasswordFile(text: "\u{FEFF}a.pdf=x\r\nb.pdf=y", path: "p")
        #expect(first.entries == ["a.pdf": "x", "b.pdf": "y"])
    }

    @Test func ctrlCLeavesNoLockAndNoWorkDirectory() throws {
        let dir = try TemporaryDirectory("interrupt")
        let input = try FakeWorker.input(command: "hang", named: "a.pdf", in: dir.url)
        let worker = try FakeWorker.command(in: dir.url)
        let cache = dir.path("cache")
        let process = Process()
        process.executableURL = PerfprogBinary.url
        process.arguments = ["build", input.path, "--out", dir.path("dataset").path, "--cache", cache.path,
                             "--worker", worker.executable.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the worker runs (its work directory exists), then press Ctrl-C.
        let lock = dir.path(".dataset.lock")
        var waited = 0
        while waited < 400, !((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).contains(where: { $0.hasPrefix("work-") }) {
            usleep(50_000); waited += 1
        }
        #expect(FileManager.default.fileExists(atPath: lock.path))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: lock.path), "the lock file is left")
        let left = ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasPrefix("work-") }
        #expect(left.isEmpty, "work directories left: \(left)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("dataset").path))
    }

    @Test func aFinishedBuildLeavesNoLockFile() throws {
        let dir = try TemporaryDirectory("lockfile")
        let input = try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: dir.url)
        let worker = try FakeWorker.command(in: dir.url)
        let run = try PerfprogBinary.run(["build", input.path, "--out", dir.path("dataset").path, "--quiet",
                                          "--worker", worker.executable.path])
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.path(".dataset.lock").path))
    }

    @Test func outDashIsRefusedAndMakesNoFolder() throws {
        let dir = try TemporaryDirectory("out-dash")
        let input = try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: dir.url)
        let process = Process()
        process.executableURL = PerfprogBinary.url
        process.arguments = ["build", input.path, "--out", "-"]
        process.currentDirectoryURL = dir.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.path("-").path))
    }
}
