import PageLayout
import TableGeometry

/// Builds recognition inputs from word boxes copied out of the sample pages
/// (`perfprog words FILE.pdf --page N`, the "kind":"word" records): points, top-left origin,
/// the font size poppler reports.
enum WordBoxes {
    static func word(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, size: Double) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: size)
    }

    /// Words of table cells: each (text, x, line) starts at x on its line under `y` (lines one
    /// 1.2 font sizes apart), words 0.3 font sizes apart.
    static func cells(_ cells: [(String, Double, Int)], y: Double, size: Double = 8) -> [Word] {
        cells.flatMap { text, x, line -> [Word] in
            var left = x
            let top = y + Double(line) * size * 1.2
            return text.split(separator: " ").map { w in
                let width = Double(w.count) * size * 0.5
                defer { left += width + size * 0.3 }
                return word(String(w), left, top, left + width, top + size, size: size)
            }
        }
    }

    /// One table row as the row segmenter gives it on a ruled page: the lines between two rules.
    static func band(page: Int, _ words: [Word]) -> RowBand {
        RowBand(page: page, lines: LineGrouping.lines(from: words), separatedBy: .ruling)
    }

    /// The same words set `dy` points lower (negative: higher), to place a row where another
    /// page would print it.
    static func moved(_ words: [Word], dy: Double) -> [Word] {
        words.map { w in
            var m = w
            m.box = Rect(x0: w.box.x0, y0: w.box.y0 + dy, x1: w.box.x1, y1: w.box.y1 + dy)
            return m
        }
    }

    /// A page holding just `words`, its lines grouped as the extractor groups them.
    static func page(_ number: Int, _ words: [Word]) -> Page {
        Page(number: number, width: 595.28, height: 841.89, words: words, lines: LineGrouping.lines(from: words))
    }
}
