import PageLayout

/// Where a row's cells stand when one holds more lines than another: at the row's top (Word's
/// default), its middle (merged cells, HTML tables), or its bottom (Excel's and Calc's default).
/// A page's unruled rows show it: the shorter cells of a row start on its first line, end on
/// its last, or neither.
public enum RowAlignment: String, Sendable {
    case top, middle, bottom

    /// A page's alignment, where its rows agree on one: each column of a row that starts later
    /// or ends sooner than the row shows where it stands, and the row votes as most of its
    /// columns do. Nil when no row shows one (one-line rows) or the votes are split (tables set
    /// differently on one page); middle only where no row stands at the top or the bottom.
    public static func of(_ bands: [RowBand]) -> RowAlignment? { of(rows: bands.map(\.lines)) }

    /// `of` the rows with these lines (each row's lines top to bottom, as `RowBand` holds them).
    static func of(rows: [[TextLine]]) -> RowAlignment? {
        // Only a row of two lines or more can vote (its visual lines are its text lines, grouped):
        // where fewer than `minimumVotes` rows have two, none is read (most bands of a ruled table).
        guard rows.lazy.filter({ $0.count >= 2 }).prefix(minimumVotes).count >= minimumVotes else { return nil }
        var votes: [RowAlignment: Int] = [:]
        for rowLines in rows where rowLines.count >= 2 {
            let lines = VisualLines(rowLines)
            guard lines.count >= 2 else { continue }
            var columnVotes: [RowAlignment: Int] = [:]
            for column in lines.columns.indices {
                let on = lines.indices.filter { lines.hasText(column: column, on: $0) }
                guard let first = on.first, let last = on.last, first > 0 || last < lines.count - 1,
                      lines.standsApart(column: column, on: first) else { continue }
                let vote: RowAlignment = first == 0 ? .top : last == lines.count - 1 ? .bottom : .middle
                columnVotes[vote, default: 0] += 1
            }
            // One vote a row, none where its columns are split evenly: a header block of many
            // columns is one row among the body's.
            let most = columnVotes.values.max() ?? 0
            let leaders = columnVotes.filter { $0.value == most }.map(\.key)
            if leaders.count == 1 { votes[leaders[0], default: 0] += 1 }
        }
        // Rows centred between top and bottom say little: a header block is centred under its
        // groups whatever its body does. Top and bottom are told apart by the rows that show one.
        let top = votes[.top, default: 0], bottom = votes[.bottom, default: 0], middle = votes[.middle, default: 0]
        if bottom >= minimumVotes, Double(bottom) >= agreementShare * Double(top + bottom) { return .bottom }
        if top >= minimumVotes, Double(top) >= agreementShare * Double(top + bottom) { return .top }
        if middle >= minimumVotes, top + bottom == 0 { return .middle }
        return nil
    }

    /// So many rows at least must show the alignment (one wrapped name may be a chance).
    static let minimumVotes = 3
    /// And this share of the rows set at the top or the bottom: a page of bottom-aligned body
    /// rows has some that read otherwise: a label left without its value under the row before
    /// it reads as a label wrapped under a value set at the top (3 of 14 on a Calc page).
    static let agreementShare = 0.6

    /// Rows set at the bottom: every cell of a row ends on the row's last line, so the row ends
    /// on a line where its anchor column has text (a label, a code, a name: it ends there too)
    /// and a cell ends: a column with text on that line has none on the next, or holds a figure
    /// under a figure (figures never wrap). The next row begins where its anchor column does,
    /// on the next line. Whether a line of text was full says nothing here: a column's edge is
    /// not seen where the next column's text is centred or set to the right. A label cell
    /// left without its value ("Açıklama:" under "Performans Hedefi 1: …") is a row of its own.
    public static func splitAtBottoms(_ lines: [TextLine]) -> [[TextLine]] {
        let visual = VisualLines(lines)
        guard visual.count >= 2, visual.columns.count >= 2 else { return [lines] }
        let anchor = TouchingRows.anchorColumn(visual.columns, lines: lines)
        var cuts: [Int] = []
        for i in 0..<(visual.count - 1) where visual.startsAtLeft(i) && visual.startsAtLeft(i + 1)
            && visual.hasText(column: anchor, on: i) && visual.hasText(column: anchor, on: i + 1) {
            let ended = visual.columns.indices.contains {
                visual.hasText(column: $0, on: i) && !visual.hasText(column: $0, on: i + 1) && visual.standsApart(column: $0, on: i)
            }
                || visual.columns.indices.contains { visual.figureUnderFigure(column: $0, line: i) }
            if ended { cuts.append(i + 1) }
        }
        guard !cuts.isEmpty else { return [lines] }
        var out: [[TextLine]] = []
        var start = 0
        for cut in cuts + [visual.count] {
            out.append((start..<cut).flatMap { visual.lines[$0] })
            start = cut
        }
        return out
    }
}

