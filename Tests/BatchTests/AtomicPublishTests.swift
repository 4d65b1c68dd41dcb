import Foundation
import Testing

/// A build killed at any moment leaves the previous dataset whole: the real executable is
/// started on a new version of the inputs and SIGKILLed at random points, and the dataset
/// directory must then hold exactly the old dataset or exactly the new one.
@Suite struct AtomicPublishTests {
    /// Enough kills to land in hashing, parsing, writing and swapping.
    static let attempts = 12

    @Test func aBuildKilledAtRandomMomentsLeavesAWholeDataset() throws {
        let dir = try TemporaryDirectory("atomic")
        let worker = try FakeWorker.command(in: dir.url).executable.path
        let old = dir.path("old"), new = dir.path("new")
        for folder in [old, new] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for i in 0..<3 {
            try FakeWorker.input(SamplePrograms.parsed(administration: "Belediye \(i)"), named: "p\(i).pdf", in: old)
        }
        for i in 0..<6 {
            try FakeWorker.input(SamplePrograms.parsed(administration: "Belediye \(i)", goals: 3), named: "p\(i).pdf",
                                 in: new, delay: 0.05)
        }
        let dataset = dir.path("site/dataset")
        func build(_ input: URL, into out: URL) throws -> PerfprogBinary.Run {
            try PerfprogBinary.run(["build", input.path, "--out", out.path, "--no-cache", "-j", "2", "--quiet",
                                    "--worker", worker])
        }

        // The two whole datasets the directory may hold, and how long the new build takes:
        // kills fall anywhere from the start to just past its end.
        let clock = ContinuousClock()
        let started = clock.now
        #expect(try build(new, into: dir.path("reference/dataset")).status == 0)
        let took = clock.now - started
        let window = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        let newContents = try deterministicContents(of: dir.path("reference/dataset"))
        #expect(try build(old, into: dataset).status == 0)
        let oldContents = try deterministicContents(of: dataset)
        #expect(oldContents != newContents)

        var outcomes: [String] = []
        for attempt in 0..<Self.attempts {
            if attempt > 0 { #expect(try build(old, into: dataset).status == 0) }
            let delay = Double.random(in: 0...(window * 1.3))
            let process = Process()
            process.executableURL = PerfprogBinary.url
            process.arguments = ["build", new.path, "--out", dataset.path, "--no-cache", "-j", "2", "--quiet",
                                 "--worker", worker]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let contents = try deterministicContents(of: dataset)
            let which = contents == oldContents ? "old" : contents == newContents ? "new" : "MIXED"
            outcomes.append(String(format: "%.3fs→%@", delay, which))
            #expect(which != "MIXED", "killed after \(delay) s, the dataset is neither the old nor the new one")
            #expect(FileManager.default.fileExists(atPath: dataset.appendingPathComponent("report.json").path))
        }

        // The next build cleans up after the killed ones and publishes.
        #expect(try build(new, into: dataset).status == 0)
        #expect(try deterministicContents(of: dataset) == newContents)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dataset.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("dataset.") }
        #expect(leftovers.isEmpty, "left beside the dataset: \(leftovers); kills: \(outcomes)")
        if ProcessInfo.processInfo.environment["PERFPROG_SHOW_KILLS"] != nil { print("kills:", outcomes) }
    }
}
