/// Groups words into lines by their extent across their direction of writing.
public enum LineGrouping {
    /// Two words share a line when their overlap across the line (vertical extent for
    /// upright text) is at least this fraction of the smaller one: text on one baseline
    /// overlaps almost fully, the next line by little.
    public static let minimumOverlapFraction = 0.5

    /// A word joins the line when it overlaps the line's first word enough. The first word,
    /// not the union of the words so far: in a header whose cells are centred vertically,
    /// lines of 1-, 2- and 3-line cells sit half a line apart, and a band that grew with
    /// each slightly lower word would chain them all into one line.
    ///
    /// A turned word continues the line before it when the gap along the line is at most
    /// this fraction of the line's height: a word space is about 0.3 em, while the next
    /// cell's text or a label elsewhere on the page is further away.
    public static let turnedWordGapFraction = 1.0

    /// Words that run turned (a vertical header cell) form lines of their own direction,
    /// never joined with upright words: a tall vertical word would otherwise seed a line that
    /// swallows every line of the cells beside it. They come from poppler a line at a time,
    /// so a turned word continues the line of the word before it in the same direction when
    /// it sits on that line's baseline and close along it. Lines come in the order of their
    /// first words (top to bottom, then left to right). One sort and one sweep.
    public static func lines(from words: [Word]) -> [TextLine] {
        guard words.contains(where: { $0.rotation != 0 }) else { return uprightLines(words) }
        var groups = upright(words.filter { $0.rotation == 0 })
        var open: [Int: Int] = [:]  // rotation → index in `groups` of its line in progress
        for word in words where word.rotation != 0 {
            if let index = open[word.rotation], continues(groups[index].box, with: word) {
                groups[index].words.append(word)
                groups[index].box = groups[index].box.union(word.box)
            } else {
                open[word.rotation] = groups.count
                groups.append((word.box, word.box, [word]))
            }
        }
        func key(_ g: Group) -> (Double, Double, Double, Double, Int) {
            (g.seed.midY, g.seed.x0, g.seed.y0, g.seed.x1, g.words[0].rotation)
        }
        groups.sort { key($0) < key($1) }
        return groups.map { TextLine(words: $0.words) }
    }

    private typealias Group = (seed: Rect, box: Rect, words: [Word])

    /// `upright(words).map { TextLine(words: $0.words) }` of words that all run upright, each
    /// word copied once: the words are put in order by their indices (a word is a large value,
    /// and sorting the words, then each line's words again, copied each several times).
    private static func uprightLines(_ words: [Word]) -> [TextLine] {
        let keys = words.map { ($0.box.midY, $0.box.x0) }
        // `upright`'s order, ties in the words' own order (the sort it asks for is stable): the
        // keys sorted with their indices, compared in place rather than looked up by index.
        var keyed = keys.indices.map { (keys[$0].0, keys[$0].1, $0) }
        keyed.sort { $0 < $1 }
        let order = keyed.map { $0.2 }
        var lines: [TextLine] = []
        var start = 0
        while start < order.count {
            let seed = words[order[start]].box
            var end = start + 1
            while end < order.count {
                let box = words[order[end]].box
                guard seed.verticalOverlap(box) >= minimumOverlapFraction * min(seed.height, box.height) else { break }
                end += 1
            }
            lines.append(line(order[start..<end], of: words, keys: keys))
            start = end
        }
        return lines
    }

    /// `TextLine(words:)` of the words at `group` (in `upright`'s order): left to right, ties in
    /// the group's order (mostly the group's order already); its box from the group's.
    private static func line(_ group: ArraySlice<Int>, of words: [Word], keys: [(Double, Double)]) -> TextLine {
        var lineWords: [Word] = []
        lineWords.reserveCapacity(group.count)
        if zip(group, group.dropFirst()).contains(where: { keys[$1].1 < keys[$0].1 }) {
            let across = Array(group)
            let xs = across.map { keys[$0].1 }
            for k in xs.indices.sorted(by: { xs[$0] < xs[$1] || (!(xs[$1] < xs[$0]) && $0 < $1) }) {
                lineWords.append(words[across[k]])
            }
        } else {
            for i in group { lineWords.append(words[i]) }
        }
        return TextLine(ordered: lineWords, box: Rect.enclosing(group.lazy.map { words[$0].box })!)
    }

    /// Upright words, grouped with the first word of each line as its seed.
    private static func upright(_ words: [Word]) -> [Group] {
        let sorted = words.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        // Each line's words are a run of the sorted words, taken whole once its end is found
        // (appending word by word grew every line's array several times).
        var groups: [Group] = []
        var start = 0
        for (k, word) in sorted.enumerated().dropFirst() {
            let seed = sorted[start].box
            if seed.verticalOverlap(word.box) >= minimumOverlapFraction * min(seed.height, word.box.height) { continue }
            groups.append((seed, seed, Array(sorted[start..<k])))
            start = k
        }
        if start < sorted.count { groups.append((sorted[start].box, sorted[start].box, Array(sorted[start...]))) }
        return groups
    }

    /// Whether a turned word sits on the baseline of a line (`box`) of its direction and
    /// close to it along the line.
    private static func continues(_ box: Rect, with word: Word) -> Bool {
        let vertical = word.isVertical
        let overlap = vertical ? box.horizontalOverlap(word.box) : box.verticalOverlap(word.box)
        let across = vertical ? min(box.width, word.box.width) : min(box.height, word.box.height)
        let gap = vertical
            ? max(word.box.y0 - box.y1, box.y0 - word.box.y1)
            : max(word.box.x0 - box.x1, box.x0 - word.box.x1)
        return overlap >= minimumOverlapFraction * across && gap <= turnedWordGapFraction * across
    }
}
