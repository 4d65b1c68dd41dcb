import Foundation
import Testing

/// A page in Debian's headless Chromium: the DOM it built, its layout measured at a
/// laptop's width (1400 px) and a narrow window (700 px), and screenshots at both, kept
/// under .build/test-output/ and named in the test log. Without chromium it says so and
/// checks nothing. Shared by BatchTests (report.html) and DiffTests (the diff's HTML; the
/// file there is a link to this one).
enum ReportBrowser {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let outputDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/test-output")

    static let widths = [1400, 700]

    /// What the browser laid out at one window width.
    struct Layout: Decodable {
        /// The window's inner width and the document's scroll width (wider: it scrolls sideways).
        var viewport: Int
        var scrollWidth: Int
        /// Elements that scroll sideways inside, or reach past the window's right edge.
        var overflowing: [String]
        /// SVG text reaching outside its SVG's viewBox (cut off where it is drawn).
        var clippedLabels: [String]
        /// Screenshot: its path, pixel size and bytes.
        var screenshot: String?
        var screenshotSize: [Int]?
        var screenshotBytes: Int?
    }

    /// The page's layout at each of `widths`, with a screenshot of each. `expecting` must be
    /// in the DOM the browser built. Nil without chromium.
    @discardableResult
    static func look(at page: URL, named name: String, expecting: String = "<h1>Build report</h1>") throws -> [Layout]? {
        guard let chromium else {
            print("\(name): chromium is not installed (apt-get install chromium; scripts/test installs it as root): not looked at in a browser")
            return nil
        }
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        // The page itself has no scripts: a copy with the probe measures it.
        let probed = outputDirectory.appendingPathComponent("\(name)-probe.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        try Data(html.replacingOccurrences(of: "</body>", with: probe + "</body>").utf8).write(to: probed)
        defer { try? FileManager.default.removeItem(at: probed) }
        var layouts: [Layout] = []
        for width in widths {
            let dom = try run(chromium, flags(width: width) + ["--virtual-time-budget=3000", "--dump-dom", probed.absoluteString])
            #expect(dom.status == 0)
            #expect(dom.output.contains(expecting))
            guard let start = dom.output.range(of: "<pre id=\"layout-probe\">"),
                  let end = dom.output.range(of: "</pre>", range: start.upperBound..<dom.output.endIndex) else {
                Issue.record("\(name): the layout probe did not run at \(width) px")
                continue
            }
            let json = String(dom.output[start.upperBound..<end.lowerBound])
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            var layout = try JSONDecoder().decode(Layout.self, from: Data(json.utf8))

            let shot = outputDirectory.appendingPathComponent("\(name)-\(width).png")
            try? FileManager.default.removeItem(at: shot)
            let drawn = try run(chromium, flags(width: width) + ["--screenshot=\(shot.path)", page.absoluteString])
            #expect(drawn.status == 0, "\(drawn.output)")
            let png = try Data(contentsOf: shot)
            let size = pngSize(png)
            #expect(size?.0 == width)
            layout.screenshot = shot.path
            layout.screenshotSize = size.map { [$0.0, $0.1] }
            layout.screenshotBytes = png.count
            print("\(name) at \(width) px: viewport \(layout.viewport), scroll width \(layout.scrollWidth), "
                  + "\(layout.overflowing.count) overflowing, \(layout.clippedLabels.count) clipped labels; "
                  + "screenshot \(shot.path) (\(size.map { "\($0.0) × \($0.1) px" } ?? "?"), \(png.count) bytes)")
            layouts.append(layout)
        }
        return layouts
    }

    /// Measures after load: the document's scroll width against the window, every element
    /// that scrolls sideways or reaches past the right edge, every SVG text outside its viewBox.
    static let probe = """
    <script>
    window.addEventListener('load', function () {
      var w = window.innerWidth, over = [], clipped = [];
      function name(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : ''); }
      document.querySelectorAll('body *').forEach(function (el) {
        if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') return;
        var s = getComputedStyle(el), r = el.getBoundingClientRect();
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) over.push(name(el) + ' scrolls ' + el.scrollWidth + '>' + el.clientWidth);
        else if (r.width > 0 && r.right > w + 1) over.push(name(el) + ' right ' + Math.round(r.right));
      });
      document.querySelectorAll('svg').forEach(function (svg) {
        var vb = svg.viewBox && svg.viewBox.baseVal;
        if (!vb || !vb.width) return;
        svg.querySelectorAll('text').forEach(function (t) {
          var b = t.getBBox();
          if (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5) clipped.push((svg.id || 'svg') + ': ' + t.textContent.slice(0, 40));
        });
      });
      var m = document.createElement('pre'); m.id = 'layout-probe';
      m.textContent = JSON.stringify({ viewport: w, scrollWidth: document.documentElement.scrollWidth, overflowing: over.slice(0, 30), clippedLabels: clipped.slice(0, 30) });
      document.body.appendChild(m);
    });
    </script>

    """

    static func flags(width: Int) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--window-size=\(width),1800"]
    }

    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    /// Runs a program to the end: its status, stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
