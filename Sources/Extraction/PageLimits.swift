/// What one page may hold before it is refused instead of read.
public enum PageLimits {
    /// A page with more glyphs than this is refused: its text is not turned into words. A
    /// dense A4 page (6 pt type, about 120 lines of 140 characters) holds some 17,000 glyphs;
    /// three times that is generated noise or a hostile file, not a page a person reads, and
    /// the later stages (rows, columns, recognition) are not meant to grind through it.
    /// Glyphs, not characters: the blanks poppler puts between words and lines do not count
    /// (a page of scattered single glyphs has as many of them).
    ///
    /// The count is poppler's, taken once poppler has laid out the page's text: poppler-glib
    /// tells nothing about a page (objects, content size, glyphs) before that, and counting
    /// by a render costs most of a text pass on every page. poppler itself keeps at most
    /// 50,000 tiny glyphs (advancing less than 3 pt) per page; a page whose layout alone is
    /// too costly for poppler is bounded by the worker's CPU budget, not here.
    public static let maximumGlyphs = 50_000
}

/// A page refused for holding more glyphs than the reader's limit.
struct TooManyGlyphs: Error {
    var count: Int
}
