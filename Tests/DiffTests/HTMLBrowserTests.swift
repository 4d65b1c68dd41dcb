@testable import Diff
import Foundation
import Testing

/// The HTML page in a real browser: Debian's headless Chromium loads it, and we inspect the
/// DOM it built and a screenshot of what it drew.
@Suite struct HTMLBrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func browser(_ arguments: [String]) throws -> ExternalProcess {
        try ExternalProcess.run(chromium ?? "", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                 "--no-first-run", "--window-size=1200,1600"] + arguments)
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test(.enabled(if: chromium != nil, "needs Debian chromium (apt-get install chromium)"))
    func chromiumLoadsAndDrawsThePage() throws {
        let report = try RendererTests.report()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("diff.html"), blank = dir.appendingPathComponent("blank.html")
        try Data(HTMLDiffRenderer.render(report).utf8).write(to: page)
        try Data("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body></body></html>".utf8).write(to: blank)

        // The DOM the browser built: both charts with one bar per row, every change row.
        let dom = try Self.browser(["--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("id=\"chart-goals\""))
        #expect(dom.stdout.contains("id=\"chart-codes\""))
        #expect(dom.stdout.components(separatedBy: "<rect ").count - 1 == report.goalGroups.count + report.amountsByCode.count)
        #expect(dom.stdout.components(separatedBy: "<tr class=\"change").count - 1 == report.changes.count)

        // What it drew: a screenshot of the window's size, far richer than an empty page's.
        let shot = dir.appendingPathComponent("diff.png"), blankShot = dir.appendingPathComponent("blank.png")
        #expect(try Self.browser(["--screenshot=\(shot.path)", page.absoluteString]).status == 0)
        #expect(try Self.browser(["--screenshot=\(blankShot.path)", blank.absoluteString]).status == 0)
        let png = try Data(contentsOf: shot), blankPNG = try Data(contentsOf: blankShot)
        #expect(Self.pngSize(png).map { [$0.0, $0.1] } == [1200, 1600])
        #expect(png.count > 10 * blankPNG.count)
    }
}
