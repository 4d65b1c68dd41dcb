/// Lays a table out on the page flow in a variant's style: cell text wrapped inside its
/// column and set at the top, middle or bottom of its row (`LayoutVariant.verticalAlignment`), header block first, rows kept whole (a row
/// that does not fit goes to the next page, after the repeated header when the variant
/// repeats it) unless the variant lets rows break, when a row is cut between two of its lines.
struct TableSetter {
    let flow: PageFlow
    let variant: LayoutVariant

    /// Space between a cell's text and its column's edges.
    static let cellPadding = 4.0
    /// White space a figure keeps from the column before it beyond the padding, so that
    /// neighbouring figures read as two words.
    static let figureGap = 6.0
    /// Space above and below a row's text (the sample leaves about 5 pt to its rules).
    static let rowPadding = 5.0
    /// The share of its planned width the name column keeps when header words widen the figure columns.
    static let keptNameShare = 0.6
    /// The longest line of a turned header cell, in ems.
    static let verticalHeaderLength = 9.0
    /// The least side margin a table grown past the page's margins leaves (a printer's unprintable edge).
    static let keptPageMargin = 18.0
    /// The grey of shaded header cells (1 is white).
    static let headerGrey = 0.82
    /// The fills of `Look.Fills`: a dark header under white text, a light header, every other
    /// body row (zebra) and a labelled rows' label column.
    static let darkHeaderGrey = 0.3
    static let lightHeaderGrey = 0.8
    static let zebraGrey = 0.92
    static let labelGrey = 0.88

    private var font: TypeFace { variant.text }
    private var headerFont: TypeFace { variant.headerLook == .bold ? font.boldened : font }

    /// The height a title, this table's header and its first row need together, so a
    /// title is not left at the foot of a page.
    func openingHeight(_ spec: TableSpec) -> Double {
        let laid = LaidOutTable(spec: spec, setter: self)
        return laid.headerHeights.reduce(0, +) + (laid.rowHeights.first ?? 0)
    }

    func set(_ spec: TableSpec) {
        let laid = LaidOutTable(spec: spec, setter: self)
        // A header is never left at a page's foot (nor drawn into its footer) without its first row.
        flow.makeRoom(openingHeight(spec))
        drawHeader(laid)
        for (r, row) in spec.rows.enumerated() {
            let rowFont = row.bold ? font.boldened : font
            var lines = row.cells.map { laid.lines(of: $0, bold: row.bold) }
            if variant.justified {
                for (cell, cellLines) in zip(row.cells, lines) { flow.hyphenated.record(cell.text, lines: cellLines) }
            }
            let fill = rowFill(r, spec: spec)
            if variant.rowsBreakAcrossPages {
                // Cut the row where the page ends, as long as at least one line fits.
                while let count = lines.map(\.count).max(), count > fittingLines(rowFont), fittingLines(rowFont) > 0 {
                    let fit = fittingLines(rowFont)
                    drawRow(row, lines: lines.map { Array($0.prefix(fit)) }, height: Double(fit) * rowFont.leading + 2 * Self.rowPadding,
                            laid: laid, font: rowFont, fill: fill)
                    lines = lines.map { Array($0.dropFirst(fit)) }
                    flow.startPage()
                    flow.captionContinuedTable()
                    if variant.repeatsHeader { drawHeader(laid) }
                }
            }
            let height = Double(max(lines.map(\.count).max() ?? 1, 1)) * rowFont.leading + 2 * Self.rowPadding
            if flow.makeRoom(height) {
                flow.captionContinuedTable()
                if variant.repeatsHeader { drawHeader(laid) }
            }
            drawRow(row, lines: lines, height: height, laid: laid, font: rowFont, fill: fill)
        }
    }

    /// The fill under a body row's cells, by column (nil: none): every other row in the zebra
    /// look, the label column of labelled rows in both fill looks.
    private func rowFill(_ r: Int, spec: TableSpec) -> (Int) -> Double? {
        if variant.fills == .none { return { _ in nil } }
        if spec.labelled { return { $0 == 0 ? Self.labelGrey : nil } }
        return { _ in variant.fills == .zebra && r % 2 == 1 ? Self.zebraGrey : nil }
    }

