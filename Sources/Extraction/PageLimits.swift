/// What one page may hold before it is refused instead of read.
public enum PageLimits {
    /// A page with more glyphs than this is refused: its text is not turned into words. A
    /// dense A4 page (6 pt type, about 120 lines of 140 characters) holds some 17,000 glyphs;
    /// three times that is generated noise or a hostile file, not a page a person reads, and
    /// the later stages (rows, columns, recognition) are not meant to grind through it.
    /// Glyphs, not characters: the blanks poppler puts between words and lines do not count
    /// (a page of scattered single glyphs has as many of them).
    ///
    /// Glyphs are counted as poppler draws them, in the page's one pass (`PopplerPass`),
    /// and a page over the limit is refused before poppler lays its text out (the costly
    /// part: a flood of glyphs drawn on one spot costs little to draw and much to lay out).
    /// Overprinted glyphs (bold drawn twice) count each time they are drawn.
    public static let maximumGlyphs = 50_000
}

/// A page refused for holding more glyphs than the reader's limit.
struct TooManyGlyphs: Error {
    var count: Int
}
