/// One page as the later stages see it: reading orientation, top-left origin, points.
public struct Page: Sendable, Codable {
    /// 1-based page number in the PDF.
    public var number: Int
    public var width: Double
    public var height: Double
    /// Clockwise angle (0, 90, 180, 270) by which the text ran turned on the displayed page
    /// (a /Rotate 90, or a table printed sideways); words, lines, rulings and the size are
    /// already turned back to reading orientation.
    public var rotation: Int
    public var words: [Word]
    public var lines: [TextLine]
    public var rulings: [Ruling]
    public var shadedBoxes: [ShadedBox]
    /// Number of images drawn on the page, to tell a scanned page from an empty one. Counted
    /// only on pages without words (0 otherwise): counting takes poppler a second pass over
    /// the page.
    public var imageCount: Int
    /// The number of glyphs on a page refused for holding too many to be read (its
    /// words and lines are then empty); 0 on a page that was read.
    public var refusedGlyphs: Int

    public init(number: Int, width: Double, height: Double, rotation: Int = 0, words: [Word],
                lines: [TextLine], rulings: [Ruling] = [], shadedBoxes: [ShadedBox] = [], imageCount: Int = 0,
                refusedGlyphs: Int = 0) {
        self.number = number
        self.width = width
        self.height = height
        self.rotation = rotation
        self.words = words
        self.lines = lines
        self.rulings = rulings
        self.shadedBoxes = shadedBoxes
        self.imageCount = imageCount
        self.refusedGlyphs = refusedGlyphs
    }

    public var isLandscape: Bool { width > height }
}
