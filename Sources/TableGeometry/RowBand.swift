import PageLayout

/// A table row as found on the page: the lines between two row separators.
public struct RowBand: Sendable {
    public var page: Int
    public var lines: [TextLine] { didSet { (words, text) = Self.read(lines) } }
    public var box: Rect
    /// How the row's upper edge was found.
    public var separatedBy: RowSeparation

    public init(page: Int, lines: [TextLine], separatedBy: RowSeparation) {
        self.page = page
        self.lines = lines.sorted { $0.box.y0 < $1.box.y0 }
        self.box = Rect.enclosing(lines.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        self.separatedBy = separatedBy
        (words, text) = Self.read(self.lines)
    }

    // Kept with the lines, not derived per use: the recogniser asks a row for them many times.
    /// The row's words, line by line.
    public private(set) var words: [Word]
    /// The row's words in reading order (line by line, left to right).
    public private(set) var text: String

    private static func read(_ lines: [TextLine]) -> ([Word], String) {
        (lines.flatMap(\.words), lines.map(\.text).joined(separator: " "))
    }
}

/// The strategies of row finding, listed once.
public enum RowSeparation: String, Sendable {
    /// A drawn horizontal rule (ruled tables).
    case ruling
    /// A vertical gap in the text (unruled tables).
    case gap
    /// Where the shading of a header row (or of every other row) starts or stops.
    case shading
    /// The cells' text: rows that touch, a new one starting where its cells do (`TouchingRows`).
    case content
    /// The first row of a page.
    case pageStart
}
