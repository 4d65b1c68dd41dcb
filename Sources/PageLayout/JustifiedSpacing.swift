/// Text set justified (Word, InDesign) widens the spaces of every line but a paragraph's last
/// to fill its cell: on a short line one space may grow to several spaces' width, more than the
/// white space between two cells. What gives such a line away is that the widening is even:
/// a producer spreads the room left over the line's spaces equally.
public enum JustifiedSpacing {
    /// A justified run has at least this many words: its gaps (one fewer) must agree with each
    /// other. Where a run merges words into one header phrase, fewer agree by chance too often:
    /// header words centred in their columns ("Faaliyetler", "Harcama", "Hizmet") stood within
    /// 0.03 em of even in one of 80 layouts, and two columns merged for good.
    public static let minimumWords = 4
    /// Where a run only marks white space as crossed among many rows' words
    /// (`ColumnBoundaries`), three words do: one chance run among the rows moves no boundary,
    /// and a narrow cell's justified line often holds three ("Fen     İşleri     Dairesi").
    public static let minimumWordsAmongRows = 3
    /// Gaps within this fraction of the font size of each other are one widened space (a
    /// producer rounds positions to hundredths of a point; boxes end where glyphs' advances do).
    public static let evenTolerance = 0.015
    /// A gap wider than this fraction of the font size is more than an ordinary word space
    /// (0.23–0.35 em): only such gaps can be a justified line's widened spaces.
    public static let widenedFraction = 0.5

    /// For the words of one line in reading order (across the page), whether each gap (between
    /// word k and k + 1) is a widened space inside a justified run: a run of `minimumWords` words
    /// or more whose gaps are wide and even, mostly words (years centred over evenly wide
    /// columns also stand evenly apart, "2022 2023 2024 2025", as do amounts, after a name too).
    public static func widenedGaps(_ words: [Word], minimumWords: Int = minimumWords) -> [Bool] {
        guard words.count >= minimumWords else { return Array(repeating: false, count: max(words.count - 1, 0)) }
        let gaps = words.indices.dropFirst().map { words[$0].box.x0 - words[$0 - 1].box.x1 }
        var out = Array(repeating: false, count: gaps.count)
        var start = 0
        while start < gaps.count {
            let em = words[start].scale
            guard gaps[start] > widenedFraction * em else { start += 1; continue }
            var end = start + 1
            while end < gaps.count, abs(gaps[end] - gaps[start]) <= evenTolerance * em { end += 1 }
            // Gaps start..<end are even: words start...end. Long enough (most runs are not:
            // two figures in their columns), then mostly words, not figures (a name's last word
            // before figures in equal columns stands as evenly apart as they do), nor one word
            // repeated ("Gerçekleşme" over three past years).
            let run = words[start...end]
            if run.count >= minimumWords, 2 * run.reduce(0, { $0 + (isFigure($1.text) ? 1 : 0) }) < run.count,
               run.contains(where: { $0.text != run[start].text }) {
                for k in start..<end { out[k] = true }
            }
            start = end
        }
        return out
    }

    /// Digits, dots, commas and dashes only (a figure as printed); told from the bytes when the
    /// text is ASCII (each byte then a character of its own).
    static func isFigure(_ text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "-") }
        }
        return ascii ?? text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
    }

    /// A line broken with a hyphen at its end ("Genel      Top-" over "lam") goes on under the
    /// word its cell's lines start at: a line of the next this-many line heights below has a
    /// word starting there, within `alignmentFraction` of the font size.
    public static let nextLineReach = 1.6
    public static let alignmentFraction = 0.25

    /// The widened spaces among `lines` as x spans: those of even runs (`widenedGaps`) and, on a
    /// line whose last word of a cell is broken with a hyphen, those from the nearest word left of
    /// it that the next line starts under to the broken word: one cell's line, however few its
    /// words (two words spread are even with anything).
    public static func spaces(in lines: [TextLine], minimumWords: Int) -> [ClosedRange<Double>] {
        var out: [ClosedRange<Double>] = []
        func span(_ a: Word, _ b: Word) -> ClosedRange<Double> { a.box.x1...max(a.box.x1, b.box.x0) }
        for line in lines where line.words.first?.isVertical == false {
            let words = line.words
            if words.count >= minimumWords {
                let widened = widenedGaps(words, minimumWords: minimumWords)
                for k in widened.indices where widened[k] { out.append(span(words[k], words[k + 1])) }
            }
            for k in words.indices.dropFirst() where isBroken(words[k].text) {
                let h = line.box.height, w = words[k]
                let below = lines.filter { $0.box.y0 > line.box.y0 + 0.5 * h && $0.box.y0 < line.box.y0 + nextLineReach * h }.flatMap(\.words)
                let tolerance = alignmentFraction * w.scale
                // The nearest such word left of it: a cell before it on the line starts its next line too.
                guard let start = words[..<k].lastIndex(where: { s in below.contains { abs($0.box.x0 - s.box.x0) <= tolerance } }) else { continue }
                for j in start..<k { out.append(span(words[j], words[j + 1])) }
            }
        }
        return out
    }

    /// A word broken at a line's end: letters, then a hyphen.
    public static func isBroken(_ text: String) -> Bool {
        // Asked of every word: most do not end in a hyphen's byte, told before any character is read.
        text.utf8.last == UInt8(ascii: "-") && text.hasSuffix("-") && text.count >= 3 && text.dropLast().last?.isLetter == true
    }
}
