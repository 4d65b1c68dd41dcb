import PageLayout

/// Splits a page's lines into rows: at horizontal rules where the page has them, and at
/// vertical gaps in the text everywhere (so unruled tables and text between tables split too).
public enum RowSegmenter {
    /// A rule shorter than this fraction of the text block's width underlines a spanning
    /// header ("Kaynak İhtiyacı 2024" over its three columns) rather than ending a row.
    public static let separatorWidthFraction = 0.6
    /// Lines of one wrapped cell follow each other at about one line height; a gap larger
    /// than this fraction of the line height starts a new row.
    public static let rowGapFraction = 0.6
    /// Where an unruled page sets wrapped lines tighter than that (a browser sets them edge to
    /// edge), a gap this fraction of the line height beyond the page's own line spacing starts a
    /// row: rows with little cell padding (Chromium's 2 pt: 0.43 line heights) are still rows.
    public static let rowGapOverLeading = 0.3
    /// The page's line spacing is the gap of its this-many-th closest pair of stacked lines: a
    /// page whose cells rarely wrap (wide landscape columns) has few such pairs among many rows,
    /// and one pair may touch by accident.
    static let leadingPairRank = 2
    /// The cells of one row share their table's type size, and a heading is set larger than the
    /// body (8 pt cells, a 10 pt 'Stratejik Hedef 1.2: …'): a line whose type is this much larger
    /// (as a fraction of the row's largest type so far) than every line of the row above starts
    /// a new row, even where a word processor sets the next paragraph right under the table's
    /// last row (no gap) or draws that row's bottom rule cell by cell (no full-width rule).
    public static let headingSizeStep = 0.15
    /// A header told from the body by its weight alone (no rule, no shading under it, its cells
    /// centred a padding over the first row's): a line with no bold word under a row of cells set
    /// all in bold, a gap more than this fraction of the line height under it (the lines of one cell
    /// follow each other closer), starts a new row.
    public static let weightGapFraction = 0.2
    /// So many rows at least between two rules are read as rows of their own (`rows`).
    public static let rowsBetweenRules = 3
    /// The row's last line: its lines that end within this fraction of the line height of the
    /// row's bottom (cells of one line side by side end together, give or take their fonts' descent).
    static let lastLineReach = 0.5

    public static func rows(of page: Page) -> [RowBand] {
        rows(lines: page.lines, rulings: page.rulings, shades: page.shadedBoxes, page: page.number)
    }

    public static func rows(lines: [TextLine], rulings: [Ruling], shades: [ShadedBox] = [], page: Int) -> [RowBand] {
        rows(lines: lines, rulings: rulings, shades: shades, page: page, betweenRules: false)
    }

