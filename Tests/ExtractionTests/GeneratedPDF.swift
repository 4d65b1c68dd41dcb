import CPoppler
import Foundation

/// A one-page PDF typeset with cairo at test time: text at any angle and thin rules, in
/// points with a top-left origin. Written to a temporary file, removed with the value;
/// `EXTRACTION_TEST_PDFS=DIR` keeps them in DIR instead (for `pdftotext`, `perfprog words`).
final class GeneratedPDF {
    let path: String
    private let keeps: Bool
    private let surface: OpaquePointer
    private let cr: OpaquePointer

    static let fontFamily = "DejaVu Sans"

    init(name: String, width: Double = 595, height: Double = 842) {
        if let dir = ProcessInfo.processInfo.environment["EXTRACTION_TEST_PDFS"] {
            path = URL(fileURLWithPath: dir).appendingPathComponent("\(name).pdf").path
            keeps = true
        } else {
            path = FileManager.default.temporaryDirectory
                .appendingPathComponent("perfprog-\(name)-\(ProcessInfo.processInfo.processIdentifier).pdf").path
            keeps = false
        }
        surface = cairo_pdf_surface_create(path, width, height)
        cr = cairo_create(surface)
        cairo_select_font_face(cr, Self.fontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_source_rgb(cr, 0, 0, 0)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
        if !keeps { try? FileManager.default.removeItem(atPath: path) }
    }

    /// `text` with its baseline starting at (`x`, `y`), turned `degrees` clockwise; `bold` in the
    /// family's bold face (a font of another name).
    func text(_ text: String, x: Double, y: Double, size: Double = 10, degrees: Double = 0, bold: Bool = false) {
        cairo_save(cr)
        cairo_select_font_face(cr, Self.fontFamily, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, size)
        cairo_translate(cr, x, y)
        cairo_rotate(cr, degrees * .pi / 180)
        cairo_move_to(cr, 0, 0)
        cairo_show_text(cr, text)
        cairo_restore(cr)
    }

    func advance(of text: String, size: Double) -> Double {
        cairo_set_font_size(cr, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        return extents.x_advance
    }

    func line(from a: (Double, Double), to b: (Double, Double)) {
        cairo_set_line_width(cr, 0.5)
        cairo_move_to(cr, a.0, a.1)
        cairo_line_to(cr, b.0, b.1)
        cairo_stroke(cr)
    }

    /// Ends the page in progress and starts the next.
    func nextPage() {
        cairo_show_page(cr)
    }

    /// Writes the last page; the path is then readable.
    func finish() -> String {
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        return path
    }
}
