import CPoppler
import Foundation

/// A PDF being written with cairo's PDF surface and its toy text API: text, rules and
/// grey boxes, in points with a top-left origin (as the pipeline reads pages).
final class PDFCanvas {
    let path: String
    private(set) var pageSize: PageSize
    private(set) var pageCount = 0
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    /// The producer's habits this canvas prints with (letter spacing, glyph placement, fake bold, turned pages).
    let quirk: ProducerQuirk
    /// How the producer writes characters (ligatures, spaces, currency, case, tracked titles).
    let characters: TextQuirk
    /// What every page carries besides the program, and the order a page is drawn in.
    let furniture: PageFurnitureLook
    /// How the font's text layer writes Turkish letters (a legacy Turkish font's, or Unicode).
    let textLayer: LegacyTextLayer
    /// The page's drawing held back until the page ends (`PageFurnitureLook.outOfOrder`).
    private var heldBack: [(order: DrawingOrder, draw: () -> Void)] = []

    /// A family fontconfig always resolves on Debian (cairo depends on fontconfig and its
    /// DejaVu fonts); it holds every Turkish letter.
    static let fontFamily = "DejaVu Sans"

    init(path: String, pageSize: PageSize, quirk: ProducerQuirk = .none, characters: TextQuirk = .none,
         furniture: PageFurnitureLook = .none, textLayer: LegacyTextLayer = .unicode) throws(TypesetError) {
        let stored = quirk == .rotated ? PageSize(width: pageSize.height, height: pageSize.width) : pageSize
        guard let surface = cairo_pdf_surface_create(path, stored.width, stored.height) else {
            throw .cairo(path: path, status: "no surface")
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            let status = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw .cairo(path: path, status: status)
        }
        self.path = path
        self.quirk = quirk
        self.characters = characters
        self.furniture = furniture
        self.textLayer = textLayer
        self.pageSize = pageSize
        self.surface = surface
        self.cr = cr
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// The pages stored turned and shown upright by /Rotate 90 in a document whose other pages
    /// are not (a merged PDF's turned pages), by number.
    private var rotatedPages: Set<Int> = []

    /// Ends the page in progress (if any) and starts one of the given size; `storedTurned`: stored
    /// turned a quarter and shown as `size` by /Rotate 90, as a rotated producer stores every page.
    func startPage(_ size: PageSize, storedTurned: Bool = false) {
        if pageCount > 0 { endPage() }
        if storedTurned && quirk != .rotated { rotatedPages.insert(pageCount + 1) }
        if quirk == .rotated || storedTurned {
            // Stored turned a quarter left, so that /Rotate 90 (a quarter right) shows it upright:
            // the shown page's (x, y) is stored at (y, width - x).
            cairo_pdf_surface_set_size(surface, size.height, size.width)
            var turn = cairo_matrix_t(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: size.width)
            cairo_set_matrix(cr, &turn)
        } else {
            cairo_pdf_surface_set_size(surface, size.width, size.height)
            // Upright again after a turned page: the turn is the context's, not the page's.
            cairo_identity_matrix(cr)
        }
        pageSize = size
        pageCount += 1
        if furniture == .watermark, pageCount % 2 == 1 { watermark() }
    }

    /// Draws what the page held back, the watermark over it, and shows the page.
    private func endPage() {
        // Fills first, then rules, then text column by column from the right, bottom to top.
        // Sorted with their place in the page as the last key: fills and rules keep their order.
        let order = heldBack.indices.sorted { (heldBack[$0].order, $0) < (heldBack[$1].order, $1) }
        for i in order { heldBack[i].draw() }
        heldBack = []
        if furniture == .watermark, pageCount % 2 == 0 { watermark() }
        cairo_show_page(cr)
    }

    /// Where a held-back drawing goes in `outOfOrder`'s page: its kind, then its place.
    private struct DrawingOrder: Comparable {
        var kind: Int
        var x = 0.0
        var y = 0.0
        static func < (a: Self, b: Self) -> Bool { (a.kind, -a.x, -a.y) < (b.kind, -b.x, -b.y) }
        static let fill = DrawingOrder(kind: 0), rule = DrawingOrder(kind: 1)
        static func text(x: Double, y: Double) -> DrawingOrder { DrawingOrder(kind: 2, x: x, y: y) }
    }

    /// Draws now, or at the page's end in `outOfOrder`'s order.
    private func drawing(_ order: DrawingOrder, _ draw: @escaping () -> Void) {
        if furniture == .outOfOrder { heldBack.append((order, draw)) } else { draw() }
    }

    /// The diagonal watermark across the page, from its lower left to its upper right, centred.
    private func watermark() {
        let font = TypeFace(size: min(pageSize.width, pageSize.height) * PageFurnitureLook.watermarkScale, bold: true)
        let text = PageFurnitureLook.watermarkText
        let width = advance(of: text, in: font)
        cairo_save(cr)
        cairo_set_source_rgb(cr, PageFurnitureLook.watermarkGrey, PageFurnitureLook.watermarkGrey, PageFurnitureLook.watermarkGrey)
        cairo_translate(cr, pageSize.width / 2, pageSize.height / 2)
        cairo_rotate(cr, -atan2(pageSize.height, pageSize.width))
        select(font)
        cairo_move_to(cr, -width / 2, font.size * 0.35)
        cairo_show_text(cr, text)
        cairo_restore(cr)
    }

    /// A picture (a logo): a small grey image with a lighter square in it, painted as an image.
    func picture(x: Double, y: Double, side: Double) {
        drawing(.fill) { [cr] in
            let pixels: Int32 = 16
            guard let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixels, pixels) else { return }
            defer { cairo_surface_destroy(image) }
            let paint = cairo_create(image)
            cairo_set_source_rgb(paint, 0.3, 0.4, 0.6)
            cairo_paint(paint)
            cairo_set_source_rgb(paint, 0.9, 0.9, 0.9)
            cairo_rectangle(paint, 4, 4, 8, 8)
            cairo_fill(paint)
            cairo_destroy(paint)
            cairo_save(cr)
            cairo_translate(cr, x, y)
            cairo_scale(cr, side / Double(pixels), side / Double(pixels))
            cairo_set_source_surface(cr, image, 0, 0)
            cairo_paint(cr)
            cairo_restore(cr)
        }
    }

