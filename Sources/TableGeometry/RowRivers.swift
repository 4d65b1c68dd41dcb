import PageLayout

/// The white-space rivers of a few rows taken on their own: the x gaps that no word of
/// those rows covers. A row the typesetter laid out with its own column widths (a wider
/// name column on two rows of an otherwise regular table) is cut into its cells by them.
public enum RowRivers {
    /// The x extents of the blocks of words between rivers, left to right. A gap is a river
    /// when it is at least `ColumnBoundaries.minimumRiverFraction` of the font size wide,
    /// the same measure the table-wide boundaries use; a justified line's widened spaces
    /// (`ColumnBoundaries.widenedSpaces`) are white space inside a cell, covered as its words are.
    /// `widened`: the words' `ColumnBoundaries.widenedSpaces`, where the caller found them already.
    public static func blocks(of words: [Word], widened: [ClosedRange<Double>]? = nil) -> [(x0: Double, x1: Double)] {
        let minimumGap = ColumnBoundaries.minimumRiverWidth(words)
        let spans = words.map { ($0.box.x0, $0.box.x1) }
        // Widened spaces lie between words of a line, so they only join blocks: where the words
        // alone make one block (most lines, most cells), they are not looked for.
        if widened == nil {
            let alone = merged(spans, minimumGap: minimumGap)
            guard alone.count > 1 else { return alone }
        }
        return merged(spans + (widened ?? ColumnBoundaries.widenedSpaces(words)).map { ($0.lowerBound, $0.upperBound) }, minimumGap: minimumGap)
    }

    /// The spans joined where less than `minimumGap` parts them, left to right.
    private static func merged(_ spans: [(Double, Double)], minimumGap: Double) -> [(x0: Double, x1: Double)] {
        var blocks: [(x0: Double, x1: Double)] = []
        // A line's words come left to right already: sorted only where they do not.
        let ordered = zip(spans, spans.dropFirst()).allSatisfy { !($1.0 < $0.0) } ? spans : spans.sorted(by: { $0.0 < $1.0 })
        for (x0, x1) in ordered {
            if let last = blocks.last, x0 - last.x1 < minimumGap {
                blocks[blocks.count - 1].x1 = max(last.x1, x1)
            } else {
                blocks.append((x0, x1))
            }
        }
        return blocks
    }

    /// Boundaries in the middle of the rivers when the words fall into exactly
    /// `columnCount` blocks, one per column; nil otherwise (an empty cell or a paragraph
    /// run across the columns leaves the blocks ambiguous).
    public static func boundaries(of words: [Word], columnCount: Int) -> [Double]? {
        let b = blocks(of: words)
        guard columnCount > 1, b.count == columnCount else { return nil }
        return (1..<b.count).map { (b[$0 - 1].x1 + b[$0].x0) / 2 }
    }

    /// Whether a word lies across one of `boundaries`: the sign that its row does not
    /// follow the table's columns.
    public static func crossesBoundary(_ words: [Word], _ boundaries: [Double]) -> Bool {
        words.contains { w in boundaries.contains { w.box.x0 < $0 && w.box.x1 > $0 } }
    }
}
