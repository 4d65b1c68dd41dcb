import CCairo
import CPopplerGlib
import Foundation
import PageLayout

/// Draws a page as an image (poppler into a cairo image surface), turned to reading
/// orientation like `Page`, with overlay marks on top, and writes it as PNG.
enum PageRenderer {
    /// cairo's largest image side, in pixels.
    static let maximumSide = 32767
    /// Legend text size and padding, in points of the page.
    static let legendTextSize = 7.0
    static let legendPadding = 4.0

    /// The picture's size in pixels for a page of `width` × `height` points.
    static func pixelSize(width: Double, height: Double, scale: Double) -> (Int, Int) {
        (Int((width * scale).rounded()), Int((height * scale).rounded()))
    }

    static func writePNG(document: PopplerDocument, page: Page, scale: Double, marks: [OverlayMark],
                         legend: Legend, to output: String) throws(PageRenderError) {
        let (pixelWidth, pixelHeight) = pixelSize(width: page.width, height: page.height, scale: scale)
        guard scale > 0, pixelWidth > 0, pixelHeight > 0, pixelWidth <= maximumSide, pixelHeight <= maximumSide else {
            throw .cannotRender(path: document.path, page: page.number,
                                reason: "a picture of \(pixelWidth) × \(pixelHeight) pixels cannot be made (scale \(scale))")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelWidth), Int32(pixelHeight)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .cannotRender(path: document.path, page: page.number, reason: "no image surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else {
            throw .cannotRender(path: document.path, page: page.number, reason: "no drawing context")
        }
        defer { cairo_destroy(cr) }
        // poppler draws no page background.
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        let rendered = document.withPage(page.number - 1) { handle -> Bool in
            let (displayWidth, displayHeight) = PopplerDocument.size(of: handle)
            cairo_save(cr)
            var turn = readingOrientation(degrees: page.rotation, width: displayWidth, height: displayHeight)
            cairo_transform(cr, &turn)
            ppg_page_render(handle, cr)
            cairo_restore(cr)
            return true
        }
        guard rendered == true else {
            throw .cannotRender(path: document.path, page: page.number, reason: "the page cannot be read")
        }
        for mark in marks { draw(mark, cr) }
        drawLegend(legend, pageWidth: page.width, pageHeight: page.height, cr)
        cairo_surface_flush(surface)
        let status = cairo_surface_write_to_png(surface, output)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cannotWrite(path: output, reason: String(cString: cairo_status_to_string(status)))
        }
    }

    /// The transformation from the displayed page to reading orientation: the inverse of
    /// the turn the text showed (`TextOrientation.turn`), as a cairo matrix.
    static func readingOrientation(degrees: Int, width: Double, height: Double) -> cairo_matrix_t {
        var m = cairo_matrix_t()
        switch degrees {
        case 90: cairo_matrix_init(&m, 0, -1, 1, 0, 0, width)
        case 180: cairo_matrix_init(&m, -1, 0, 0, -1, width, height)
        case 270: cairo_matrix_init(&m, 0, 1, -1, 0, height, 0)
        default: cairo_matrix_init_identity(&m)
        }
        return m
    }

    static func setColor(_ c: OverlayColor, _ cr: OpaquePointer) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    static func setDash(_ dashed: Bool, lineWidth: Double, _ cr: OpaquePointer) {
        if dashed {
            let pattern = [4 * max(lineWidth, 0.5), 2 * max(lineWidth, 0.5)]
            cairo_set_dash(cr, pattern, Int32(pattern.count), 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    static func draw(_ mark: OverlayMark, _ cr: OpaquePointer) {
        switch mark {
        case let .rectangle(r, stroke, lineWidth, fill, dashed):
            cairo_rectangle(cr, r.x0, r.y0, r.width, r.height)
            if let fill {
                setColor(fill, cr)
                cairo_fill_preserve(cr)
            }
            setColor(stroke, cr)
            cairo_set_line_width(cr, lineWidth)
            setDash(dashed, lineWidth: lineWidth, cr)
            cairo_stroke(cr)
        case let .line(x0, y0, x1, y1, color, lineWidth, dashed):
            cairo_move_to(cr, x0, y0)
            cairo_line_to(cr, x1, y1)
            setColor(color, cr)
            cairo_set_line_width(cr, lineWidth)
            setDash(dashed, lineWidth: lineWidth, cr)
            cairo_stroke(cr)
        case let .label(text, x, y, size, color, background):
            drawText(text, x: x, y: y, size: size, color: color, background: background, cr)
        }
    }

    /// Text whose top-left corner is at (x, y); returns its width.
    @discardableResult
    static func drawText(_ text: String, x: Double, y: Double, size: Double, color: OverlayColor,
                         background: OverlayColor?, _ cr: OpaquePointer) -> Double {
        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        let pad = size * 0.2
        if let background {
            setColor(background, cr)
            cairo_rectangle(cr, x, y, extents.x_advance + 2 * pad, size * 1.3)
            cairo_fill(cr)
        }
        setColor(color, cr)
        // The baseline sits about one font size below the top.
        cairo_move_to(cr, x + pad, y + size)
        cairo_show_text(cr, text)
        cairo_new_path(cr)
        return extents.x_advance + 2 * pad
    }

    /// The legend in the corner that hides the fewest avoided boxes (top right on a tie):
    /// a swatch and a line of text per entry.
    static func drawLegend(_ legend: Legend, pageWidth: Double, pageHeight: Double, _ cr: OpaquePointer) {
        let entries = legend.entries
        guard !entries.isEmpty else { return }
        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, legendTextSize)
        var widest = 0.0
        for entry in entries {
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, entry.text, &extents)
            widest = max(widest, extents.x_advance)
        }
        let lineHeight = legendTextSize * 1.4
        let swatch = legendTextSize
        let width = legendPadding * 3 + swatch + widest
        let height = legendPadding * 2 + lineHeight * Double(entries.count)
        let left = legendPadding, right = pageWidth - width - legendPadding
        let top = legendPadding, bottom = pageHeight - height - legendPadding
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)]
        func covered(_ corner: (Double, Double)) -> Int {
            let box = Rect(x0: corner.0, y0: corner.1, x1: corner.0 + width, y1: corner.1 + height)
            return legend.avoiding.filter { $0.horizontalOverlap(box) > 0 && $0.verticalOverlap(box) > 0 }.count
        }
        let (x, y) = corners.min { covered($0) < covered($1) } ?? corners[0]
        cairo_set_dash(cr, nil, 0, 0)
        cairo_rectangle(cr, x, y, width, height)
        cairo_set_source_rgba(cr, 1, 1, 1, 0.92)
        cairo_fill_preserve(cr)
        cairo_set_source_rgba(cr, 0.2, 0.2, 0.2, 1)
        cairo_set_line_width(cr, 0.5)
        cairo_stroke(cr)
        for (k, entry) in entries.enumerated() {
            let lineTop = y + legendPadding + Double(k) * lineHeight
            cairo_rectangle(cr, x + legendPadding, lineTop + (lineHeight - swatch) / 2, swatch, swatch)
            setColor(entry.color.opacity(max(entry.color.alpha, 0.6)), cr)
            cairo_fill(cr)
            cairo_set_source_rgba(cr, 0.1, 0.1, 0.1, 1)
            cairo_move_to(cr, x + 2 * legendPadding + swatch, lineTop + lineHeight * 0.75)
            cairo_show_text(cr, entry.text)
            cairo_new_path(cr)
        }
    }
}

extension DocumentReader {
    /// Writes `page` (read by this reader) as a PNG of `scale` pixels per point, turned to
    /// reading orientation, with `marks` and a `legend` drawn over it. Opens the document
    /// again, so the reader's own state is untouched.
    public func writePNG(page: Page, scale: Double, marks: [OverlayMark], legend: Legend,
                         to output: String) throws(PageRenderError) {
        let document: PopplerDocument
        do {
            document = try PopplerDocument(path: info.path, password: password)
        } catch {
            throw .cannotRender(path: info.path, page: page.number, reason: error.description)
        }
        try PageRenderer.writePNG(document: document, page: page, scale: scale, marks: marks, legend: legend, to: output)
        collectLog()
    }
}
