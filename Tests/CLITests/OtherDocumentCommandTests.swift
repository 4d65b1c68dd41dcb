import Foundation
import Testing

/// `perfprog extract` given documents filed beside a program (an activity report, a budget, a
/// council decision, a strategic plan; Tests/RecognitionTests/Fixtures/other-documents): one
/// line each naming the file and what it appears to be, exit 1, and the program among them
/// still written.
@Suite struct OtherDocumentCommandTests {
    static func document(_ name: String) -> String {
        PerfprogBinary.packageRoot.appendingPathComponent("Tests/RecognitionTests/Fixtures/other-documents/\(name).pdf").path
    }

    @Test func extractRefusesEachWithOneLineAndWritesTheProgram() throws {
        let refused = [("activity-report-2024-cover", "an activity report (Faaliyet Raporu)"),
                       ("budget-2025-decree", "a budget (Bütçe)"),
                       ("council-decision-2024-goals", "a council decision (Meclis Kararı)"),
                       ("strategic-plan-2024-2028", "a strategic plan (Stratejik Plan)")]
        // A program printed by Chromium (the first goals of Kayseri 2024): read beside them.
        let program = PerfprogBinary.packageRoot
            .appendingPathComponent("Tests/LayoutVariantTests/Fixtures/chromium/kayseri-k24-grid-portrait-serif-9pt.pdf").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-other-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try PerfprogBinary.run(["extract"] + refused.map { Self.document($0.0) } + [program, "--out", out.path, "--quiet"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == refused.count, "\(r.stderr)")
        for (name, kind) in refused {
            let path = Self.document(name)
            #expect(lines.contains { $0.hasPrefix("perfprog extract: \(path): appears to be \(kind), not a performance program: it names itself so on page 1 ('") },
                    "\(name): \(r.stderr)")
        }
        let programs = try String(contentsOf: out.appendingPathComponent("programs.csv"), encoding: .utf8)
        #expect(programs.split(separator: "\n").count == 2, "\(programs)")
        #expect(programs.contains("kayseri-buyuksehir-belediyesi-2024"))
    }
}
