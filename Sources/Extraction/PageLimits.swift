/// What one page may hold before it is refused instead of read.
public enum PageLimits {
    /// A page with more characters than this is refused: its text is not turned into words.
    /// A dense A4 page (6 pt type, about 120 lines of 140 characters) holds some 17,000; three
    /// times that is generated noise or a hostile file, not a page a person reads, and the
    /// later stages (rows, columns, recognition) are not meant to grind through it.
    ///
    /// The count is poppler's, taken once poppler has laid out the page's text: poppler-glib
    /// tells nothing about a page (objects, content size, glyphs) before that, and counting
    /// by a render costs most of a text pass on every page. A page whose layout alone is too
    /// costly for poppler is bounded by the worker's CPU budget, not here.
    public static let maximumCharacters = 50_000
}

/// A page refused for holding more characters than the reader's limit.
struct TooManyCharacters: Error {
    var count: Int
}
