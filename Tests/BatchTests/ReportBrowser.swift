import Foundation
import Testing

/// A page in Debian's headless Chromium: the DOM it built and screenshots at a laptop's
/// width (1400 px) and a narrow window (700 px), kept under .build/test-output/ and named
/// in the test log. Without chromium it says so and checks nothing.
enum ReportBrowser {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let outputDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/test-output")

    static func look(at page: URL, named name: String) throws {
        guard let chromium else {
            print("\(name): chromium is not installed (apt-get install chromium; scripts/test installs it as root): not looked at in a browser")
            return
        }
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let dom = try runTool(URL(fileURLWithPath: chromium), flags(width: 1400) + ["--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        #expect(dom.output.contains("<h1>Build report</h1>"))
        for width in [1400, 700] {
            let shot = outputDirectory.appendingPathComponent("\(name)-\(width).png")
            try? FileManager.default.removeItem(at: shot)
            let run = try runTool(URL(fileURLWithPath: chromium), flags(width: width) + ["--screenshot=\(shot.path)", page.absoluteString])
            #expect(run.status == 0, "\(run.output)")
            let png = try Data(contentsOf: shot)
            let size = pngSize(png)
            #expect(size?.0 == width)
            print("\(name): screenshot \(shot.path) (\(size.map { "\($0.0) × \($0.1) px" } ?? "?"), \(png.count) bytes)")
        }
    }

    static func flags(width: Int) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--window-size=\(width),1800"]
    }

    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }
}
