import PageLayout

/// Places the boundary between each pair of neighbouring columns where the data needs it:
/// inside the gap between their header texts, at the position crossed by the fewest data
/// words (a "river" of white space). Right-aligned numbers and left-aligned text therefore
/// never merge, and a column is never split by its own words.
public enum ColumnBoundaries {
    /// Step of the scan across a header gap, in points.
    static let scanStep = 0.5
    /// Runs of white space whose widths differ by less than this (points) are equally good.
    static let widthTieTolerance = 1.5

    /// `columns.count - 1` x positions, left to right.
    public static func boundaries(columns: [Column], dataWords: [Word]) -> [Double] {
        guard columns.count > 1 else { return [] }
        var out: [Double] = []
        for k in 0..<(columns.count - 1) {
            let left = columns[k], right = columns[k + 1]
            var lo = min(left.x1, right.x0), hi = max(left.x1, right.x0)
            if hi - lo < scanStep {
                lo = min(left.midX, right.midX); hi = max(left.midX, right.midX)
            }
            // Runs of scan positions crossed by the same number of words.
            var runs: [(count: Int, from: Double, to: Double)] = []
            var x = lo
            while x <= hi + 1e-9 {
                let count = dataWords.reduce(0) { $0 + (($1.box.x0 < x && $1.box.x1 > x) ? 1 : 0) }
                if let last = runs.last, last.count == count { runs[runs.count - 1].to = x } else { runs.append((count, x, x)) }
                x += scanStep
            }
            // Fewest crossings, widest run (a river between columns beats a chance gap
            // between words); between runs about as wide, the one nearest the midpoint of the
            // two header centres (headers sit over their own data, not the neighbour's).
            let fewest = runs.map(\.count).min() ?? 0
            let candidates = runs.filter { $0.count == fewest }
            let widest = candidates.map { $0.to - $0.from }.max() ?? 0
            let target = (left.midX + right.midX) / 2
            let best = candidates.filter { widest - ($0.to - $0.from) <= widthTieTolerance }
                .min { abs(($0.from + $0.to) / 2 - target) < abs(($1.from + $1.to) / 2 - target) }
                .map { ($0.from + $0.to) / 2 } ?? target
            out.append(best)
        }
        return out
    }

    /// The column index of a word: the boundaries it lies between (by its centre; a word
    /// crossing a boundary goes where most of it lies).
    public static func columnIndex(of box: Rect, boundaries: [Double]) -> Int {
        var index = 0
        for b in boundaries where box.midX > b { index += 1 }
        return index
    }
}
