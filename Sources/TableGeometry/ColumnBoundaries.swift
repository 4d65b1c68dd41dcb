import PageLayout

/// Places the boundary between each pair of neighbouring columns where the data needs it:
/// inside the gap between their header texts, at the position crossed by the fewest data
/// words (a "river" of white space). Right-aligned numbers and left-aligned text therefore
/// never merge, and a column is never split by its own words.
public enum ColumnBoundaries {
    /// Step of the scan across a header gap, in points.
    static let scanStep = 0.5
    /// Spreads of alignment within this many points are equally good.
    static let alignmentTolerance = 1.0

    /// How far a set of boxes is from sharing a left edge, a right edge or a centre.
    static func alignmentSpread(_ boxes: [Rect]) -> Double {
        guard boxes.count > 1 else { return 0 }
        func spread(_ v: [Double]) -> Double { (v.max() ?? 0) - (v.min() ?? 0) }
        return min(spread(boxes.map(\.x0)), spread(boxes.map(\.x1)), spread(boxes.map(\.midX)))
    }

    /// `alignmentSpread` of boxes added one by one.
    struct Spread {
        private var count = 0
        private var x0 = (min: Double.infinity, max: -Double.infinity)
        private var x1 = (min: Double.infinity, max: -Double.infinity)
        private var mid = (min: Double.infinity, max: -Double.infinity)

        mutating func add(_ box: Rect) {
            count += 1
            x0 = (min(x0.min, box.x0), max(x0.max, box.x0))
            x1 = (min(x1.min, box.x1), max(x1.max, box.x1))
            mid = (min(mid.min, box.midX), max(mid.max, box.midX))
        }

        var spread: Double { count > 1 ? min(x0.max - x0.min, x1.max - x1.min, mid.max - mid.min) : 0 }
    }

    /// White space narrower than this fraction of the font size may be an ordinary word
    /// space that happens to line up; a column river is wider.
    static let minimumRiverFraction = 0.5

    /// The narrowest white space among `words` that is a river: `minimumRiverFraction` of
    /// their median font size.
    static func minimumRiverWidth(_ words: [Word]) -> Double {
        minimumRiverFraction * medianFontSize(words)
    }

    /// A drawn rule is a column edge of the table when it stands across at least this share of
    /// its rows (a full-width or merged row has none where its cell spans the edge).
    public static let ruledRowShare = 0.5
    /// Rules of different rows this fraction of the font size apart stand at one edge.
    public static let ruleAlignmentFraction = 0.25

    /// The table's drawn column edges on one page: the vertical rules standing across at least
    /// `ruledRowShare` of `rows` and crossed by no word of the rows they stand across (a word
    /// running over a line is not in a cell it edges), left to right.
    public static func drawnEdges(of rows: [RowBand]) -> [Double] {
        guard !rows.isEmpty, rows.contains(where: { !$0.verticalRules.isEmpty }) else { return [] }
        let em = medianFontSize(rows.flatMap(\.words))
        let tolerance = ruleAlignmentFraction * em
        var edges: [(x: Double, rows: Int)] = []
        for row in rows {
            for x in row.verticalRules where !row.words.contains(where: { $0.box.x0 < x - tolerance && $0.box.x1 > x + tolerance }) {
                if let k = edges.firstIndex(where: { abs($0.x - x) <= tolerance }) { edges[k].rows += 1 } else { edges.append((x, 1)) }
            }
        }
        return edges.filter { Double($0.rows) >= ruledRowShare * Double(rows.count) }.map(\.x).sorted()
    }

    static func medianFontSize(_ words: [Word]) -> Double {
        words.map(\.scale).sorted().dropFirst(words.count / 2).first ?? 8
    }

