/// Groups words into lines by their vertical extent.
public enum LineGrouping {
    /// Two words share a line when their vertical overlap is at least this fraction of the
    /// smaller height: text on one baseline overlaps almost fully, the next line by little.
    public static let minimumOverlapFraction = 0.5

    /// A word joins the line when it overlaps the line's first word enough. The first word,
    /// not the union of the words so far: in a header whose cells are centred vertically,
    /// lines of 1-, 2- and 3-line cells sit half a line apart, and a band that grew with
    /// each slightly lower word would chain them all into one line.
    public static func lines(from words: [Word]) -> [TextLine] {
        let sorted = words.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var groups: [[Word]] = []
        var seeds: [Rect] = []
        for word in sorted {
            if let last = seeds.indices.last {
                let seed = seeds[last]
                let overlap = seed.verticalOverlap(word.box)
                if overlap >= minimumOverlapFraction * min(seed.height, word.box.height) {
                    groups[last].append(word)
                    continue
                }
            }
            groups.append([word])
            seeds.append(word.box)
        }
        return groups.map { TextLine(words: $0) }
    }
}