    /// Fills each cell's box (and each column no cell covers) where `grey` gives one, as
    /// producers draw cell shading: rectangles exactly under the cells, abutting.
    private func fillCells(_ cells: [Range<Int>], laid: LaidOutTable, top: Double, height: Double, grey: (Int) -> Double?) {
        let columns = laid.edges.count - 1
        let spans = cells + (0..<columns).filter { c in !cells.contains { $0.contains(c) } }.map { $0..<($0 + 1) }
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            guard let g = grey(span.lowerBound) else { continue }
            let x = laid.span(span)
            flow.canvas.fill(x0: x.x0, y0: top, x1: x.x1, y1: top + height, grey: g)
        }
    }

    /// How many lines of a row fit in the room this page has left.
    private func fittingLines(_ font: TypeFace) -> Int {
        Int(((flow.bottom - flow.y - 2 * Self.rowPadding) / font.leading).rounded(.down))
    }

    private func drawRow(_ row: TableRowSpec, lines: [[String]], height: Double, laid: LaidOutTable, font: TypeFace,
                         fill: (Int) -> Double?) {
        let top = flow.y
        fillCells(row.cells.map(\.columns), laid: laid, top: top, height: height, grey: fill)
        for (cell, cellLines) in zip(row.cells, lines) {
            drawText(cellLines, in: laid.span(cell.columns), top: top, height: height, alignment: cell.alignment, font: font,
                     padding: padding(cell), indent: cell.indent * font.size, justified: variant.justified)
        }
        if variant.verticalRules {
            // Every column edge, except where a cell spans across it.
            for (e, x) in laid.edges.enumerated() where !row.cells.contains(where: { $0.columns.lowerBound < e && e < $0.columns.upperBound }) {
                flow.canvas.verticalRule(x: x, from: top, to: top + height)
            }
        }
        flow.advance(height)
        if variant.ruled { flow.canvas.rule(y: flow.y, from: laid.left, to: laid.right) }
    }

    private func padding(_ cell: TableCell) -> Double {
        cell.alignment == .trailing ? variant.figurePadding : cell.alignment == .leading ? variant.textPadding : Self.cellPadding
    }

    private func drawHeader(_ laid: LaidOutTable) {
        let top = flow.y
        let total = laid.headerHeights.reduce(0, +)
        if variant.headerLook == .shaded {
            flow.canvas.fill(x0: laid.left, y0: top, x1: laid.right, y1: top + total, grey: Self.headerGrey)
        }
        let headerFill: Double? = variant.fills == .dark ? Self.darkHeaderGrey : variant.fills == .zebra ? Self.lightHeaderGrey : nil
        if let headerFill {
            for cell in laid.spec.header {
                let span = laid.span(cell.columns)
                let cellTop = top + laid.headerHeights[..<cell.rows.lowerBound].reduce(0, +)
                flow.canvas.fill(x0: span.x0, y0: cellTop, x1: span.x1, y1: cellTop + laid.headerHeights[cell.rows].reduce(0, +), grey: headerFill)
            }
        }
        let ink = variant.fills == .dark ? 1.0 : 0.0
        if variant.ruled { flow.canvas.rule(y: top, from: laid.left, to: laid.right) }
        for cell in laid.spec.header {
            let cellTop = top + laid.headerHeights[..<cell.rows.lowerBound].reduce(0, +)
            let height = laid.headerHeights[cell.rows].reduce(0, +)
            let span = laid.span(cell.columns)
            if laid.isVertical(cell) {
                drawVerticalText(laid.verticalLines(cell.text, font: headerFont), in: span, top: cellTop, height: height, font: headerFont,
                                 ink: ink)
            } else {
                // A header cell merged over several rows stands in their middle, as templates centre merged
                // cells, but at their top where the look sets every cell there (Word's default).
                drawText(laid.lines(cell.text, in: cell.columns, font: headerFont), in: span, top: cellTop, height: height,
                         alignment: .centre, font: headerFont, padding: Self.cellPadding, ink: ink,
                         vertical: cell.rows.count > 1 && variant.verticalAlignment != .top ? .middle : variant.verticalAlignment)
            }
            if variant.verticalRules {
                flow.canvas.verticalRule(x: span.x0, from: cellTop, to: cellTop + height)
                flow.canvas.verticalRule(x: span.x1, from: cellTop, to: cellTop + height)
            }
            // A group header is ruled off from the column headers under it.
            if variant.ruled, cell.rows.upperBound < laid.headerHeights.count {
                flow.canvas.rule(y: cellTop + height, from: span.x0, to: span.x1)
            }
        }
        flow.advance(total)
        if variant.ruled { flow.canvas.rule(y: flow.y, from: laid.left, to: laid.right) }
    }

    private func drawText(_ lines: [String], in span: (x0: Double, x1: Double), top: Double, height: Double,
                          alignment: CellAlignment, font: TypeFace, padding: Double, indent: Double = 0, justified: Bool = false,
                          ink: Double = 0, vertical: VerticalAlignment? = nil) {
        var lineTop = (vertical ?? variant.verticalAlignment).firstLineTop(top: top, height: height, lines: lines.count, leading: font.leading,
                                                                             padding: Self.rowPadding)
        for (k, line) in lines.enumerated() {
            // Justified: every line but the paragraph's last spread to the cell's width, word by word.
            let words = line.split(separator: " ")
            if justified, alignment == .leading, k < lines.count - 1, words.count > 1 {
                let room = span.x1 - span.x0 - 2 * padding - indent
                let gap = (room - words.map { flow.canvas.width(of: String($0), in: font) }.reduce(0, +)) / Double(words.count - 1)
                var x = span.x0 + padding + indent
                for word in words {
                    flow.canvas.text(String(word), x: x, top: lineTop, font: font)
                    x += flow.canvas.width(of: String(word), in: font) + gap
                }
                lineTop += font.leading
                continue
            }
            let width = flow.canvas.width(of: line, in: font)
            let x: Double
            switch alignment {
            case .leading: x = span.x0 + padding + indent
            case .centre: x = (span.x0 + span.x1 - width) / 2
            case .trailing: x = span.x1 - padding - width
            }
            flow.canvas.text(line, x: x, top: lineTop, font: font, grey: ink)
            lineTop += font.leading
        }
    }

    /// Lines running bottom to top, side by side and centred in the cell, as a word processor
    /// prints a header cell turned on its side.
    private func drawVerticalText(_ lines: [String], in span: (x0: Double, x1: Double), top: Double, height: Double, font: TypeFace,
                                  ink: Double) {
        var x = (span.x0 + span.x1 - Double(lines.count) * font.leading) / 2
        for line in lines {
            let length = flow.canvas.width(of: line, in: font)
            flow.canvas.verticalText(line, left: x, bottom: top + (height + length) / 2, font: font, grey: ink)
            x += font.leading
        }
    }

    /// A table's geometry on the current flow: column edges, header row heights, row heights.
    private struct LaidOutTable {
        let spec: TableSpec
        let setter: TableSetter
        let edges: [Double]
        var left: Double { edges.first ?? setter.flow.left }
        var right: Double { edges.last ?? setter.flow.right }
        var headerHeights: [Double] = []
        var rowHeights: [Double] = []
        /// The figure columns' headers turned because their words do not fit the page's width.
        var turnsHeaders = false

        init(spec: TableSpec, setter: TableSetter) {
            self.spec = spec
            self.setter = setter
            let flow = setter.flow
            // Autofit widens figure columns to their figures; where the table would then run past
            // the page's edge (a currency before an amount at a large size on a small page), the
            // figure cells wrap at their spaces instead ("TL" over "3.546.500.000,00"), as a word
            // processor wraps a cell it cannot widen.
            var (widths, start, turns) = Self.widths(spec: spec, setter: setter, figuresWrap: false)
            if start + widths.reduce(0, +) > flow.size.width - TableSetter.keptPageMargin {
                (widths, start, turns) = Self.widths(spec: spec, setter: setter, figuresWrap: true)
            }
            turnsHeaders = turns
            let headerFont = setter.headerFont
            let padding = 2 * TableSetter.cellPadding
            var edges = [start]
            for w in widths { edges.append((edges.last ?? start) + w) }
            self.edges = edges
            let rowPadding = 2 * TableSetter.rowPadding
            headerHeights = Array(repeating: headerFont.leading + rowPadding, count: spec.headerRowCount)
            // Single-row cells size their row; a cell spanning rows stretches the last one if it needs more.
            for cell in spec.header.sorted(by: { $0.rows.count < $1.rows.count }) {
                let need = isVertical(cell)
                    ? (verticalLines(cell.text, font: headerFont).map { setter.flow.canvas.width(of: $0, in: headerFont) }.max() ?? 0) + rowPadding
                    : Double(lines(cell.text, in: cell.columns, font: headerFont).count) * headerFont.leading + rowPadding
                let have = headerHeights[cell.rows].reduce(0, +)
                if need > have { headerHeights[cell.rows.upperBound - 1] += need - have }
            }
            rowHeights = spec.rows.map { row in
                let font = row.bold ? setter.font.boldened : setter.font
                let count = row.cells.map { lines(of: $0, bold: row.bold).count }.max() ?? 1
                return Double(max(count, 1)) * font.leading + padding
            }
        }

        /// The columns' widths and the table's left edge; whether the figure columns' headers
        /// are turned. `figuresWrap`: figure cells may break at their spaces.
        static func widths(spec: TableSpec, setter: TableSetter, figuresWrap: Bool) -> (widths: [Double], start: Double, turnsHeaders: Bool) {
            let flow = setter.flow
            var turnsHeaders = false
            var widths = spec.columnWidths.map { $0 * flow.width }
            // A figure does not wrap: a figure column narrower than its longest figure is
            // widened, as a word processor's autofit does, and the name column gives the room.
            for column in spec.figureColumns.sorted() {
                let longest = spec.rows.flatMap { row in
                    row.cells.filter { $0.columns == column..<(column + 1) }.flatMap { cell in
                        (figuresWrap ? cell.text.split(separator: " ").map(String.init) : [cell.text]).map {
                            flow.canvas.width(of: $0, in: row.bold ? setter.font.boldened : setter.font)
                        }
                    }
                }.max() ?? 0
                let shortfall = longest + 2 * setter.variant.figurePadding + setter.variant.figureGap - widths[column]
                if shortfall > 0 {
                    widths[column] += shortfall
                    widths[spec.nameColumn] -= shortfall
                }
            }
            // Nor does a word in another narrow column (a code "PG1.1.1", a unit, or its header
            // word "Harcama"): its column is widened to hold it rather than letting it run into
            // the text beside it.
            for column in spec.columnWidths.indices where column != spec.nameColumn && !spec.figureColumns.contains(column) {
                let longest = Self.longestWord(in: column, spec: spec, setter: setter)
                let shortfall = longest + 2 * TableSetter.cellPadding - widths[column]
                if shortfall > 0 {
                    widths[column] += shortfall
                    widths[spec.nameColumn] -= shortfall
                }
            }
            // Nor does the word of a group cell over one figure column (a kind of value over its
            // year, "Gerçekleşme" over "2022"): it cannot be turned, so its column is widened to hold
            // it, as autofit widens a column to its longest word, rather than letting it run over
            // the rules into its neighbour's ("GerçekleşmeTahmini").
            for column in spec.figureColumns.sorted() {
                let longest = spec.header.filter { $0.columns == column..<(column + 1) && !Self.mayTurn($0, spec) }.flatMap { cell in
                    cell.text.split(separator: " ").map { flow.canvas.width(of: String($0), in: setter.headerFont) }
                }.max() ?? 0
                let shortfall = longest + 2 * TableSetter.cellPadding - widths[column]
                if shortfall > 0 {
                    widths[column] += shortfall
                    widths[spec.nameColumn] -= shortfall
                }
            }
            // A header word does not break either: its column is widened too while the name keeps
            // `keptNameShare` of its width; beyond that the figure columns' headers are turned on
            // their side instead, all of them, as a word processor's user does.
            let headerFont = setter.headerFont
            let padding = 2 * TableSetter.cellPadding
            // Where the look turns them anyway, they lie along their column and widen nothing.
            let headerShortfalls: [(Int, Double)] = setter.variant.verticalHeaders ? [] : spec.header.filter { Self.mayTurn($0, spec) }.map { cell in
                (cell.columns.lowerBound, (cell.text.split(separator: " ").map { flow.canvas.width(of: String($0), in: headerFont) }.max() ?? 0)
                    + padding - widths[cell.columns.lowerBound])
            }.filter { $0.1 > 0 }
            let shortfall = headerShortfalls.map(\.1).reduce(0, +)
            if shortfall > 0, widths[spec.nameColumn] - shortfall >= TableSetter.keptNameShare * spec.columnWidths[spec.nameColumn] * flow.width {
                for (column, need) in headerShortfalls {
                    widths[column] += need
                    widths[spec.nameColumn] -= need
                }
            } else {
                turnsHeaders = shortfall > 0
            }
            // The name column keeps its longest word too ("Kamulaştırmalar" at 11 pt beside five
            // figure columns): where the other columns leave it less, the table grows into the
            // page's side margins, evenly, as autofit lets a table run past the margins rather
            // than break a word.
            let nameShortfall = Self.longestWord(in: spec.nameColumn, spec: spec, setter: setter) + padding - widths[spec.nameColumn]
            var start = flow.left
            if nameShortfall > 0 {
                widths[spec.nameColumn] += nameShortfall
                start = max(flow.left - nameShortfall / 2, TableSetter.keptPageMargin)
            }
            return (widths, start, turnsHeaders)
        }

        /// The widest word of a column's own cells, body and header (a header cell that may be
        /// turned on its side is left out: turned, its words lie along the column).
        static func longestWord(in column: Int, spec: TableSpec, setter: TableSetter) -> Double {
            let canvas = setter.flow.canvas
            let body = spec.rows.flatMap { row in
                row.cells.filter { $0.columns == column..<(column + 1) }.flatMap { cell in
                    cell.text.split(separator: " ").map { canvas.width(of: String($0), in: row.bold ? setter.font.boldened : setter.font) }
                }
            }
            let header = spec.header.filter { $0.columns == column..<(column + 1) && !mayTurn($0, spec) }.flatMap { cell in
                cell.text.split(separator: " ").map { canvas.width(of: String($0), in: setter.headerFont) }
            }
            return (body + header).max() ?? 0
        }

        /// Header cells turned on their side where the look asks for it: the bottom cells over
        /// one figure column each (years, kinds, amounts), as narrow columns are headed in Word exports.
        /// Also all of them where their words would not fit otherwise (`turnsHeaders`).
        func isVertical(_ cell: HeaderCell) -> Bool {
            Self.mayTurn(cell, spec) && (setter.variant.verticalHeaders || turnsHeaders)
        }

        static func mayTurn(_ cell: HeaderCell, _ spec: TableSpec) -> Bool {
            cell.columns.count == 1 && spec.figureColumns.contains(cell.columns.lowerBound) && cell.rows.upperBound == spec.headerRowCount
        }

        /// A vertical cell's lines: broken at the length a turned cell allows.
        func verticalLines(_ text: String, font: TypeFace) -> [String] {
            LineBreaker.lines(text, width: TableSetter.verticalHeaderLength * font.size, font: font, canvas: setter.flow.canvas)
        }

        func span(_ columns: Range<Int>) -> (x0: Double, x1: Double) {
            (edges[columns.lowerBound], edges[columns.upperBound])
        }

        func lines(_ text: String, in columns: Range<Int>, font: TypeFace) -> [String] {
            let s = span(columns)
            return LineBreaker.lines(text, width: s.x1 - s.x0 - 2 * TableSetter.cellPadding, font: font, canvas: setter.flow.canvas)
        }

        /// A body cell's lines; a text cell of a justified look hyphenates.
        func lines(of cell: TableCell, bold: Bool) -> [String] {
            let font = bold ? setter.font.boldened : setter.font
            let s = span(cell.columns)
            let width = s.x1 - s.x0 - 2 * TableSetter.cellPadding - cell.indent * font.size
            guard setter.variant.justified, cell.alignment == .leading, !setter.flow.hyphenated.withheld.contains(cell.text) else {
                return LineBreaker.lines(cell.text, width: width, font: font, canvas: setter.flow.canvas)
            }
            return LineBreaker.hyphenatedLines(cell.text, width: width, font: font, canvas: setter.flow.canvas)
        }
    }
}
