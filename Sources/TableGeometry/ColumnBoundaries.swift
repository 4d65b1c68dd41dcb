import PageLayout

/// Places the boundary between each pair of neighbouring columns where the data needs it:
/// inside the gap between their header texts, at the position crossed by the fewest data
/// words (a "river" of white space). Right-aligned numbers and left-aligned text therefore
/// never merge, and a column is never split by its own words.
public enum ColumnBoundaries {
    /// Step of the scan across a header gap, in points.
    static let scanStep = 0.5

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
            var best = (lo + hi) / 2
            var bestCrossings = Int.max
            var bestRun = 0.0
            var runStart = lo
            var x = lo
            var lastCount = -1
            // Choose the middle of the widest run of positions crossed by the fewest words.
            while x <= hi + 1e-9 {
                let count = dataWords.reduce(0) { $0 + (($1.box.x0 < x && $1.box.x1 > x) ? 1 : 0) }
                if count != lastCount { runStart = x; lastCount = count }
                let run = x - runStart
                if count < bestCrossings || (count == bestCrossings && run > bestRun) {
                    bestCrossings = count
                    bestRun = run
                    best = (runStart + x) / 2
                }
                x += scanStep
            }
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
