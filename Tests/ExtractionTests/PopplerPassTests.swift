import CPoppler
import Foundation
import Testing
@testable import Extraction

/// The one-pass shim gives each page's text exactly as poppler-glib does (the words
/// perfprog builds are those it built from poppler-glib's text pass): the same text, one
/// box per character in the same place, the same font runs.
@Suite struct PopplerPassTests {
    @Test(arguments: [TestFiles.kayseri, TestFiles.balikesir])
    func textIsPopplerGlibText(path: String) throws {
        let pass = try PopplerPass(path: path, password: nil)
        let uri = URL(fileURLWithPath: path).absoluteString
        let glib = try #require(poppler_document_new_from_file(uri, nil, nil))
        defer { g_object_unref(UnsafeMutableRawPointer(glib)) }
        #expect(pass.pageCount == Int(poppler_document_get_n_pages(glib)))
        #expect(pass.info.title == PopplerDocument.take(poppler_document_get_title(glib)))
        // Every fourth page: the pages of both kinds (prose, tables) without the cost of all.
        for index in stride(from: 0, to: pass.pageCount, by: 4) {
            let page = try #require(poppler_document_get_page(glib, Int32(index)))
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let text = String(cString: poppler_page_get_text(page))
            var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
            var count: guint = 0
            _ = poppler_page_get_text_layout(page, &rects, &count)
            defer { g_free(rects) }
            let glibBoxes = (0..<Int(count)).map { [rects![$0].x1, rects![$0].y1, rects![$0].x2, rects![$0].y2] }
            let glibRuns = Self.runs(of: page)
            var w = 0.0, h = 0.0
            poppler_page_get_size(page, &w, &h)

            let same = pass.withPage(index, fonts: true, rulings: false, glyphLimit: PageLimits.maximumGlyphs) { p in
                p.text == text && p.width == w && p.height == h
                    && p.boxes.map { [$0.x1, $0.y1, $0.x2, $0.y2] } == glibBoxes
                    && p.fontRuns.map { "\($0.start)-\($0.end) \($0.fontSize) \($0.isBold)" } == glibRuns
            }
            #expect(same == true, "page \(index + 1) of \(path)")
        }
    }

    /// The pieces of a line the shim writes itself (left-to-right letters, dashes, quotes,
    /// bullets on a page read left to right) and those it leaves to poppler (right-to-left
    /// letters, other signs, a page read right to left) come out as poppler-glib writes them.
    @Test func textInEitherDirectionIsPopplerGlibText() throws {
        let pdf = GeneratedPDF(name: "directions")
        pdf.text("Güneş – “açık” • ‘İl’ … ₺5 x² ﬁrma", x: 50, y: 100)
        pdf.text("abc שלום עולם 123 def", x: 50, y: 130)
        pdf.nextPage()
        pdf.text("שלום עולם מה שלומך", x: 50, y: 100)
        pdf.text("עולם abc – 12", x: 50, y: 130)
        let path = pdf.finish()
        let pass = try PopplerPass(path: path, password: nil)
        let glib = try #require(poppler_document_new_from_file(URL(fileURLWithPath: path).absoluteString, nil, nil))
        defer { g_object_unref(UnsafeMutableRawPointer(glib)) }
        for index in 0..<2 {
            let page = try #require(poppler_document_get_page(glib, Int32(index)))
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let text = String(cString: poppler_page_get_text(page))
            // (poppler selects no text at all on a page it reads right to left.)
            if index == 0 { #expect(text.unicodeScalars.contains { (0x5D0...0x5EA).contains($0.value) }) }
            let shim = pass.withPage(index, fonts: true, rulings: false, glyphLimit: PageLimits.maximumGlyphs) { $0.text }
            #expect(shim == text, "page \(index + 1)")
        }
    }

    @Test func glyphFloodIsRefusedBeforeLayout() throws {
        let path = TestFiles.kayseri
        let pass = try PopplerPass(path: path, password: nil)
        let refused = pass.withPage(2, fonts: true, rulings: true, glyphLimit: 100) { $0.refusedGlyphs }
        let glyphs = try #require(refused ?? nil)
        #expect(glyphs > 100)
        #expect(pass.withPage(2, fonts: true, rulings: true, glyphLimit: 100) { $0.boxes.count } == 0)
    }

    private static func runs(of page: OpaquePointer) -> [String] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var out: [String] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let n = node {
            let a = n.pointee.data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
            let bold = a.font_name.map { FontRun.isBold(fontName: String(cString: $0)) } ?? false
            out.append("\(a.start_index)-\(a.end_index) \(a.font_size) \(bold)")
            node = n.pointee.next
        }
        return out
    }
}
