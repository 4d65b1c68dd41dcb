@testable import Diff
import Foundation
import Testing

/// The HTML page in a real browser: Debian's headless Chromium loads it, and we inspect the
/// DOM it built and a screenshot of what it drew.
@Suite struct HTMLBrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The report's HTML page in a fresh folder of its own (the caller removes the folder).
    static func write(_ report: DiffReport) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("diff.html")
        try Data(HTMLDiffRenderer.render(report).utf8).write(to: page)
        return page
    }

    static func browser(_ arguments: [String]) throws -> ExternalProcess {
        try ExternalProcess.run(chromium ?? "", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                 "--no-first-run", "--window-size=1200,1600"] + arguments)
    }

    @Test(.enabled(if: chromium != nil, "needs Debian chromium (apt-get install chromium)"))
    func chromiumLoadsAndDrawsThePage() throws {
        let report = try RendererTests.report()
        let page = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }

        // The DOM the browser built: both charts with one bar per row, every change row.
        let dom = try Self.browser(["--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("id=\"chart-goals\""))
        #expect(dom.stdout.contains("id=\"chart-codes\""))
        #expect(dom.stdout.components(separatedBy: "<rect ").count - 1 == report.goalGroups.count + report.amountsByCode.count)
        #expect(dom.stdout.components(separatedBy: "<tr class=\"change").count - 1 == report.changes.count)
    }

    /// A laptop (1400 px) and a narrow window (700 px): nothing scrolls sideways (the
    /// document no wider than the window, no table or chart past its right edge), no chart
    /// label cut at the SVG's edge; screenshots of both in .build/test-output/.
    @Test(.enabled(if: chromium != nil, "needs Debian chromium (apt-get install chromium)"))
    func readableAtALaptopsWidthAndInANarrowWindow() throws {
        let report = try RendererTests.report()
        let page = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let layouts = try #require(try ReportBrowser.look(at: page, named: "diff-report", expecting: "id=\"chart-goals\""))
        #expect(layouts.count == 2)
        for layout in layouts {
            #expect(layout.viewport <= layout.screenshotSize?.first ?? 0)
            #expect(layout.scrollWidth <= layout.viewport, "scrolls sideways at \(layout.viewport) px")
            #expect(layout.overflowing.isEmpty, "\(layout.overflowing)")
            #expect(layout.clippedLabels.isEmpty, "\(layout.clippedLabels)")
        }
    }
}
