import Batch
import Foundation
import Testing

/// The real pipeline end to end: the two sample PDFs of the repository and an empty
/// `x.pdf`, parsed by real `perfprog extract-worker` processes.
@Suite struct SampleBuildTests {
    static let samples = PerfprogBinary.url.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    @Test func theSamplesArePublishedAndTheEmptyPDFFailsAlone() throws {
        let dir = try TemporaryDirectory("samples")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in ["kayseri-2024.pdf", "balikesir-2024.pdf"] {
            try FileManager.default.copyItem(at: Self.samples.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
        }
        try Data().write(to: inputs.appendingPathComponent("x.pdf"))
        let out = dir.path("dataset")

        let run = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "-j", "2"])

        #expect(run.status == 1, "\(run.stderr)")
        let report = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        #expect(report.programs == ["balikesir-buyuksehir-belediyesi-2024", "kayseri-buyuksehir-belediyesi-2024"])
        #expect(report.files.map(\.status) == [.ok, .ok, .failed])
        #expect(report.files.last?.error?.contains("x.pdf") == true)
        let kayseri = try #require(report.files.first { $0.path.hasSuffix("kayseri-2024.pdf") })
        #expect((kayseri.counts?["goals"] ?? 0) > 0)
        #expect((kayseri.peakMemoryKB ?? 0) > 0)

        // report.html: every file, the failed checks with pictures of their pages (the real
        // renderer), looked at in a real browser at a laptop's width and at half of it.
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let balikesir = try #require(report.files.first { $0.path.hasSuffix("balikesir-2024.pdf") })
        #expect(!balikesir.checksFailed.isEmpty)
        #expect(html.contains("id=\"checks-balikesir-buyuksehir-belediyesi-2024\""))
        #expect(html.components(separatedBy: "<figure id=\"page-balikesir-buyuksehir-belediyesi-2024-").count - 1
                == min(12, Set(balikesir.checksFailed.compactMap(\.page)).count))
        #expect(html.contains("data:image/png;base64,iVBORw0KGgo"))
        // Each failed check's picture outlines the rows printing its stated figure (or, where
        // the figure is not printed as such, the page's tables) and says which.
        let outlines = html.components(separatedBy: "<ol class=\"outlined\">").dropFirst()
            .map { $0.components(separatedBy: "</ol>")[0].components(separatedBy: "<li>").dropFirst().map { $0.replacingOccurrences(of: "</li>", with: "") } }
        let checkFigures = min(12, Set(balikesir.checksFailed.compactMap(\.page)).count)
        #expect(outlines.count >= checkFigures)
        let notes = outlines.flatMap { $0 }
        let byRow = notes.filter { $0.contains("printing the stated") }.count
        let byTable = notes.filter { $0.contains("is not printed as such") }.count
        print("report.html: \(outlines.count) pictures of failed checks, \(notes.count) checks: \(byRow) outline their rows, "
              + "\(byTable) their page's tables, \(notes.count - byRow - byTable) nothing")
        #expect(byRow > 0)
        #expect(byRow + byTable == notes.count)
        if let layouts = try ReportBrowser.look(at: out.appendingPathComponent("report.html"), named: "build-report") {
            #expect(layouts.count == 2)
            for layout in layouts {
                #expect(layout.scrollWidth <= layout.viewport, "scrolls sideways at \(layout.viewport) px")
                #expect(layout.overflowing.isEmpty, "\(layout.overflowing)")
            }
        }

        if let frictionless = executableOnPath("frictionless") {
            let validation = try runTool(frictionless, ["validate", out.appendingPathComponent("datapackage.json").path])
            #expect(validation.status == 0, "\(validation.output)")
        }
    }
}
