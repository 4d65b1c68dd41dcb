import PageLayout

/// Words set letter-spaced ("P E R F O R M A N S  H E D E F İ"), as Word's "expanded"
/// spacing and InDesign's tracking print headings: the producer moves each glyph on by its
/// advance and the tracking, so poppler (and the word builder) see every letter as a word.
/// A run of such one-letter pieces on a line, the same face and size, is joined back into its
/// words: the run's tracking is its narrowest gap, and a word ends where a gap is wider than
/// the tracking by more than a word's own gap (there the space's advance adds to the tracking).
/// Slight tracking makes poppler part a word only here and there: a single glyph touching its
/// neighbour (closer than a word's own gap, no space of a font) is joined to it.
enum LetterSpacedRuns {
    /// The widest tracking read as letter spacing, as a fraction of the line's height (the
    /// glyph box, about 1.16 em): letters a full em apart and more stand as separate words,
    /// as figures in adjacent columns do.
    static let widestTrackingFraction = 1.0
    /// How far the boxes of one face's glyphs on one baseline may differ, top and bottom, as a
    /// fraction of their height (rounding; a word's own pieces share their box).
    static let sameBaselineFraction = 0.1
    /// Single-glyph pieces a run needs one after another: text rarely holds four one-letter
    /// words in a row ("1 / 2" has three), a letter-spaced heading's words mostly have four letters and more.
    static let singleGlyphsInARow = 4

    /// The page's words with letter-spaced runs joined, in the same order (a joined word where
    /// its first piece was), or nil when no line holds one. Runs are looked for along the
    /// page's lines (`lines`, grouped from `words`), since poppler's order may put a heading's
    /// letters in blocks of their own.
    static func rejoined(_ words: [Word], lines: [TextLine]) -> [Word]? {
        var replaced: [Word: Word?] = [:]
        for line in lines where line.words.count > 1 && line.words[0].rotation == 0 {
            // Only lines with a single glyph can hold a run: most lines cost one look.
            guard line.words.contains(where: isSingleGlyph) else { continue }
            for run in joinedRuns(line.words) {
                for (word, pieces) in run.joined where pieces.count > 1 {
                    replaced[pieces[0]] = word
                    for piece in pieces.dropFirst() { replaced[piece] = .some(nil) }
                }
            }
        }
        guard !replaced.isEmpty else { return nil }
        return words.compactMap { word in replaced[word].map { $0 } ?? word }
    }

    /// One glyph's text: a single scalar, or the letters of a ligature ("fi"), told from the bytes' count first (a scalar is at most
    /// four bytes) without walking the text.
    static func isSingleGlyph(_ word: Word) -> Bool {
        word.text.utf8.count <= 4 && (word.text.unicodeScalars.count == 1 || PrintedCharacters.isLigatureText(word.text))
    }

    /// Words of one line, left to right, each with the pieces it was joined from (itself alone
    /// where nothing joined).
    static func joinedAlongLine(_ words: [Word]) -> [(word: Word, pieces: [Word])] {
        var out: [(word: Word, pieces: [Word])] = []
        var next = 0
        for run in joinedRuns(words) {
            out += words[next..<run.range.lowerBound].map { ($0, [$0]) }
            out += run.joined
            next = run.range.upperBound
        }
        return out + words[next...].map { ($0, [$0]) }
    }

    /// The runs of one line that `join` letter-spaced, with their words. `join` joins only around
    /// a single glyph: a lone word, or a run without one, is not asked (most of a page's runs).
    static func joinedRuns(_ words: [Word]) -> [(range: Range<Int>, joined: [(word: Word, pieces: [Word])])] {
        var out: [(range: Range<Int>, joined: [(word: Word, pieces: [Word])])] = []
        var start = 0
        while start < words.count {
            var end = start + 1
            while end < words.count, follows(words[end - 1], words[end]) { end += 1 }
            if end - start > 1, words[start..<end].contains(where: isSingleGlyph), let joined = join(words[start..<end]) {
                out.append((start..<end, joined))
            }
            start = end
        }
        return out
    }