    /// `columns.count - 1` x positions, left to right. Where the table draws one cell edge
    /// between each pair of columns (`drawnEdges` inside the text, as many as the columns need),
    /// those edges are the boundaries, whatever the header's place (a header repeated from an
    /// earlier page may stand elsewhere); otherwise the white space decides.
    /// Edges inside the text that do not part the header's columns one from the next (a column
    /// under no title left of the first, such as the rows' codes, while the last column's cells
    /// are empty, so its edge lies right of the text) give way to the edges standing one between
    /// each two columns' titles, where there are such.
    /// `widened`: the data words' `widenedSpaces`, where the caller found them already.
    public static func boundaries(columns: [Column], dataWords: [Word], drawnEdges: [Double],
                                  widened: [ClosedRange<Double>]? = nil) -> [Double] {
        guard columns.count > 1, !drawnEdges.isEmpty, let left = dataWords.map(\.box.x0).min(),
              let right = dataWords.map(\.box.x1).max() else { return boundaries(columns: columns, dataWords: dataWords, widened: widened) }
        let inside = drawnEdges.filter { $0 > left && $0 < right }
        func parts(_ k: Int, _ x: Double) -> Bool { x > columns[k].midX && x < columns[k + 1].midX }
        if inside.count == columns.count - 1, !inside.indices.allSatisfy({ parts($0, inside[$0]) }) {
            let between = (0..<(columns.count - 1)).map { k in drawnEdges.filter { parts(k, $0) } }
            if between.allSatisfy({ $0.count == 1 }) { return between.map { $0[0] } }
        }
        return inside.count == columns.count - 1 ? inside : boundaries(columns: columns, dataWords: dataWords, widened: widened)
    }

    /// `columns.count - 1` x positions, left to right, at the white space between the columns.
    /// `widened`: the data words' `widenedSpaces`, where the caller found them already.
    public static func boundaries(columns: [Column], dataWords: [Word], widened: [ClosedRange<Double>]? = nil) -> [Double] {
        guard columns.count > 1 else { return [] }
        var out: [Double] = []
        let riverWidth = minimumRiverWidth(dataWords)
        // A justified line's widened spaces are white space inside one cell: a river through
        // them is no column edge ("sayısının     15     adete" spread to a name cell's width,
        // its last words nearer the figures' header than their own). They count as crossed.
        let bridges = widened ?? widenedSpaces(dataWords)
        // The words' and bridges' spans, and each word's box and whether it opens with a figure,
        // gathered once for every pair of columns (not copied, with their texts, per pair).
        let spans = dataWords.map { ($0.box.x0, $0.box.x1) } + bridges.map { ($0.lowerBound, $0.upperBound) }
        let placed = dataWords.map { (box: $0.box, isNumber: opensWithFigure($0.text)) }
        for k in 0..<(columns.count - 1) {
            let left = columns[k], right = columns[k + 1]
            var lo = min(left.x1, right.x0), hi = max(left.x1, right.x0)
            if hi - lo < scanStep {
                lo = min(left.midX, right.midX); hi = max(left.midX, right.midX)
            }
            // Runs of scan positions crossed by the same number of words. Only words reaching
            // into the scanned span can cross a position (every x scanned lies in lo...hi + 1e-9,
            // and a word crosses x when x0 < x < x1): the others are left out of the count
            // once, not at every step.
            // A word of no width crosses nothing. Of the others, those crossing x are those
            // starting left of it less those ending at or left of it (a word ending there
            // starts left of it): two sorted edge lists walked once as x moves right.
            // A justified line's widened space is crossed as a word is.
            let reaching = spans.filter { $0.1 > lo && $0.0 < hi + scanStep && $0.0 < $0.1 }
            let starts = reaching.map(\.0).sorted(), ends = reaching.map(\.1).sorted()
            var started = 0, ended = 0
            var runs: [(count: Int, from: Double, to: Double)] = []
            var x = lo
            while x <= hi + 1e-9 {
                while started < starts.count && starts[started] < x { started += 1 }
                while ended < ends.count && ends[ended] <= x { ended += 1 }
                let count = started - ended
                if let last = runs.last, last.count == count { runs[runs.count - 1].to = x } else { runs.append((count, x, x)) }
                x += scanStep
            }
            // Fewest crossings; among those runs wide enough to be a river between columns
            // (not a chance gap between words), the one nearest the midpoint of the two header
            // centres: headers stand over their own data, so data never crosses that line far.
            let fewest = runs.map(\.count).min() ?? 0
            let candidates = runs.filter { $0.count == fewest }
            let target = (left.midX + right.midX) / 2
            let wide = candidates.filter { $0.to - $0.from >= riverWidth }
            func distance(_ r: (count: Int, from: Double, to: Double)) -> Double {
                target < r.from ? r.from - target : target > r.to ? target - r.to : 0
            }
            // A figure column set tight against its right edge meets the next column's text
            // closer than a river's width: that narrow white space is a candidate too where a
            // stack of right-aligned figures ends at it (`isFigureEdge`), and the alignment
            // below chooses between it and the wide runs.
            let figureEdges = wide.isEmpty ? [] : candidates.filter { $0.to - $0.from < riverWidth && isFigureEdge($0.from, dataWords) }
            let pool = wide.isEmpty ? candidates : wide + figureEdges
            // Cells of one column are aligned (left, right or centred); a boundary that puts a
            // stray word beside the aligned stack of the next column is the wrong one.
            // Data may stand beside its header rather than under it: look one header width out.
            let near = placed.filter { $0.box.midX > left.x0 - left.width && $0.box.midX < right.x1 + right.width }
            func score(_ b: Double) -> Double {
                // `alignmentSpread` of the words right of b and of the figures left of it,
                // gathered in one pass without arrays.
                var rightSide = Spread(), leftNumbers = Spread()
                for w in near {
                    if w.box.midX >= b { rightSide.add(w.box) }
                    else if w.box.midX > left.midX && w.isNumber { leftNumbers.add(w.box) }
                }
                return rightSide.spread + leftNumbers.spread
            }
            let scored = pool.map { run -> (Double, Double, Double) in
                let b = (run.from + run.to) / 2
                return (score(b), distance(run), b)
            }
            let bestScore = scored.map(\.0).min() ?? 0
            let best = scored.filter { $0.0 - bestScore <= alignmentTolerance }.min { $0.1 < $1.1 }?.2 ?? target
            out.append(best)
        }
        return out
    }

