import Dataset
import Foundation
import Pipeline
import Recognition
import Testing

/// One printed variant read back with the real pipeline and compared fact by fact with what it
/// prints: the matrix (cairo) and the producer variants (Chromium) share it, so both print the
/// same score line (`scripts/matrix-scores` reads it) and hold their known issues alike.
enum ReadBack {
    /// Reads `path`, prints "`kind` variant NAME | matched/total | extra | verdict" and the first
    /// lines of the comparison (MATRIX_LINES=N for more, 12 by default), then expects an exact
    /// reading, or records the variant's known issue while it still fails.
    /// `allRead`: the variant prints only what the reader knows, so nothing may be stated
    /// left unread (an unknown column, amounts outside any table) even where the facts match,
    /// except exactly what `expectedUnread` says it must state (each at least once).
    static func expectExact(_ expected: Program, readFrom path: String, kind: String, name: String,
                            knownIssue: Comment?, allRead: Bool = false, expectedUnread: [ExpectedUnread] = []) {
        var failure = ""
        var extracted: Program?
        var unread: [String] = []
        do {
            let result = try ProgramExtractor.extract(path: path)
            extracted = result.program
            unread = result.diagnostics.filter(LeftUnread.isUnread)
        } catch {
            failure = error.description
        }
        let comparison = FactComparison(gold: ProgramFacts(expected), extracted: extracted.map { ProgramFacts($0) } ?? ProgramFacts())
        // A refusal names the scratch file first: its reason alone is what a known issue records.
        let reason = failure.range(of: ".pdf: ").map { String(failure[$0.upperBound...]) } ?? failure
        let verdict = failure.isEmpty && comparison.isExact ? "exact" : failure.isEmpty ? comparison.summary : "refused: \(reason)"
        print("\(kind) variant \(name) | \(comparison.matched)/\(comparison.total) | \(comparison.extra.count) extra | \(verdict)")
        if !comparison.isExact {
            let lines = Int(ProcessInfo.processInfo.environment["MATRIX_LINES"] ?? "") ?? 12
            print(comparison.description.split(separator: "\n").prefix(lines).joined(separator: "\n"))
        }

        #expect(comparison.total > 0)
        if let knownIssue {
            withKnownIssue(knownIssue) {
                #expect(failure.isEmpty && comparison.isExact, "\(name): \(verdict)")
            }
            // A known issue records how the variant fails: reading worse, or otherwise, is a
            // change to look at (and to record afresh), not one more pass.
            if verdict != "exact" { #expect(verdict == knownIssue.rawValue, "\(name): the known issue changed") }
        } else {
            #expect(failure.isEmpty, "\(name): \(failure)")
            #expect(comparison.isExact, "\(name): \(comparison)")
            if allRead {
                let unexpected = unread.filter { note in !expectedUnread.contains { $0.isStated(by: note) } }
                #expect(unexpected.isEmpty, "\(name): \(unexpected)")
                for table in expectedUnread {
                    #expect(unread.contains { table.isStated(by: $0) }, "\(name): nothing stated unread on pages \(table.pages): \(unread)")
                }
            }
        }
    }
}
