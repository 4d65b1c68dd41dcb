import CPopplerPass
import Foundation
import PageLayout

/// A document opened by the one-pass shim (CPopplerPass): each page is interpreted once,
/// for its text (as poppler-glib lays it out) and its drawn paths together. Not
/// thread-safe by design: poppler's document objects must not be used by two threads at
/// once, so a document is used by one thread at a time (each reading thread has its own,
/// the first one the caller's, lent while the caller waits).
final class PopplerPass {
    private let handle: OpaquePointer
    let path: String

    init(path: String, password: String?) throws(ExtractionError) {
        PopplerLog.shared.install()
        self.path = path
        var status = PP_OPEN_OK
        var message: UnsafeMutablePointer<CChar>? = nil
        let doc = PathName.withCString(path) { pp_open($0, password, &status, &message) }
        guard let doc else {
            let reason = message.map { String(cString: $0) } ?? "unknown error"
            pp_free_string(message)
            if status == PP_OPEN_ENCRYPTED { throw .encrypted(path: path, passwordGiven: password != nil) }
            throw .damaged(path: path, reason: reason)
        }
        handle = doc
    }

    deinit { pp_close(handle) }

    var pageCount: Int { Int(pp_page_count(handle)) }

    /// poppler's page objects held: at most the last page read (they are released behind it).
    var heldPages: Int { Int(pp_held_pages(handle)) }

    var info: DocumentInfo {
        DocumentInfo(path: path, pageCount: pageCount, title: entry("Title"), producer: entry("Producer"), creator: entry("Creator"))
    }

    private func entry(_ key: String) -> String? {
        guard let value = pp_info(handle, key) else { return nil }
        defer { pp_free_string(value) }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// One page's pass (0-based index): its text, characters' boxes and fonts, drawing and
    /// image count, valid inside `body` only. Nil when the page cannot be read.
    func withPage<T>(_ index: Int, fonts: Bool, rulings: Bool, glyphLimit: Int, _ body: (PassPage) throws -> T) rethrows -> T? {
        var page = pp_page()
        let flags = (fonts ? Int32(PP_READ_FONTS) : 0) | (rulings ? Int32(PP_READ_RULINGS) : 0)
        guard pp_read_page(handle, Int32(index), flags, Int32(clamping: glyphLimit), &page) != 0 else { return nil }
        return try body(PassPage(raw: page))
    }
}

/// What one pass over a page gave (pointers into the shim's buffers).
struct PassPage {
    var raw: pp_page

    var width: Double { raw.width }
    var height: Double { raw.height }
    var imageCount: Int { Int(raw.images) }
    /// Glyphs drawn, when more than the limit (the page was not laid out), else nil.
    var refusedGlyphs: Int? { raw.refused != 0 ? Int(raw.glyphs) : nil }
    var text: String { raw.text.map { String(cString: $0) } ?? "" }
    /// `text`'s UTF-8 bytes, without its terminating NUL.
    var textBytes: UnsafeBufferPointer<UInt8> {
        guard let text = raw.text else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
    }
    var boxes: UnsafeBufferPointer<pp_box> { UnsafeBufferPointer(start: raw.boxes, count: raw.box_count) }
    /// The page's strokes and fills, each with its pieces (`pieces`), in drawing order.
    var paints: UnsafeBufferPointer<pp_paint> { UnsafeBufferPointer(start: raw.paints, count: raw.paint_count) }
    var pieces: UnsafeBufferPointer<pp_box> { UnsafeBufferPointer(start: raw.pieces, count: raw.piece_count) }

    /// poppler-glib's text attributes: runs of characters in one font.
    var fontRuns: [FontRun] {
        let names = UnsafeBufferPointer(start: raw.fonts, count: raw.font_count)
        let bold = names.map { $0.map { FontRun.isBold(fontName: String(cString: $0)) } ?? false }
        return UnsafeBufferPointer(start: raw.runs, count: raw.run_count).map {
            FontRun(start: Int($0.start), end: Int($0.end), fontSize: $0.font_size, isBold: bold[Int($0.font)], font: Int32($0.font))
        }
    }
}
