import PageLayout

/// The words of one table cell, kept line by line so that wrapped text reads in order.
public struct Cell: Sendable {
    public var words: [Word]

    public init(words: [Word]) { self.words = words }

    public var isEmpty: Bool { words.isEmpty }
    public var box: Rect? { Rect.enclosing(words.map(\.box)) }

    /// The cell's lines, top to bottom.
    public var lines: [TextLine] { LineGrouping.lines(from: words) }

    /// Lines joined with one space; a line ending in a hyphen joins the next directly.
    public var text: String {
        // Most cells hold one word (an amount, a code): its line is the word.
        switch words.count {
        case 0: return ""
        case 1: return WrappedText.collapsed(words[0].text)
        default: return WrappedText.join(lines: lines)
        }
    }
}