/// A row band's lines as the eye reads them: the text lines of all columns that stand at one
/// height make one visual line (each cell's line is a text line of its own), with the columns
/// the band's words show.
struct VisualLines {
    /// The text lines of each visual line, top to bottom.
    var lines: [[TextLine]]
    var columns: [(x0: Double, x1: Double)]
    private let left: Double

    init(_ textLines: [TextLine]) {
        let across = textLines.filter { !$0.words.isEmpty && !($0.words.first?.isVertical ?? false) }
            .sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var grouped: [[TextLine]] = []
        for line in across {
            if let last = grouped.last?.last, abs(line.box.midY - last.box.midY) <= TouchingRows.overlapFraction * line.box.height {
                grouped[grouped.count - 1].append(line)
            } else {
                grouped.append([line])
            }
        }
        // Vertical text (a turned header cell) stands apart: kept with the first visual line.
        let turned = textLines.filter { !$0.words.isEmpty && ($0.words.first?.isVertical ?? false) }
        if !turned.isEmpty {
            if grouped.isEmpty { grouped = [turned] } else { grouped[0] += turned }
        }
        lines = grouped
        let words = across.flatMap(\.words)
        columns = RowRivers.blocks(of: words)
        left = words.map(\.box.x0).min() ?? 0
    }

    var count: Int { lines.count }
    var indices: Range<Int> { lines.indices }

    private func words(column: Int, on i: Int) -> [Word] {
        let c = columns[column]
        return lines[i].flatMap(\.words).filter { !$0.isVertical && $0.box.x1 > c.x0 && $0.box.x0 < c.x1 }
    }

    func hasText(column: Int, on i: Int) -> Bool { !words(column: column, on: i).isEmpty }

    /// A line's white space wider than this many times its narrowest word space may part two
    /// cells; narrower, it is the line's own spacing.
    static let cellGapRatio = 2.0
    /// Gaps within this ratio of each other are one even spacing: a justified line spreads its
    /// words by equal gaps (give or take rounding), where white space between cells differs
    /// from the gaps beside it.
    static let evenSpacingRatio = 1.25

    /// The column's text on line `i` stands apart from the text before it on that line (or is
    /// the line's first): a cell of its own, not words of a justified line spread across its
    /// column, whose wide gaps are blank under a shorter last line. Its white space is wider
    /// than the line's narrowest word space and unlike the gaps beside it (gaps beside figures aside).
    func standsApart(column: Int, on i: Int) -> Bool {
        let words = lines[i].flatMap(\.words).filter { !$0.isVertical }.sorted { $0.box.x0 < $1.box.x0 }
        guard let k = words.firstIndex(where: { $0.box.x1 > columns[column].x0 && $0.box.x0 < columns[column].x1 }) else { return false }
        guard k > 0 else { return true }
        let gaps = zip(words, words.dropFirst()).map { $1.box.x0 - $0.box.x1 }
        guard let narrowest = gaps.filter({ $0 > 0 }).min() else { return true }
        let own = gaps[k - 1]
        // Figures are no justified line's words: figures in equal columns stand evenly spaced,
        // so a gap beside a figure (or the column's own figure) says nothing of a line's spacing.
        guard !TouchingRows.isFigure(words[k].text) else { return own > Self.cellGapRatio * narrowest }
        let beside = [k - 2, k].filter { gaps.indices.contains($0) && !TouchingRows.isFigure(words[$0 + 1].text) }.map { gaps[$0] }
        return own > Self.cellGapRatio * narrowest && !beside.contains { max(own, $0) <= Self.evenSpacingRatio * min(own, $0) }
    }

    /// The visual line's first word stands at the band's left edge (the anchor column's start).
    func startsAtLeft(_ i: Int) -> Bool {
        let words = lines[i].flatMap(\.words)
        guard let first = words.min(by: { $0.box.x0 < $1.box.x0 }) else { return false }
        return first.box.x0 - left <= TouchingRows.leftEdgeFraction * first.scale
    }

    /// The column holds one figure on line `i` and one on the next: figures never wrap, so
    /// these are two cells.
    func figureUnderFigure(column: Int, line i: Int) -> Bool {
        let above = words(column: column, on: i), below = words(column: column, on: i + 1)
        return above.count == 1 && below.count == 1 && TouchingRows.isFigure(above[0].text) && TouchingRows.isFigure(below[0].text)
    }
}
