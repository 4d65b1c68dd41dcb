/// Groups words into lines by their vertical extent.
public enum LineGrouping {
    /// Two words share a line when their vertical overlap is at least this fraction of the
    /// smaller height: text on one baseline overlaps almost fully, the next line by little.
    public static let minimumOverlapFraction = 0.5

    public static func lines(from words: [Word]) -> [TextLine] {
        let sorted = words.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var groups: [[Word]] = []
        var bands: [Rect] = []
        for word in sorted {
            if let last = bands.indices.last {
                let band = bands[last]
                let overlap = band.verticalOverlap(word.box)
                if overlap >= minimumOverlapFraction * min(band.height, word.box.height) {
                    groups[last].append(word)
                    bands[last] = band.union(word.box)
                    continue
                }
            }
            groups.append([word])
            bands.append(word.box)
        }
        return groups.map { TextLine(words: $0) }
    }
}
