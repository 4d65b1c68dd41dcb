import PageLayout

/// Hand-built pages: words placed at a point size of 8 with a width of 4.5 points a
/// letter, so that the readers see boxes shaped like the samples'.
enum PageFixture {
    static let fontSize = 8.0
    static let letterWidth = 4.5
    static let wordGap = 2.5

    /// Text starting at x, words laid out left to right.
    struct Run {
        var x: Double
        var text: String
    }

    static func run(_ x: Double, _ text: String) -> Run { Run(x: x, text: text) }

    /// One baseline (its top at y) holding the given runs.
    static func line(_ y: Double, _ runs: Run...) -> [Word] {
        runs.flatMap { run -> [Word] in
            var x = run.x
            return run.text.split(separator: " ").map { part in
                let width = Double(part.count) * letterWidth
                defer { x += width + wordGap }
                return Word(text: String(part), box: Rect(x0: x, y0: y, x1: x + width, y1: y + fontSize), fontSize: fontSize)
            }
        }
    }

    /// Text right-aligned so that it ends at x1 (amounts and counts in their columns).
    static func right(_ x1: Double, _ text: String) -> Run {
        let width = Double(text.count) * letterWidth
        return Run(x: x1 - width, text: text)
    }

    static func page(_ number: Int, _ lines: [Word]...) -> Page {
        let words = lines.flatMap { $0 }
        return Page(number: number, width: 595, height: 842, words: words, lines: LineGrouping.lines(from: words))
    }
}