    /// `betweenRules`: the lines of one band with a rule above and a rule below it, read as an
    /// unruled page; lines set edge to edge there (a browser's line boxes) leave its rows to their
    /// padding too (a page's text under a letterhead's rule is no such band). `pageSpacing`: the
    /// cell-line spacing of the whole page the band is on (`cellLineSpacing`), measured there: a
    /// band of a few rows may wrap one cell or none, and its own narrowest spacing is then its rows'.
    static func rows(lines: [TextLine], rulings: [Ruling], shades: [ShadedBox] = [], page: Int, betweenRules: Bool,
                     pageSpacing: (spacing: Double, em: Double)? = nil) -> [RowBand] {
        guard !lines.isEmpty else { return [] }
        let sorted = lines.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        let textBox = Rect.enclosing(sorted.map(\.box))!
        let rules = rulings
            .filter { $0.axis == .horizontal && $0.length >= separatorWidthFraction * textBox.width }
            .map(\.position)
        let shadeEdges = shadeEdges(shades, width: textBox.width)
        // A vertical line's height is its length: the lines across the page give the height.
        let across = sorted.filter { !($0.words.first?.isVertical ?? false) }
        let heights = (across.isEmpty ? sorted : across).map(\.box.height).sorted()
        let lineHeight = heights[heights.count / 2]
        // Rules part the rows of a ruled page; only an unruled one needs the tighter gap (a
        // shaded header row does not part the rows under it).
        let rowGap = rules.isEmpty
            ? min(rowGapFraction, leading(of: across.isEmpty ? sorted : across, lineHeight: lineHeight) + rowGapOverLeading) * lineHeight
            : rowGapFraction * lineHeight
        // A page that sets a cell's lines tighter than their boxes (the leading above sees 0),
        // or, between rules, edge to edge: the spacing its body's words show, and a little more,
        // is a cell's padding or a paragraph's, between lines of the body's type (a heading's
        // lines have their own spacing).
        var bodyRowGap = rowGap
        var isBodySize: (Double) -> Bool = { _ in false }
        if rules.isEmpty, let (spacing, em) = pageSpacing ?? cellLineSpacing(across), spacing < (betweenRules ? edgeToEdgeFraction * em : 0) {
            bodyRowGap = min(rowGap, spacing + rowGapOverCellLines * em)
            isBodySize = { abs($0 - em) <= bodySizeTolerance * em }
        }

        // Each row's lines and how its top was found; the bands are made once the rows are final
        // (a row split at its cells' text, or given the page's rules, is not made twice).
        var rows: [(lines: [TextLine], separatedBy: RowSeparation)] = []
        var current: [TextLine] = []
        var currentBottom = -Double.infinity
        var currentMid = -Double.infinity
        var currentSize = 0.0
        // Whether every word of the row so far is bold (a header row's cells).
        var currentBold = true
        var reason = RowSeparation.pageStart
        for line in sorted {
            if !current.isEmpty {
                func between(_ y: Double) -> Bool { y > currentMid && y < line.box.midY && y <= line.box.y0 + 0.5 * line.box.height }
                let ruled = rules.contains(where: between)
                let gap = line.box.y0 - currentBottom
                // The body's tighter gap parts rows only where the text above ended: a heading's
                // paragraph may be set with more spacing than the cells (a wrapped line is full).
                // The text right above is what the spacing is measured against: a larger title
                // joined to the row's top ("Tablo 1: …" 2 pt over its table's first label) leaves
                // the body rows under it to the body's spacing.
                // (Measured only where the gap and the line's own size leave it to decide.)
                func aboveSize() -> Double {
                    current.filter { $0.box.y1 >= currentBottom - lastLineReach * lineHeight }.map(typeSize).max() ?? 0
                }
                let gapped = gap > rowGap || (gap > bodyRowGap && isBodySize(typeSize(line)) && isBodySize(aboveSize())
                    && TouchingRows.endedBefore(line, row: current, right: textBox.x1))
                let shaded = shadeEdges.contains(where: between)
                let larger = currentSize > 0 && typeSize(line) > (1 + headingSizeStep) * currentSize
                // (A header's cells side by side: a bold title or heading alone over the rows is left to the gaps.)
                let lighter = currentBold && gap > weightGapFraction * lineHeight && !line.words.contains(where: \.isBold)
                    && RowRivers.blocks(of: current.flatMap(\.words)).count >= 2
                if ruled || gapped || shaded || larger || lighter {
                    rows.append((current, reason))
                    // The row keeps these lines (copy on write): this array, emptied, is the next row's.
                    current.removeAll(keepingCapacity: true)
                    reason = ruled ? .ruling : gapped ? .gap : shaded ? .shading : larger ? .typeSize : .weight
                    currentBottom = -.infinity
                    currentSize = 0
                    currentBold = true
                }
            }
            current.append(line)
            currentBottom = max(currentBottom, line.box.y1)
            currentMid = max(currentMid, line.box.midY)
            currentSize = max(currentSize, typeSize(line))
            currentBold = currentBold && line.words.allSatisfy(\.isBold)
        }
        if !current.isEmpty { rows.append((current, reason)) }
        // Rows that touch are told apart by their cells' text, where no rule parts them.
        // (A row's lines are in `sorted`'s order, by their top: as a band holds them.)
        if rules.isEmpty {
            rows = rows.flatMap { row -> [(lines: [TextLine], separatedBy: RowSeparation)] in
                let parts = TouchingRows.split(row.lines)
                guard parts.count > 1 else { return [row] }
                return parts.enumerated().map { k, lines in (RowBand.topToBottom(lines), k == 0 ? row.separatedBy : .content) }
            }
            // Cells set at the bottom of their rows (a spreadsheet's) end their rows together.
            if RowAlignment.of(rows: rows.map(\.lines)) == .bottom {
                rows = rows.flatMap { row -> [(lines: [TextLine], separatedBy: RowSeparation)] in
                    let parts = RowAlignment.splitAtBottoms(row.lines)
                    guard parts.count > 1 else { return [row] }
                    return parts.enumerated().map { k, lines in (RowBand.topToBottom(lines), k == 0 ? row.separatedBy : .content) }
                }
            }
        }
        // Rules are evidence of rows, not the only one: a table ruled only over its header, under
        // it and under its last row (booktabs) holds its body rows between two rules. A band
        // between rules is read as an unruled page is; its rows are kept where it holds
        // `rowsBetweenRules` at least, where each opens with a code at the band's left edge, or,
        // with a rule above and below, where each holds a figure under a figure of the one above
        // (an activity and the total row under it) (a table ruled row by row holds one row between
        // two rules: its cell's paragraphs read as rows would give two, neither opening with a
        // code, the second holding no figure of its own).
        if !rules.isEmpty {
            // A rule above (the page's first row has one only where a rule stands over its text)
            // and a rule below (the next row's top, or one under the page's last row). A table
            // broken by the page goes on under the page's top, or over its foot, as under a rule:
            // the page's first row with a rule under it, or its last with one over it, is between
            // rules (never a page's only row, text under a letterhead's rule to the page's foot).
            let ruled = rows.indices.map { k in
                let box = Rect.enclosing(rows[k].lines.map(\.box))!
                let above = k == 0 ? rules.contains { $0 <= box.y0 } || rows.count > 1 : rows[k].separatedBy == .ruling
                let below = k + 1 < rows.count ? rows[k + 1].separatedBy == .ruling : rules.contains { $0 >= box.y1 } || k > 0
                return above && below
            }
            // Measured once, on the page's lines, for the bands between rules.
            let pageSpacing = ruled.contains(true) ? cellLineSpacing(across) : nil
            rows = zip(rows, ruled).flatMap { row, ruled -> [(lines: [TextLine], separatedBy: RowSeparation)] in
                guard row.lines.count >= 2 else { return [row] }
                // The page's spacing is a body's: a header's lines (no figure of the body), centred at
                // different heights in cells spanning its rows, are no rows at it.
                let bodySpacing = ruled && row.lines.contains(where: holdsMarkedFigure) ? pageSpacing : nil
                let parts = Self.joiningBrokenCodes(Self.rows(lines: row.lines, rulings: [], page: page, betweenRules: ruled, pageSpacing: bodySpacing))
                let left = row.lines.map(\.box.x0).min() ?? 0
                guard parts.count >= rowsBetweenRules || (parts.count > 1 && parts.allSatisfy { opensWithCode($0, left: left) })
                        || (ruled && parts.count > 1 && zip(parts, parts.dropFirst()).allSatisfy { TouchingRows.figureUnderFigure($1.words, $0.words) })
                else { return [row] }
                return parts.enumerated().map { k, band in (band.lines, k == 0 ? row.separatedBy : band.separatedBy) }
            }
        }
        let verticals = verticalRules(rulings, tolerance: ruleReachFraction * lineHeight)
        guard !verticals.isEmpty else { return rows.map { RowBand(page: page, lines: $0.lines, separatedBy: $0.separatedBy) } }
        let reach = ruleReachFraction * lineHeight
        return rows.map { row in
            let box = Rect.enclosing(row.lines.lazy.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
            let standing = kept(verticals) { $0.standsAcross(box, reach: reach) }
            let crossing = kept(verticals) { $0.start < box.y1 - reach && $0.end > box.y0 + reach }
            return RowBand(page: page, lines: row.lines, separatedBy: row.separatedBy,
                           verticalRules: standing.map(\.position), crossingRules: crossing)
        }
    }

    /// `parts` with each part whose first word continues a code broken at the line's end in the
    /// part before (“PG1.2.” over “1”, a narrow code cell's) joined to that part: the number is
    /// the code's last, no code of a row of its own.
    static func joiningBrokenCodes(_ parts: [RowBand]) -> [RowBand] {
        var out: [RowBand] = []
        for part in parts {
            if let previous = out.last, let code = previous.lines.first?.words.first?.text,
               let next = part.lines.first?.words.first?.text, CodeBreak.continues(code, next) {
                out[out.count - 1] = RowBand(page: previous.page, lines: RowBand.topToBottom(previous.lines + part.lines),
                                             separatedBy: previous.separatedBy)
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// Whether a line holds a figure written with a mark ("1.900", "0,00", "%12,5"): a table
    /// body's, where a header prints years and units ("2024", "(TL)").
    static func holdsMarkedFigure(_ line: TextLine) -> Bool {
        line.words.contains { w in TouchingRows.isFigure(w.text) && w.text.contains { $0 == "." || $0 == "," } }
    }

    /// Whether a row's first line opens with a code ("1", "PG1.4.2") at `left`, the left edge of
    /// the rows it was parted from (`TouchingRows.leftEdgeFraction`).
    static func opensWithCode(_ row: RowBand, left: Double) -> Bool {
        guard let top = row.lines.map(\.box.y0).min() else { return false }
        return row.lines.contains { line in
            guard let first = line.words.first else { return false }
            return line.box.y0 - top <= TouchingRows.overlapFraction * line.box.height
                && first.box.x0 - left <= TouchingRows.leftEdgeFraction * first.scale && first.text.contains { $0.isNumber }
        }
    }

    /// `rules.filter(keep)`, counted first and gathered into an array of that size: each row of a
    /// page asks for the page's rules, and arrays filtered from them grew a rule at a time.
    private static func kept(_ rules: [Ruling], _ keep: (Ruling) -> Bool) -> [Ruling] {
        var out: [Ruling] = []
        out.reserveCapacity(rules.reduce(0) { keep($1) ? $0 + 1 : $0 })
        for rule in rules where keep(rule) { out.append(rule) }
        return out
    }

    /// A vertical rule stands across a row when it runs from its text's top to its text's
    /// bottom, give or take this fraction of the line height (a rule stops at the cell's edge,
    /// the text sits inside; a rule's end and a glyph's box may differ by rounding). Rules at
    /// one x within that distance are one rule, and segments (a rule drawn cell by cell) that
    /// meet within it are joined.
    public static let ruleReachFraction = 0.25

    /// The page's vertical rules, collinear segments joined: x and extent, left to right.
    static func verticalRules(_ rulings: [Ruling], tolerance: Double) -> [Ruling] {
        let vertical = rulings.filter { $0.axis == .vertical }.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var out: [Ruling] = []
        for r in vertical {
            if let k = out.lastIndex(where: { abs($0.position - r.position) <= tolerance && r.start <= $0.end + tolerance && r.end >= $0.start - tolerance }) {
                out[k].start = min(out[k].start, r.start)
                out[k].end = max(out[k].end, r.end)
            } else {
                out.append(r)
            }
        }
        return out.sorted { $0.position < $1.position }
    }

    /// A line's type size: its largest word's, for a line across the page; a vertical line
    /// (a turned header cell) never counts as larger type.
    static func typeSize(_ line: TextLine) -> Double {
        guard let first = line.words.first, !first.isVertical else { return 0 }
        return line.largestScale
    }

    /// Shaded cells part rows as rules do: where the shading of a header row (or of every other
    /// row) starts or stops across `separatorWidthFraction` of the text block, a row ends. Where
    /// a shaded row meets another shaded row (a two-row header shaded row by row), nothing is seen.
    /// Edges closer than this many points are one edge (cell fills meet with rounding).
    static let shadeEdgeTolerance = 0.5

    static func shadeEdges(_ shades: [ShadedBox], width: Double) -> [Double] {
        var edges: [Double] = []
        var ys: [Double] = []
        ys.reserveCapacity(2 * shades.count)
        for shade in shades { ys.append(shade.box.y0); ys.append(shade.box.y1) }
        // The spans shaded on either side of each y, gathered into arrays kept from one y to the
        // next (a page of shaded cells has a hundred edges to look at).
        var above: [(Double, Double)] = [], below: [(Double, Double)] = [], both: [(Double, Double)] = []
        for y in Set(ys).sorted() where !edges.contains(where: { abs($0 - y) <= shadeEdgeTolerance }) {
            above.removeAll(keepingCapacity: true)
            below.removeAll(keepingCapacity: true)
            // A shade running on across y (a cell's fill behind its paragraph's own fill, both one
            // grey) is shaded on both sides: the inner fill's edge is not seen.
            for shade in shades where abs(shade.box.y1 - y) <= shadeEdgeTolerance || runsAcross(shade, y) { above.append((shade.box.x0, shade.box.x1)) }
            for shade in shades where abs(shade.box.y0 - y) <= shadeEdgeTolerance || runsAcross(shade, y) { below.append((shade.box.x0, shade.box.x1)) }
            both.removeAll(keepingCapacity: true)
            both += above
            both += below
            // Shaded on one side only: all that is shaded on either side less what is shaded on
            // both (the length covered by both: each side's less their union's).
            let all = covered(both)
            let visible = all - (covered(above) + covered(below) - all)
            if visible >= separatorWidthFraction * width { edges.append(y) }
        }
        return edges
    }

    /// Whether a shade runs on across y, beyond the tolerance on both sides.
    private static func runsAcross(_ shade: ShadedBox, _ y: Double) -> Bool {
        shade.box.y0 < y - shadeEdgeTolerance && shade.box.y1 > y + shadeEdgeTolerance
    }

    /// The length of the union of x spans.
    static func covered(_ spans: [(Double, Double)]) -> Double {
        var total = 0.0, reach = -Double.infinity
        for (x0, x1) in spans.sorted(by: { $0.0 < $1.0 }) where x1 > reach {
            total += x1 - max(x0, reach)
            reach = x1
        }
        return total
    }

    /// Where lines are set tighter than their boxes, the lines of one cell still follow each other
    /// at exactly the face's spacing (within 0.01 em), while a cell's padding or a paragraph's
    /// spacing adds more: 0.18 em under a table row before a heading, 0.35 em between the rows of
    /// LibreOffice's cells padded 1.5 pt at 9 pt. A gap this fraction of the font size beyond the
    /// spacing starts a row.
    public static let rowGapOverCellLines = 0.1
    /// Lines whose boxes are this fraction of the font size apart or closer are set edge to edge
    /// (Chromium's line boxes leave 0.03 em): a cell's lines, with padding between rows.
    static let edgeToEdgeFraction = 0.1
    /// Words whose size is within this fraction of the page's body size measure its spacing.
    static let bodySizeTolerance = 0.05
    /// Gaps within this fraction of the font size of each other are one spacing (boxes round
    /// differently: 1.3 and 1.4 pt tighter at 9 pt).
    static let spacingTolerance = 0.05
    /// A spacing is seen between this many pairs of words at least (one pair may be a chance).
    static let spacingPairs = 3
    /// The word right above another starts within this many of its heights: the line before
    /// it, not one further up (lines set tighter than their boxes are under one height apart).
    static let spacingLookBackHeights = 2.0
    /// A word above ends at most this fraction of a height into the word under it (boxes set
    /// tighter than their height overlap), and a gap of more than it is no spacing of lines in
    /// one cell but a paragraph's or a row's.
    static let spacingReachFraction = 0.5

    /// The page's spacing between a word and the word right above it in its column (words of
    /// the body size, lines next to each other): the narrowest gap that `spacingPairs` pairs
    /// share within `spacingTolerance` (the top of that cluster), with the body size; nil when
    /// no gap is shared so. The lines of a cell are the narrowest; rows part wider.
    static func cellLineSpacing(_ lines: [TextLine]) -> (spacing: Double, em: Double)? {
        let all = lines.flatMap(\.words)
        let em = ColumnBoundaries.medianFontSize(all)
        let words = all.filter { abs($0.scale - em) <= bodySizeTolerance * em }.sorted { $0.box.y0 < $1.box.y0 }
        var gaps: [Double] = []
        for (i, w) in words.enumerated() {
            let h = w.box.height
            var bottom = -Double.infinity
            var j = i - 1
            while j >= 0, words[j].box.y0 > w.box.y0 - spacingLookBackHeights * h {
                let a = words[j].box
                if a.y1 <= w.box.y0 + spacingReachFraction * h, a.y0 < w.box.y0, min(a.x1, w.box.x1) > max(a.x0, w.box.x0) { bottom = max(bottom, a.y1) }
                j -= 1
            }
            if bottom > -.infinity, w.box.y0 - bottom < spacingReachFraction * h { gaps.append(w.box.y0 - bottom) }
        }
        gaps.sort()
        var top = 0
        for i in gaps.indices {
            while top + 1 < gaps.count, gaps[top + 1] <= gaps[i] + spacingTolerance * em { top += 1 }
            if top - i + 1 >= spacingPairs { return (gaps[top], em) }
        }
        return nil
    }

    /// The page's line spacing as a fraction of the line height: one of the smallest gaps
    /// between each line and the lines above it that it overlaps across (the lines of a cell
    /// or paragraph, and the rows of a column); beside-lines (the cells of one row) do not count.
    static func leading(of lines: [TextLine], lineHeight: Double) -> Double {
        guard lineHeight > 0 else { return rowGapFraction }
        var gaps: [Double] = []
        for (i, line) in lines.enumerated() {
            var bottom = -Double.infinity
            for above in lines[..<i] where above.box.y1 <= line.box.y0 + 0.5 * lineHeight
                && min(line.box.x1, above.box.x1) > max(line.box.x0, above.box.x0) {
                bottom = max(bottom, above.box.y1)
            }
            if bottom > -.infinity { gaps.append(max(0, line.box.y0 - bottom) / lineHeight) }
        }
        guard !gaps.isEmpty else { return rowGapFraction }
        gaps.sort()
        return gaps[min(leadingPairRank, gaps.count) - 1]
    }
}
