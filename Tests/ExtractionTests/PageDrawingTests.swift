import Foundation
import PageLayout
import Testing
@testable import Extraction

/// Rulings and shaded boxes as the page's rendering draws them (PDFs written from raw
/// content streams; PDF user space has its origin at the bottom left, the page's rulings
/// at the top left: y = 842 − y).
@Suite struct PageDrawingTests {
    static func page(_ name: String, _ content: String, resources: String = "", objects: [String] = []) throws -> Page {
        let pdf = try ContentStreamPDF(name: name, content: content, resources: resources, objects: objects)
        return try DocumentReader(path: pdf.path).page(1)
    }

    static func horizontal(_ page: Page, at y: Double) -> Ruling? {
        page.rulings.first { $0.axis == .horizontal && abs($0.position - y) < 0.01 }
    }

    /// Hairlines are one device pixel wide and aligned to pixel centres (stroke
    /// adjustment); a stroked rectangle is its four sides.
    @Test func hairlinesAreAlignedToPixelCentres() throws {
        let page = try Self.page("hairlines", "0.5 w 50 700 m 500 700 l S 50 300 400 200 re S")
        #expect(Self.horizontal(page, at: 142.5).map { [$0.start, $0.end] } == [50.5, 500.5])
        #expect(Self.horizontal(page, at: 342.5) != nil && Self.horizontal(page, at: 542.5) != nil)
        #expect(page.rulings.filter { $0.axis == .vertical }.map(\.position).sorted() == [50.5, 450.5])
    }

    /// A thin fill is a rule, a larger one a shaded box with its grey, a white one nothing.
    @Test func fillsAreRulesOrShadedBoxes() throws {
        let page = try Self.page("fills", "0.5 g 50 700 400 1 re f 0.8 g 50 600 400 50 re f 1 g 50 500 400 50 re f")
        #expect(Self.horizontal(page, at: 141.5).map { [$0.start, $0.end] } == [50, 450])
        #expect(page.shadedBoxes.map(\.box) == [Rect(x0: 50, y0: 192, x1: 450, y1: 242)])
        #expect(abs((page.shadedBoxes.first?.grey ?? 0) - 0.8) < 0.001)
    }

    /// A fill that covers the page is its background (cairo paints it): no shaded box.
    @Test func aFillCoveringThePageIsNoShading() throws {
        let page = try Self.page("background", "0.8 g -10 -10 700 900 re f 0.5 g 50 700 400 1 re f")
        #expect(page.shadedBoxes.isEmpty)
        #expect(Self.horizontal(page, at: 141.5) != nil)
    }

    /// An L-shaped fill (rectilinear, not a set of boxes) is read by its outline, and the
    /// drawing after it is still read (cairo's script writer failed on such a fill and lost
    /// the rest of the page).
    @Test func anLShapedFillDoesNotEndThePagesDrawing() throws {
        let page = try Self.page("l-shape", "0.6 g 50 700 m 300 700 l 300 650 l 200 650 l 200 600 l 50 600 l h f 0 g 0.5 w 50 500 m 500 500 l S")
        #expect(page.shadedBoxes.map(\.box) == [Rect(x0: 50, y0: 142, x1: 300, y1: 242)])
        #expect(Self.horizontal(page, at: 342.5) != nil)
    }

    /// A shading is a fill with a pattern: its box is where it is drawn (the script's
    /// pattern matrix once moved it, and the fills after it, to user space), and its grey
    /// is the last colour's.
    @Test func aShadingStaysWhereItIsDrawn() throws {
        let shading = "<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 400 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [0.2 0.2 0.2] /C1 [0.9 0.9 0.9] /N 1 >> /Extend [true true] >>"
        let page = try Self.page("shading", "0.5 g q 50 700 400 30 re W n /Sh1 sh Q 50 600 400 30 re f",
                                 resources: "/Shading << /Sh1 6 0 R >>", objects: [shading])
        #expect(page.shadedBoxes.map(\.box) == [Rect(x0: 50, y0: 112, x1: 450, y1: 142), Rect(x0: 50, y0: 212, x1: 450, y1: 242)])
    }

    /// What a clip leaves nothing of is not drawn; what a soft mask paints through is not a
    /// fill; a transparent colour draws nothing (but under another blend mode it does).
    @Test func clippedMaskedAndTransparentFillsAreNotRulings() throws {
        let softMask = "<< /Type /ExtGState /SMask << /S /Luminosity /G 7 0 R >> >>"
        let group = "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Group << /S /Transparency /CS /DeviceGray >> /Length 21 >>\nstream\n1 g 0 0 595 842 re f\nendstream"
        let page = try Self.page("hidden", """
            0.5 g q 0 0 0 0 re W n 50 600 400 1 re f Q
            q 50 500 100 100 re W n 300 500 100 100 re W n 50 550 400 1 re f Q
            q /Masked gs 50 500 400 1 re f Q
            q /Clear gs 50 450 400 1 re f Q
            q /ClearMultiply gs 50 400 400 1 re f Q
            """, resources: "/ExtGState << /Masked 6 0 R /Clear << /ca 0 >> /ClearMultiply << /ca 0 /BM /Multiply >> >>", objects: [softMask, group])
        #expect(page.rulings.map(\.position) == [441.5])
    }
}
