import PageLayout

/// Rows that touch: a table printed without rules and without cell padding (a browser's or a
/// word processor's tight cells) sets the first line of a row one leading under the last line
/// of the row above, so neither a rule nor white space parts them. The cells' text does: with
/// cells aligned to the top of their row, a new row is a line where
/// - the first column starts at the table's left edge, with text in another column beside it,
///   as it did on the first line of the row above;
/// - a column that had text earlier in the row, and none on the line above, has text again
///   (one cell per column and row: the column's next cell has begun), or a figure stands
///   alone under a figure (figures do not wrap);
/// - the first column's line above ended its cell: the new line's first word would have fitted
///   after it (a wrapped line is full; the last line of a cell stops short);
/// or, where the first column holds codes, a code stands under the row's code (one cell per
/// column and row; a code never wraps).
/// Cells aligned to the middle or the bottom of the row put a column's next cell under a full
/// wrapped line of the first column, and are left as they are.
public enum TouchingRows {
    /// A line starts at the table's left edge when its first word stands within this fraction
    /// of the font size of the leftmost word (the same padding puts every row's text there).
    public static let leftEdgeFraction = 0.5
    /// An ordinary word space, as a fraction of the font size: a word fitted after the line
    /// above when the room left there holds the space and the word.
    public static let wordSpaceFraction = 0.3
    /// A column is blank above a line when its last text ends this fraction of the line height
    /// or more above the line: one blank line of touching rows leaves a whole line height.
    public static let blankLineFraction = 0.5
    /// Boxes of one line may overlap the next line's by this fraction of a line height (ascenders,
    /// descenders, cells centred half a line apart) and still stand above it.
    public static let overlapFraction = 0.25

    /// The lines of one row band (top to bottom), cut where a new row starts.
    public static func split(_ lines: [TextLine]) -> [[TextLine]] {
        // (Mostly in that order already, as a row segmenter hands them over.)
        let lines = zip(lines, lines.dropFirst()).allSatisfy({ !(($1.box.y0, $1.box.x0) < ($0.box.y0, $0.box.x0)) })
            ? lines : lines.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        guard lines.count > 1 else { return [lines] }
        let across = lines.map { !$0.words.isEmpty && !($0.words.first?.isVertical ?? false) }
        let left = zip(lines, across).filter(\.1).compactMap { $0.0.words.first?.box.x0 }.min() ?? 0
        // The first column's right end: a code centred in a narrow "No" column starts right of a
        // total row's label ("Genel Toplam" from the table's edge) and is still the first column.
        // (Found when first needed: most rows start at the table's left edge.)
        var found: Double?
        func firstColumnEnd() -> Double {
            if let found { return found }
            let end = RowRivers.blocks(of: zip(lines, across).filter(\.1).flatMap(\.0.words)).first?.x1 ?? left
            found = end
            return end
        }
        var out: [[TextLine]] = []
        var start = 0
        for j in 1..<lines.count where across[j] && across[j - 1] && startsRow(lines, row: start, at: j, left: left, firstColumnEnd: firstColumnEnd) {
            out.append(Array(lines[start..<j]))
            start = j
        }
        out.append(Array(lines[start...]))
        return out
    }

    static func startsRow(_ lines: [TextLine], row start: Int, at j: Int, left: Double, firstColumnEnd: () -> Double) -> Bool {
        let line = lines[j]
        guard let first = line.words.first else { return false }
        let em = first.scale, height = line.box.height
        // Cells set at the top of their row: the row so far began in the first column too, and
        // the line starts at the table's left edge or where the row so far started (a code
        // centred in its column, a total's label from the table's edge).
        func x0(_ l: TextLine) -> Double { l.words.first?.box.x0 ?? .infinity }
        let rowStart = x0(lines[start])
        guard x0(line) - left <= leftEdgeFraction * em || abs(x0(line) - rowStart) <= leftEdgeFraction * em,
              rowStart - left <= leftEdgeFraction * em || rowStart < firstColumnEnd()
        else { return false }
        let blocks = RowRivers.blocks(of: line.words)
        guard blocks.count >= 2 else { return false }
        let earlier = lines[start..<j].flatMap(\.words).filter { $0.box.y1 <= line.box.y0 + overlapFraction * height }
        // The words of a column directly above the line (the column's last line so far).
        func above(_ b: (x0: Double, x1: Double)) -> [Word] {
            let column = earlier.filter { $0.box.x1 > b.x0 && $0.box.x0 < b.x1 }
            guard let bottom = column.map(\.box.y1).max() else { return [] }
            return column.filter { $0.box.y1 >= bottom - overlapFraction * height }
        }
        // A column (beyond the first) whose text resumes after a blank line, or a figure
        // under a figure: a figure never wraps, so the one below is the next row's.
        let newCell = blocks.dropFirst().contains { b in
            let over = above(b)
            guard let bottom = over.map(\.box.y1).max() else { return false }
            if line.box.y0 - bottom >= blankLineFraction * height { return true }
            let mine = line.words.filter { $0.box.x1 > b.x0 && $0.box.x0 < b.x1 }
            return mine.count == 1 && over.count == 1 && isFigure(mine[0].text) && isFigure(over[0].text)
        }
        let rowWords = lines[start...j].flatMap(\.words)
        let columns = RowRivers.blocks(of: rowWords)
        let k = anchorColumn(columns, lines: Array(lines[start...j]))
        // A code column's next code: the row has its code already, and codes never wrap, so a
        // second one under it is the next row's, however full the name's line above looks.
        if k > 0, let code = columns.first, codeIn(code, line), lines[start..<j].contains(where: { codeIn(code, $0) }) { return true }
        guard newCell else { return false }
        // The anchor column's line above ended its cell. Its text may reach as far as the next
        // column's text less the narrowest river (the column's own longest line may stop short).
        let anchor = columns[k]
        let reach = k + 1 < columns.count ? max(anchor.x1, columns[k + 1].x0 - ColumnBoundaries.minimumRiverWidth(rowWords)) : anchor.x1
        guard let next = line.words.first(where: { $0.box.x1 > anchor.x0 && $0.box.x0 < anchor.x1 }) else { return k > 0 }
        let aboveInAnchor = above(anchor)
        guard let end = aboveInAnchor.map(\.box.x1).max(), line.box.y0 - (aboveInAnchor.map(\.box.y1).max() ?? 0) < blankLineFraction * height
        else { return true }
        return reach - end >= wordSpaceFraction * em + next.box.width
    }