    /// Whether `next` stands on `previous`'s line within letter-spacing reach, in the same
    /// face: upright, same size and weight, on one baseline (`sameBaselineFraction`), its gap no wider than
    /// `widestTrackingFraction` of the line's height.
    static func follows(_ previous: Word, _ next: Word) -> Bool {
        guard previous.rotation == 0, next.rotation == 0, previous.isBold == next.isBold,
              abs(previous.fontSize - next.fontSize) <= 0.05 * previous.scale else { return false }
        let height = max(min(previous.box.height, next.box.height), 0.5)
        let gap = next.box.x0 - previous.box.x1
        // One face on one baseline: the glyph boxes' tops and bottoms agree (pieces of text set at
        // an angle step up or down, and stay apart).
        return abs(next.box.y0 - previous.box.y0) <= sameBaselineFraction * height
            && abs(next.box.y1 - previous.box.y1) <= sameBaselineFraction * height
            && gap >= -WordBuilder.wordGapFraction * height && gap <= widestTrackingFraction * height
    }

    /// The run's words when it is letter-spaced, nil otherwise. Pieces join where their gap is
    /// within a word's own gap of the tracking (the run's narrowest gap) and one of them is a
    /// single glyph, or the word before was joined from pieces already. Letter-spaced: `singleGlyphsInARow` one-letter pieces one after another, or,
    /// where poppler joined some letters back, two single letters at the tracking in a run that
    /// also holds a wider gap (a word space), so that spaces alike ("Sayfa 1 / 2") never join.
    private static func join(_ run: ArraySlice<Word>) -> [(word: Word, pieces: [Word])]? {
        let pairs = zip(run, run.dropFirst())
        guard let tracking = pairs.map({ $1.box.x0 - $0.box.x1 }).min() else { return nil }
        let isSingle = isSingleGlyph
        func withinTracking(_ previous: Word, _ next: Word) -> Bool {
            let height = max(min(previous.box.height, next.box.height), 0.5)
            return next.box.x0 - previous.box.x1 <= tracking + WordBuilder.wordGapFraction * height
        }
        var inARow = 0, most = 0
        for word in run {
            inARow = isSingle(word) ? inARow + 1 : 0
            most = max(most, inARow)
        }
        // Two letters: a code and its dash opening a cell's text (“1 - Şehrimizin …”) are two single
        // glyphs at a word space, in a line whose next cell stands a wider gap away.
        func isLetter(_ word: Word) -> Bool { isSingle(word) && word.text.unicodeScalars.first?.properties.isAlphabetic == true }
        let spaced = most >= singleGlyphsInARow
            || (pairs.contains { !withinTracking($0, $1) } && pairs.contains { isLetter($0) && isLetter($1) && withinTracking($0, $1) })
        // Tracking narrower than any space of a font, where poppler parted a letter from its word
        // ("2 024", "M aliyeti"): a single glyph touching its neighbour is one word with it,
        // whatever the run. Only a single glyph: the texts of two cells may touch ("inceleme" | "Kent").
        func touches(_ previous: Word, _ next: Word) -> Bool {
            let height = max(min(previous.box.height, next.box.height), 0.5)
            return (isSingle(previous) || isSingle(next)) && next.box.x0 - previous.box.x1 <= WordBuilder.wordGapFraction * height
        }
        guard spaced || pairs.contains(where: touches) else { return nil }
        var out: [(word: Word, pieces: [Word])] = [(run[run.startIndex], [run[run.startIndex]])]
        for (previous, next) in pairs {
            // Also two pieces of several letters, where the word before was itself joined from pieces:
            // poppler joins a tracked word's letters here and there ("T" "A" "BL" "OSU").
            let inAJoinedWord = out[out.count - 1].pieces.count > 1
            if spaced ? (isSingle(previous) || isSingle(next) || inAJoinedWord) && withinTracking(previous, next) : touches(previous, next) {
                let last = out.removeLast()
                out.append((Word(text: last.word.text + next.text, box: last.word.box.union(next.box), fontSize: last.word.fontSize,
                                 isBold: last.word.isBold, rotation: 0), last.pieces + [next]))
            } else {
                out.append((next, [next]))
            }
        }
        return out
    }
}
