import Foundation
import Testing

/// Golden text files in Fixtures/. With PERFPROG_RECORD=1 the test writes what it produced
/// into the source tree's Fixtures/ instead of comparing, and fails so that a recording run
/// is never mistaken for a passing one.
enum GoldenFile {
    static let sourceFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var recording: Bool { ProcessInfo.processInfo.environment["PERFPROG_RECORD"] == "1" }

    static func check(_ produced: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(at: sourceFixtures, withIntermediateDirectories: true)
            try Data(produced.utf8).write(to: sourceFixtures.appendingPathComponent(name))
            Issue.record("re-recorded Fixtures/\(name) (PERFPROG_RECORD=1): check the diff and run again without it", sourceLocation: sourceLocation)
            return
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil),
                               "no golden file Fixtures/\(name) (record it with PERFPROG_RECORD=1)", sourceLocation: sourceLocation)
        let golden = try String(contentsOf: url, encoding: .utf8)
        if produced != golden {
            let producedLines = produced.split(separator: "\n", omittingEmptySubsequences: false)
            let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(producedLines, goldenLines).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = first.map { "line \($0.offset + 1):\n  golden:   \($0.element.1)\n  produced: \($0.element.0)" }
                ?? "line counts differ: golden \(goldenLines.count), produced \(producedLines.count)"
            Issue.record("Fixtures/\(name) differs at \(where_)", sourceLocation: sourceLocation)
        }
    }
}
