import CPoppler

/// A PDF being written with cairo's PDF surface and its toy text API: text, rules and
/// grey boxes, in points with a top-left origin (as the pipeline reads pages).
final class PDFCanvas {
    let path: String
    private(set) var pageSize: PageSize
    private(set) var pageCount = 0
    private let surface: OpaquePointer
    private let cr: OpaquePointer

    /// A family fontconfig always resolves on Debian (cairo depends on fontconfig and its
    /// DejaVu fonts); it holds every Turkish letter.
    static let fontFamily = "DejaVu Sans"

    init(path: String, pageSize: PageSize) throws(TypesetError) {
        guard let surface = cairo_pdf_surface_create(path, pageSize.width, pageSize.height) else {
            throw .cairo(path: path, status: "no surface")
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            let status = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw .cairo(path: path, status: status)
        }
        self.path = path
        self.pageSize = pageSize
        self.surface = surface
        self.cr = cr
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Ends the page in progress (if any) and starts one of the given size.
    func startPage(_ size: PageSize) {
        if pageCount > 0 { cairo_show_page(cr) }
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageSize = size
        pageCount += 1
    }

    func width(of text: String, in font: TypeFace) -> Double {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        return extents.x_advance
    }

    /// Draws one line of text with its top at `top` (the font's ascent below it is the baseline).
    /// `grey` 0 is black ink, 1 white (text on a dark fill).
    func text(_ text: String, x: Double, top: Double, font: TypeFace, grey: Double = 0) {
        select(font)
        var extents = cairo_font_extents_t()
        cairo_font_extents(cr, &extents)
        cairo_set_source_rgb(cr, grey, grey, grey)
        cairo_move_to(cr, x, top + extents.ascent)
        cairo_show_text(cr, text)
    }

    /// Draws one line of text turned a quarter left, reading bottom to top: its glyphs' tops
    /// face `left`, its first letter stands at `bottom`.
    func verticalText(_ text: String, left: Double, bottom: Double, font: TypeFace, grey: Double = 0) {
        select(font)
        var extents = cairo_font_extents_t()
        cairo_font_extents(cr, &extents)
        cairo_save(cr)
        cairo_set_source_rgb(cr, grey, grey, grey)
        cairo_move_to(cr, left + extents.ascent, bottom)
        cairo_rotate(cr, -Double.pi / 2)
        cairo_show_text(cr, text)
        cairo_restore(cr)
    }

    /// A thin horizontal rule, as table rules are drawn.
    func rule(y: Double, from x0: Double, to x1: Double, width: Double = 0.5) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, width)
        cairo_move_to(cr, x0, y)
        cairo_line_to(cr, x1, y)
        cairo_stroke(cr)
    }

    /// A thin vertical rule, as a grid's column lines are drawn.
    func verticalRule(x: Double, from y0: Double, to y1: Double, width: Double = 0.5) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, width)
        cairo_move_to(cr, x, y0)
        cairo_line_to(cr, x, y1)
        cairo_stroke(cr)
    }

    /// A filled grey box (`grey` 0 black … 1 white).
    func fill(x0: Double, y0: Double, x1: Double, y1: Double, grey: Double) {
        cairo_set_source_rgb(cr, grey, grey, grey)
        cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0)
        cairo_fill(cr)
    }

    /// Writes the last page and closes the file.
    func finish() throws(TypesetError) {
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(path: path, status: String(cString: cairo_status_to_string(status)))
        }
    }

    private func select(_ font: TypeFace) {
        cairo_select_font_face(cr, Self.fontFamily, CAIRO_FONT_SLANT_NORMAL,
                               font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, font.size)
    }
}

/// Why a variant PDF could not be written.
enum TypesetError: Error, CustomStringConvertible {
    case cairo(path: String, status: String)

    var description: String {
        switch self {
        case .cairo(let path, let status): return "\(path): cairo could not write the PDF (\(status))"
        }
    }
}
