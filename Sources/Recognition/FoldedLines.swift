import PageLayout

/// A page's words folded (`Lexicon.fold`) once, line by line, for every reader of the page:
/// the stated-figure readers compare the words, and the furniture, the table titles and the
/// rows ask for lines' and rows' folded text, which is then joined from the folded words
/// (`Lexicon.foldedText`) instead of folding the lines' text again.
struct FoldedLines {
    /// The page's lines.
    let lines: [TextLine]
    /// Each word of each line folded: `words[k][w]` is `Lexicon.fold` of word `w` of line `k`
    /// (`StatedWord.folded`).
    let words: [[String]]
    /// Whether a word of the line holds a hyphen (its folded text is then not its words' joined).
    private let hyphened: [Bool]
    /// The lines' indices in the order of their boxes' top, then left edge: a line of the page
    /// that a row holds is found by its box in a few comparisons (a dictionary's hashing of the
    /// box cost more than folding the line's text again).
    private let order: [Int]

    init(_ page: Page) {
        lines = page.lines
        var words: [[String]] = []
        var hyphened: [Bool] = []
        words.reserveCapacity(lines.count)
        hyphened.reserveCapacity(lines.count)
        for line in lines {
            var folded: [String] = []
            folded.reserveCapacity(line.words.count)
            var hyphen = false
            for word in line.words {
                let f = Lexicon.folding(word.text)
                folded.append(f.folded)
                hyphen = hyphen || f.hasHyphen
            }
            words.append(folded)
            hyphened.append(hyphen)
        }
        self.words = words
        self.hyphened = hyphened
        let boxes = lines.map(\.box)
        order = boxes.indices.sorted { (boxes[$0].y0, boxes[$0].x0, $0) < (boxes[$1].y0, boxes[$1].x0, $1) }
    }

    /// The index of `line` among the page's lines (nil for a line the page does not hold as it is).
    private func index(of line: TextLine) -> Int? {
        let key = (line.box.y0, line.box.x0)
        // The first line in `order` whose box is not before the line's.
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            let box = lines[order[mid]].box
            if (box.y0, box.x0) < key { low = mid + 1 } else { high = mid }
        }
        while low < order.count, lines[order[low]].box.y0 == key.0, lines[order[low]].box.x0 == key.1 {
            if lines[order[low]] == line { return order[low] }
            low += 1
        }
        return nil
    }

    /// `Lexicon.fold(line.text)`.
    func text(of line: TextLine) -> String {
        guard let k = index(of: line), !hyphened[k] else { return Lexicon.fold(line.text) }
        return Lexicon.foldedText(words[k])
    }

    /// `Lexicon.fold` of the text of a row of these lines (`RowBand.text`: the lines' words in
    /// turn, spaced).
    func text(ofRow rows: [TextLine]) -> String {
        if rows.count == 1 { return text(of: rows[0]) }
        var pieces: [[String]] = []
        pieces.reserveCapacity(rows.count)
        for line in rows {
            guard let k = index(of: line), !hyphened[k] else { return Lexicon.fold(Word.spaced(rows.flatMap(\.words))) }
            pieces.append(words[k])
        }
        return Lexicon.foldedText(pieces)
    }
}

extension Lexicon {
    /// `fold(Word.spaced(words))` from the words folded one by one (`foldedWords[k] ==
    /// fold(words[k].text)`), where no word holds a hyphen: the folded words that are not empty,
    /// joined with a space. Folding writes one space for each run of characters it drops (a word
    /// space among them) and none at either end, so spaced words fold as they do one by one; a
    /// hyphen may join a word with the next (`joiningHyphenatedWords`), and such text is folded
    /// itself. Held equal to folding the text by `FoldingShortcutTests`.
    static func foldedText(_ foldedWords: [String]) -> String { foldedText([foldedWords]) }

    /// `foldedText` of the words of `pieces` in turn (a row's lines).
    static func foldedText(_ pieces: [[String]]) -> String {
        var count = -1
        for piece in pieces {
            for w in piece where !w.isEmpty { count += w.utf8.count + 1 }
        }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for piece in pieces {
                for w in piece where !w.isEmpty {
                    if n > 0 { out[n] = UInt8(ascii: " "); n += 1 }
                    n += UnsafeMutableBufferPointer(rebasing: out[n...]).initialize(fromContentsOf: w.utf8)
                }
            }
            return n
        }
    }
}
