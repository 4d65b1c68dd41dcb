@testable import Batch
import Foundation
import Testing

/// A worker never outlives its build, and never costs more than its memory ceiling
/// (issue 13, items 5 and 6).
@Suite struct WorkerBoundsTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/balikesir-2024.pdf")

    /// The build already gone before the worker even starts (the start-up race): the
    /// worker sees the pipe's end at once and stops without parsing (status 75, no result).
    @Test func aWorkerWhoseBuildDiedBeforeItStartedStopsAtOnce() throws {
        let dir = try TemporaryDirectory("orphan")
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        close(ends[1])
        defer { close(ends[0]) }
        let process = Process()
        process.executableURL = PerfprogBinary.url
        process.arguments = ["extract-worker", Self.sample.path, "--result", dir.path("r.json").path]
        var environment = ProcessInfo.processInfo.environment
        environment[ParentWatch.environmentKey] = "0"
        process.environment = environment
        process.standardInput = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == ParentWatch.ExitCode.parentGone)
        #expect(!FileManager.default.fileExists(atPath: dir.path("r.json").path))
    }

    /// `perfprog build` SIGKILLed within milliseconds of starting its workers, again and
    /// again: no worker is left running once the kernel has closed the build's pipe.
    @Test func noWorkerOutlivesABuildKilledDuringStartUp() throws {
        let dir = try TemporaryDirectory("orphans")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for i in 0..<4 { try FileManager.default.copyItem(at: Self.sample, to: inputs.appendingPathComponent("s\(i).pdf")) }
        for attempt in 0..<8 {
            let process = Process()
            process.executableURL = PerfprogBinary.url
            process.arguments = ["build", inputs.path, "--out", dir.path("out\(attempt)/ds").path, "--no-cache", "-j", "2",
                                 "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Past hashing, around the first workers' start.
            Thread.sleep(forTimeInterval: 0.02 + Double(attempt) * 0.015)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // A worker notices at once; allow for a loaded machine.
        var survivors: [String] = []
        for _ in 0..<40 {
            survivors = Self.processes(mentioning: inputs.path)
            if survivors.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(survivors.isEmpty, "still running: \(survivors)")
    }

    /// A Flate stream that expands to one path of hundreds of MB: the worker stops at its
    /// ceiling, and the file fails alone with one line saying so.
    @Test(.enabled(if: executableOnPath("python3") != nil, "python3 is not installed"))
    func aFlateBombStopsAtTheMemoryCeilingAndFailsAlone() throws {
        let dir = try TemporaryDirectory("bomb")
        let corpus = dir.path("corpus")
        try FuzzCorpus.make(in: corpus, count: 5, bombMB: 300)
        let bomb = corpus.appendingPathComponent("bomb-path-004.pdf")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: bomb, to: inputs.appendingPathComponent("bomb.pdf"))
        try FileManager.default.copyItem(at: Self.sample, to: inputs.appendingPathComponent("good.pdf"))
        let r = try PerfprogBinary.run(["build", inputs.path, "--out", dir.path("ds").path, "-j", "2",
                                        "--memory-limit", "160", "--timeout", "60"])
        #expect(r.status == 1)
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: dir.path("ds/report.json")))
        let failed = try #require(report.files.first { $0.path.hasSuffix("/bomb.pdf") })
        #expect(failed.error == inputs.path + "/bomb.pdf: stopped: over the memory limit of 160 MB (hostile or damaged content?)")
        #expect(report.files.first { $0.path.hasSuffix("/good.pdf") }?.published == true)

        // extract, which has no worker, stops the same way, with one line.
        let e = try PerfprogBinary.run(["extract", bomb.path, "--out", dir.path("ex").path, "--quiet"])
        #expect(e.status == 4, "no table written")
        #expect(e.stderr == "perfprog extract: \(bomb.path): stopped: over the memory limit of 512 MB (hostile or damaged content?)\n")
    }

    /// Processes whose command line mentions `text`.
    static func processes(mentioning text: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.filter { $0.allSatisfy(\.isNumber) }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return line.contains(text) ? "\(pid): \(line)" : nil
        }
    }
}

/// The hostile corpus of `scripts/make-fuzz-corpus`, written at test time.
enum FuzzCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func make(in directory: URL, count: Int, bombMB: Int = 400, pages: Int = 0, seed: Int = 13) throws {
        let python = try #require(executableOnPath("python3"))
        let (status, output) = try runTool(python, [root.appendingPathComponent("scripts/make-fuzz-corpus").path,
                                                    directory.path, "--count", String(count), "--bomb-mb", String(bombMB),
                                                    "--pages", String(pages), "--seed", String(seed)])
        #expect(status == 0, "make-fuzz-corpus: \(output)")
    }
}