    func width(of text: String, in font: TypeFace) -> Double {
        let drawn = textLayer.written(characters.drawn(text))
        return advance(of: drawn, in: font) + Double(drawn.count) * tracking(drawn, font)
    }

    /// Extra advance after each glyph: the producer's, or a tracked title's (`TextQuirk.subsetTracked`).
    private func tracking(_ text: String, _ font: TypeFace) -> Double {
        characters == .subsetTracked && font.display ? font.size * TextQuirk.subsetTracking : quirk.tracking(text, font)
    }

    /// How far cairo's text moves on, without the producer's tracking.
    private func advance(of text: String, in font: TypeFace) -> Double {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        return extents.x_advance
    }

    /// Draws one line of text with its top at `top` (the font's ascent below it is the baseline).
    /// `grey` 0 is black ink, 1 white (text on a dark fill).
    func text(_ text: String, x: Double, top: Double, font: TypeFace, grey: Double = 0) {
        drawing(.text(x: x, y: top)) { self.drawText(text, x: x, top: top, font: font, grey: grey) }
    }

    private func drawText(_ text: String, x: Double, top: Double, font: TypeFace, grey: Double) {
        select(font)
        var extents = cairo_font_extents_t()
        cairo_font_extents(cr, &extents)
        cairo_set_source_rgb(cr, grey, grey, grey)
        show(text, x: x, baseline: top + extents.ascent, font: font)
    }

    /// Draws one line of text turned a quarter left, reading bottom to top: its glyphs' tops
    /// face `left`, its first letter stands at `bottom`.
    func verticalText(_ text: String, left: Double, bottom: Double, font: TypeFace, grey: Double = 0) {
        drawing(.text(x: left, y: bottom)) { self.drawVerticalText(text, left: left, bottom: bottom, font: font, grey: grey) }
    }

    private func drawVerticalText(_ text: String, left: Double, bottom: Double, font: TypeFace, grey: Double) {
        select(font)
        var extents = cairo_font_extents_t()
        cairo_font_extents(cr, &extents)
        cairo_save(cr)
        cairo_set_source_rgb(cr, grey, grey, grey)
        cairo_translate(cr, left + extents.ascent, bottom)
        cairo_rotate(cr, -Double.pi / 2)
        show(text, x: 0, baseline: 0, font: font, turned: true)
        cairo_restore(cr)
    }

