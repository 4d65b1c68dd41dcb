import Testing
import PageLayout
@testable import Extraction

/// Pages whose boxes do not start at 0,0: an InDesign export with bleed (a MediaBox larger than
/// the page, its CropBox inside it), pages cropped or moved by a merge. Words and rules are
/// read in the shown page's own coordinates, from its top-left corner, alike.
@Suite struct PageBoxTests {
    /// A line of text over a rule, 10 pt under its baseline, at (100, 700) in PDF space.
    static let content = "BT /F1 10 Tf 100 700 Td (Toplam 1.200.000) Tj ET\n0.5 w 100 690 m 400 690 l S\n"

    func read(_ name: String, mediaBox: String = "0 0 595 842", page: String = "") throws -> Page {
        let pdf = try ContentStreamPDF(name: name, content: Self.content, mediaBox: mediaBox, page: page)
        return try DocumentReader(path: pdf.path).page(1)
    }

    @Test func cropBoxAndMediaBoxOffTheOrigin() throws {
        let plain = try read("box-plain")
        // A CropBox inside the MediaBox (bleed), and a MediaBox starting below and left of 0,0.
        let cropped = try read("box-crop", page: "/CropBox [50 40 545 802]")
        let moved = try read("box-moved", mediaBox: "-100 -50 495 792")
        for (page, dx, dy, width, height) in [(cropped, 50.0, 842.0 - 802, 495.0, 762.0), (moved, -100.0, 842.0 - 792, 595.0, 842.0)] {
            #expect(page.width == width && page.height == height)
            let word = try #require(page.words.first { $0.text == "Toplam" })
            let before = try #require(plain.words.first { $0.text == "Toplam" })
            #expect(abs(word.box.x0 - (before.box.x0 - dx)) < 0.01 && abs(word.box.y0 - (before.box.y0 - dy)) < 0.01, "\(word.box)")
            let rule = try #require(page.rulings.first { $0.axis == .horizontal })
            let plainRule = try #require(plain.rulings.first { $0.axis == .horizontal })
            #expect(abs(rule.position - (plainRule.position - dy)) < 0.01 && abs(rule.start - (plainRule.start - dx)) < 0.01, "\(rule)")
            // The rule stays under the word, as printed.
            #expect(rule.position > word.box.y1)
        }
    }
}