    /// `text.first?.isNumber == true`, told from the first byte where it is ASCII (most words):
    /// a character is a number when its first scalar is, and of ASCII only the digits are.
    static func opensWithFigure(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first < 0x80 ? first &- UInt8(ascii: "0") < 10 : text.first?.isNumber == true
    }

    /// The widened spaces of the justified lines among `words` (`JustifiedSpacing`), as x spans.
    public static func widenedSpaces(_ words: [Word]) -> [ClosedRange<Double>] {
        // An even run needs a line of so many words, a broken word one before it: a cell's few
        // words have none, told without grouping them into lines.
        guard words.count >= JustifiedSpacing.minimumWordsAmongRows || (words.count >= 2 && words.contains(where: { JustifiedSpacing.isBroken($0.text) }))
        else { return [] }
        return JustifiedSpacing.spaces(in: LineGrouping.lines(from: words), minimumWords: JustifiedSpacing.minimumWordsAmongRows)
    }

    /// Right-aligned figures end at `x` (a white-space run's left side) when at least
    /// `figureEdgeRows` words end there, within `alignmentTolerance`, all of them figures.
    static func isFigureEdge(_ x: Double, _ words: [Word]) -> Bool {
        let ending = words.filter { $0.box.x1 <= x + 1e-9 && $0.box.x1 > x - scanStep - alignmentTolerance }
        return ending.count >= figureEdgeRows && ending.allSatisfy { TouchingRows.isFigure($0.text) }
    }

    /// Two figures ending at one x show a right-aligned column; one may end there by chance.
    static let figureEdgeRows = 2

    /// The column index of a word: the boundaries it lies between (by its centre; a word
    /// crossing a boundary goes where most of it lies).
    public static func columnIndex(of box: Rect, boundaries: [Double]) -> Int {
        var index = 0
        for b in boundaries where box.midX > b { index += 1 }
        return index
    }
}
