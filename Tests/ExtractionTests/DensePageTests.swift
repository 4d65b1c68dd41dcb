import Foundation
import Testing
import PageLayout
@testable import Extraction

/// Pages of tens of thousands of tiny glyphs are read in one pass; a page over
/// `PageLimits.maximumGlyphs` is refused by name, and the rest of the document is read.
@Suite struct DensePageTests {
    /// Rows of 25 words "abcdefghi" in 2 pt type, 3 pt apart: 225 glyphs a row.
    static let wordsPerRow = 25

    func denseRows(_ rows: Int, on pdf: GeneratedPDF) {
        let row = String(repeating: "abcdefghi ", count: Self.wordsPerRow)
        for r in 0..<rows { pdf.text(row, x: 40, y: 40 + 3 * Double(r), size: 2) }
    }

    /// 100 rows of 60 words in 6 pt type on a 2,400 pt wide page: 54,000 glyphs.
    /// (Not in tiny type: poppler itself keeps at most 50,000 glyphs advancing less than
    /// 3 pt on a page.)
    func overLimitRows(on pdf: GeneratedPDF) {
        let row = String(repeating: "abcdefghi ", count: 60)
        for r in 0..<100 { pdf.text(row, x: 20, y: 40 + 7 * Double(r), size: 6) }
    }

    @Test(arguments: [90, 180])
    func denseTinyGlyphPageIsBuiltIntoWords(rows: Int) throws {
        let pdf = GeneratedPDF(name: "dense-\(rows)")
        denseRows(rows, on: pdf)
        let reader = try DocumentReader(path: pdf.finish(), readsRulings: false)
        let page = try reader.page(1)
        // 90 rows: 20,250 glyphs; 180 rows: 40,500 (and 45,000 blanks between them).
        #expect(page.refusedGlyphs == 0)
        #expect(page.words.count == rows * Self.wordsPerRow)
        #expect(Set(page.words.map(\.text)) == ["abcdefghi"])
        #expect(page.lines.count == rows)
        #expect(page.lines.allSatisfy { $0.words.count == Self.wordsPerRow })
        // poppler's own messages come from one process-wide log that readers of concurrent
        // tests (damaged fixtures) write to: only this reader's own findings count here.
        #expect(reader.diagnostics.filter { !$0.contains(": poppler: ") }.isEmpty, "\(reader.diagnostics)")
    }

    @Test func pageOverTheLimitIsRefusedByNameAndTheRestIsRead() throws {
        let pdf = GeneratedPDF(name: "over-limit", width: 2400, height: 842)
        pdf.text("Performans Programı", x: 72, y: 72)
        pdf.nextPage()
        overLimitRows(on: pdf)
        let path = pdf.finish()
        let reader = try DocumentReader(path: path, readsRulings: false)
        let pages = try reader.allPages()
        #expect(pages.map(\.words.count) == [2, 0])
        #expect(pages[1].refusedGlyphs > PageLimits.maximumGlyphs)
        #expect(pages[1].lines.count == 0)
        #expect(reader.diagnostics.contains { $0.hasPrefix("\(path): page 2 refused: ") && $0.contains("more than the 50000") },
                "\(reader.diagnostics)")
        #expect(!reader.diagnostics.contains { $0.contains("page 1") })
    }

    @Test func documentWhoseOnlyTextIsRefusedFailsNamingThePage() throws {
        let pdf = GeneratedPDF(name: "only-refused")
        denseRows(90, on: pdf)
        let path = pdf.finish()
        let reader = try DocumentReader(path: path, readsRulings: false)
        reader.glyphLimit = 10_000
        #expect(throws: ExtractionError.tooManyGlyphs(path: path, pages: [1], limit: 10_000)) {
            try reader.allPages()
        }
        #expect(ExtractionError.tooManyGlyphs(path: path, pages: [1], limit: 10_000).description
                == "\(path): page 1 refused: more than 10000 glyphs on a page (generated or hostile content?)")
    }
}
