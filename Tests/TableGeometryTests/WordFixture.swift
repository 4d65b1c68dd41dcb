import PageLayout

/// Word boxes as poppler reports them: points, top-left origin, 8 pt text.
enum WordFixture {
    static let fontSize = 8.0
    /// Average advance of one character of 8 pt body text.
    static let charWidth = 4.5
    /// An ordinary word space at 8 pt (~0.3 em).
    static let wordSpace = 2.4
    static let lineHeight = 8.0

    /// One word with the box a PDF gave it (coordinates copied from the sample pages).
    static func word(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: fontSize)
    }

    /// A phrase set from `x` on the line whose top is `y`: one word per space-separated run.
    static func phrase(_ text: String, x: Double, y: Double) -> [Word] {
        var words: [Word] = []
        var left = x
        for part in text.split(separator: " ") {
            let width = Double(part.count) * charWidth
            words.append(Word(text: String(part), box: Rect(x0: left, y0: y, x1: left + width, y1: y + lineHeight), fontSize: fontSize))
            left += width + wordSpace
        }
        return words
    }

    /// A right-aligned phrase ending at `right` (how amounts are set).
    static func rightAligned(_ text: String, right: Double, y: Double) -> [Word] {
        let width = Double(text.count) * charWidth + Double(max(0, text.split(separator: " ").count - 1)) * (wordSpace - charWidth)
        return phrase(text, x: right - width, y: y)
    }

    static func lines(_ words: [Word]) -> [TextLine] { LineGrouping.lines(from: words) }

    /// A full-width horizontal rule at `y`, as drawn between the rows of a ruled table.
    static func rule(y: Double, from x0: Double, to x1: Double) -> Ruling {
        Ruling(axis: .horizontal, position: y, start: x0, end: x1)
    }
}
