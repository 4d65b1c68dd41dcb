@testable import Batch
import Foundation
import Testing

/// Hostile PDFs made from the samples (scripts/make-fuzz-corpus: byte flips, truncations,
/// broken xref, object loops, Flate bombs, glyph and object floods, broken fonts), built
/// as a nightly build would: no crash, no hang, and every file within its bounds — at most
/// `timeout` seconds and `memoryMB` of memory — with a program or a one-line error that
/// names it.
@Suite struct FuzzCorpusTests {
    static let timeout = 30.0
    static let memoryMB = 192
    /// Two of each kind: a few dozen seconds of workers.
    static let count = 18

    @Test(.enabled(if: executableOnPath("python3") != nil, "python3 is not installed"))
    func everyHostileFileEndsWithinItsBoundsWithAProgramOrOneLine() throws {
        let dir = try TemporaryDirectory("fuzz")
        let corpus = dir.path("corpus")
        try FuzzCorpus.make(in: corpus, count: Self.count, bombMB: 300)
        let r = try PerfprogBinary.run(["build", corpus.path, "--out", dir.path("ds").path, "-j", "2", "--no-cache",
                                        "--timeout", String(Self.timeout), "--memory-limit", String(Self.memoryMB),
                                        "--quiet"])
        #expect(r.status == 0 || r.status == 1, "\(r.status): \(r.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: dir.path("ds/report.json")))
        #expect(report.files.count == Self.count)
        var outcomes: [String: Int] = [:]
        for file in report.files {
            #expect(file.durationSeconds <= Self.timeout + 5, "\(file.path): \(file.durationSeconds) s")
            if let peak = file.peakMemoryKB { #expect(peak <= Self.memoryMB * 1024, "\(file.path): \(peak) kB") }
            guard file.status == .failed else { outcomes["ok", default: 0] += 1; continue }
            let error = try #require(file.error)
            #expect(error.hasPrefix(file.path + ": "), "\(error)")
            #expect(!error.contains("\n"), "\(error)")
            // A crash is a defect; a limit reached is the bound doing its job.
            #expect(!error.contains("worker killed by") && !error.contains("worker exited"), "\(error)")
            let reason = error.dropFirst(file.path.count + 2).prefix(24)
            outcomes[String(reason), default: 0] += 1
        }
        if ProcessInfo.processInfo.environment["PERFPROG_SHOW_FUZZ"] != nil { print("fuzz outcomes:", outcomes) }
    }
}