    /// Shows a line from (x, baseline) in the current user space as the producer writes text.
    private func show(_ line: String, x: Double, baseline: Double, font: TypeFace, turned: Bool = false) {
        let text = textLayer.written(characters.drawn(line, turned: turned))
        let tracking = tracking(text, font)
        if tracking > 0 {
            // Each glyph moved on by its advance and the tracking, as a TJ with spacing writes it.
            var at = x
            for character in text {
                let glyph = String(character)
                draw(glyph, x: at, baseline: baseline, font: font)
                at += advance(of: glyph, in: font) + tracking
            }
            return
        }
        switch quirk {
        case .none, .rotated, .tracked:
            draw(text, x: x, baseline: baseline, font: font)
        case .glyphs:
            var at = x
            for character in text {
                let glyph = String(character)
                if !character.isWhitespace {
                    let grid = ProducerQuirk.glyphGrid
                    draw(glyph, x: (at / grid).rounded() * grid, baseline: baseline, font: font)
                }
                at += advance(of: glyph, in: font)
            }
        case .overprinted:
            draw(text, x: x, baseline: baseline, font: font)
            guard font.bold else { return }
            draw(text, x: x + ProducerQuirk.overprintShift * font.size, baseline: baseline, font: font)
        }
    }

    /// Draws glyphs from (x, baseline). A ligature character of a bold face is drawn as its one
    /// glyph with its letters for text (a cluster: the font's ToUnicode maps the glyph to "fi"),
    /// as producers that shape text write it; every other character is its own glyph and text.
    private func draw(_ text: String, x: Double, baseline: Double, font: TypeFace) {
        guard font.bold, text.contains(where: { TextQuirk.letters(of: $0) != nil }) else {
            cairo_move_to(cr, x, baseline)
            cairo_show_text(cr, text)
            return
        }
        guard let scaled = cairo_get_scaled_font(cr) else { return }
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>? = nil
        var glyphCount: Int32 = 0
        guard cairo_scaled_font_text_to_glyphs(scaled, x, baseline, text, -1, &glyphs, &glyphCount, nil, nil, nil) == CAIRO_STATUS_SUCCESS,
              let glyphs else { return }
        defer { cairo_glyph_free(glyphs) }
        // The toy API draws one glyph per character (no shaping): each character a cluster of one glyph.
        let characters = Array(text)
        guard characters.count == Int(glyphCount) else {
            cairo_show_glyphs(cr, glyphs, glyphCount)
            return
        }
        var utf8 = ""
        var clusters: [cairo_text_cluster_t] = []
        for character in characters {
            let letters = TextQuirk.letters(of: character) ?? String(character)
            utf8 += letters
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(letters.utf8.count), num_glyphs: 1))
        }
        cairo_show_text_glyphs(cr, utf8, -1, glyphs, glyphCount, clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
    }

    /// A thin horizontal rule, as table rules are drawn.
    func rule(y: Double, from x0: Double, to x1: Double, width: Double = 0.5) {
        stroke(from: (x0, y), to: (x1, y), width: width)
    }

    /// A thin vertical rule, as a grid's column lines are drawn.
    func verticalRule(x: Double, from y0: Double, to y1: Double, width: Double = 0.5) {
        stroke(from: (x, y0), to: (x, y1), width: width)
    }

    /// One black line stroked as a rule.
    private func stroke(from start: (x: Double, y: Double), to end: (x: Double, y: Double), width: Double) {
        drawing(.rule) { [cr] in
            cairo_set_source_rgb(cr, 0, 0, 0)
            cairo_set_line_width(cr, width)
            cairo_move_to(cr, start.x, start.y)
            cairo_line_to(cr, end.x, end.y)
            cairo_stroke(cr)
        }
    }

    /// A filled grey box (`grey` 0 black … 1 white).
    func fill(x0: Double, y0: Double, x1: Double, y1: Double, grey: Double) {
        drawing(.fill) { [cr] in
            cairo_set_source_rgb(cr, grey, grey, grey)
            cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0)
            cairo_fill(cr)
        }
    }

    /// Writes the last page and closes the file.
    func finish() throws(TypesetError) {
        endPage()
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(path: path, status: String(cString: cairo_status_to_string(status)))
        }
        if quirk == .rotated { try ProducerQuirk.markRotated(path: path) }
        else if !rotatedPages.isEmpty { try ProducerQuirk.markRotated(path: path, pages: rotatedPages) }
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