    /// Whether the line holds a code in the column (one word with a digit: "6", "1.2", "F3").
    static func codeIn(_ column: (x0: Double, x1: Double), _ line: TextLine) -> Bool {
        let words = line.words.filter { $0.box.x1 > column.x0 && $0.box.x0 < column.x1 }
        return words.count == 1 && words[0].text.contains { $0.isNumber }
    }

    /// The column whose cells say where an entry ends: the first, unless it holds one word per
    /// line (a code column, "No": a code never wraps, so its end says nothing) and a column of
    /// text follows it, whose name tells instead.
    static func anchorColumn(_ columns: [(x0: Double, x1: Double)], lines: [TextLine]) -> Int {
        guard columns.count > 2, let first = columns.first else { return 0 }
        let isCodeColumn = lines.allSatisfy { line in line.words.filter { $0.box.x1 > first.x0 && $0.box.x0 < first.x1 }.count <= 1 }
        return isCodeColumn ? 1 : 0
    }

    /// Whether the text over `line` ended its cell (or paragraph) before `line`: in some column
    /// the line's first word there would have fitted after the text above it, within the column
    /// the row's words show (as far as the next column's text less the narrowest river, or the
    /// text's `right` edge after the last column), or it is a figure under a figure. A wrapped
    /// line is full; a one-word column (a code) is too narrow to tell, its name column tells.
    public static func endedBefore(_ line: TextLine, row: [TextLine], right: Double) -> Bool {
        let rowWords = row.flatMap(\.words)
        let columns = RowRivers.blocks(of: rowWords)
        let river = ColumnBoundaries.minimumRiverWidth(rowWords)
        return RowRivers.blocks(of: line.words).contains { block in
            guard let first = line.words.filter({ $0.box.x0 >= block.x0 && $0.box.x1 <= block.x1 }).min(by: { $0.box.x0 < $1.box.x0 })
            else { return false }
            // Nothing above it: the row had no text there.
            guard let k = columns.firstIndex(where: { first.box.x1 > $0.x0 && first.box.x0 < $0.x1 }) else { return true }
            let column = columns[k]
            let inColumn = rowWords.filter { $0.box.x1 > column.x0 && $0.box.x0 < column.x1 }
            guard let bottom = inColumn.map(\.box.y1).max() else { return true }
            let lastLine = inColumn.filter { $0.box.y1 >= bottom - overlapFraction * line.box.height }
            // A figure under a figure: figures do not wrap.
            if isFigure(first.text), let over = lastLine.min(by: { $0.box.x0 < $1.box.x0 }), isFigure(over.text) { return true }
            let end = lastLine.map(\.box.x1).max() ?? column.x0
            let reach = k + 1 < columns.count ? max(column.x1, columns[k + 1].x0 - river) : max(column.x1, right)
            return reach - end >= wordSpaceFraction * first.scale + first.box.width
        }
    }

    /// Whether a figure of `lower` stands under a figure of `upper` (their boxes overlap across):
    /// two rows of one table's figure column, where a cell's second paragraph holds no figure.
    public static func figureUnderFigure(_ lower: [Word], _ upper: [Word]) -> Bool {
        let above = upper.filter { isFigure($0.text) }
        return lower.contains { w in
            isFigure(w.text) && above.contains { min($0.box.x1, w.box.x1) > max($0.box.x0, w.box.x0) }
        }
    }

    /// A figure as tables print them: digits with their separators, a percentage, an amount
    /// with its currency sign, or a dash for none ("1.600.000", "12,5", "%100", "₺5.500.000", "-").
    static func isFigure(_ text: String) -> Bool {
        text == "-" || (text.contains { $0.isNumber } && text.allSatisfy { $0.isNumber || ".,%".contains($0) || $0.isCurrencySymbol })
    }
}
