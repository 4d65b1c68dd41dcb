import Foundation
import Inspection
import Testing

@Suite struct PageImageTests {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// A page with its drawing is well above this; a blank or failed picture is far below.
    static let minimumBytes = 10_000

    /// Width and height from the PNG's IHDR chunk (big-endian, right after the signature
    /// and the chunk's length and type).
    static func dimensions(_ png: [UInt8]) -> (Int, Int)? {
        guard png.count >= 24, Array(png[12..<16]) == Array("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    static func render(_ document: String, page: Int, scale: Double) throws -> (png: [UInt8], width: Double, height: Double) {
        let inspection = try SampleInspections.inspection(document)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-inspect-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: out) }
        try inspection.writePNG(page: page, scale: scale, to: out.path)
        let p = try inspection.page(page)
        return (Array(try Data(contentsOf: out)), p.width, p.height)
    }

    @Test func aPageIsDrawnAtItsSizeTimesTheScale() throws {
        let scale = 1.5
        let (png, width, height) = try Self.render("kayseri", page: 36, scale: scale)
        #expect(png.count > Self.minimumBytes)
        #expect(Array(png.prefix(8)) == Self.pngSignature)
        let size = try #require(Self.dimensions(png))
        #expect(size.0 == Int((width * scale).rounded()) && size.1 == Int((height * scale).rounded()))
        #expect(size == (893, 1263))
    }

    @Test func aLandscapePageStaysLandscape() throws {
        let (png, _, _) = try Self.render("balikesir", page: 21, scale: 1)
        let size = try #require(Self.dimensions(png))
        #expect(size == (842, 595))
    }
}
