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

    public static func rows(of page: Page) -> [RowBand] {
        rows(lines: page.lines, rulings: page.rulings, page: page.number)
    }

    public static func rows(lines: [TextLine], rulings: [Ruling], page: Int) -> [RowBand] {
        guard !lines.isEmpty else { return [] }
        let sorted = lines.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        let textBox = Rect.enclosing(sorted.map(\.box))!
        let separators = rulings
            .filter { $0.axis == .horizontal && $0.length >= separatorWidthFraction * textBox.width }
            .map(\.position)
            .sorted()
        // A vertical line's height is its length: the lines across the page give the height.
        let across = sorted.filter { !($0.words.first?.isVertical ?? false) }
        let heights = (across.isEmpty ? sorted : across).map(\.box.height).sorted()
        let lineHeight = heights[heights.count / 2]

        var rows: [RowBand] = []
        var current: [TextLine] = []
        var currentBottom = -Double.infinity
        var currentMid = -Double.infinity
        var reason = RowSeparation.pageStart
        for line in sorted {
            if !current.isEmpty {
                let ruled = separators.contains { $0 > currentMid && $0 < line.box.midY && $0 <= line.box.y0 + 0.5 * line.box.height }
                let gapped = line.box.y0 - currentBottom > rowGapFraction * lineHeight
                if ruled || gapped {
                    rows.append(RowBand(page: page, lines: current, separatedBy: reason))
                    current = []
                    reason = ruled ? .ruling : .gap
                    currentBottom = -.infinity
                }
            }
            current.append(line)
            currentBottom = max(currentBottom, line.box.y1)
            currentMid = max(currentMid, line.box.midY)
        }
        if !current.isEmpty { rows.append(RowBand(page: page, lines: current, separatedBy: reason)) }
        return rows
    }
}
