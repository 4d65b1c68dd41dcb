import PageLayout
import TableGeometry

/// A table printed turned: what its reader takes for columns stands down the side as row labels
/// (an activity's costs with “Bütçe”, “Bütçe Dışı”, “Toplam” as rows and a column per economic
/// code; the İdare Performans Tablosu with a column per goal and program line and a row per
/// source), as templates turn a table to fit a card or a page. Turned back, it is its reader's
/// usual input: one reader per table kind, whichever way the table is printed.
extension TableSection {
    /// Turned cells stand apart by this many font sizes: more than any space inside a cell, so
    /// that no reader joins two cells' words into one figure or phrase.
    static let transposedCellGap = 3.0

    /// The section turned about its diagonal. Column 0 (the printed rows' labels) stays the first;
    /// each other column becomes a row whose first cell holds its header and whose cell `r + 1`
    /// holds printed row `r`'s cell; each printed row becomes a column titled by its label. Each
    /// cell's words keep their shape and are set in the turned grid, the printed rows left to
    /// right: a reader asking a row for its figures in order gets them in the printed rows' order.
    func transposed() -> TableSection {
        guard !rows.isEmpty, columns.count > 1 else { return self }
        let size = rows.lazy.flatMap(\.band.words).first?.scale ?? 1
        let gap = Self.transposedCellGap * size
        let boxes = rows.flatMap { $0.cells.compactMap(\.box) }
        let pitchX = (boxes.map(\.width).max() ?? size) + gap
        let pitchY = max(boxes.map(\.height).max() ?? size, size) + gap
        /// The turned grid's cell at turned row `j`, turned column `c`: the words moved there.
        func place(_ words: [Word], row j: Int, column c: Int) -> Cell {
            guard let box = Rect.enclosing(words.map(\.box)) else { return Cell(words: []) }
            let dx = Double(c) * pitchX - box.x0, dy = Double(j) * pitchY - box.y0
            return Cell(words: words.map { w in
                Word(text: w.text, box: Rect(x0: w.box.x0 + dx, y0: w.box.y0 + dy, x1: w.box.x1 + dx, y1: w.box.y1 + dy),
                     fontSize: w.fontSize, isBold: w.isBold, rotation: w.rotation)
            })
        }
        var turnedColumns = [Column(x0: 0, x1: pitchX - gap, title: columns[0].title, group: columns[0].group)]
        for (r, row) in rows.enumerated() {
            let x0 = Double(r + 1) * pitchX
            turnedColumns.append(Column(x0: x0, x1: x0 + pitchX - gap, title: row.text(0)))
        }
        var turnedRows: [TableRow] = []
        for k in columns.indices.dropFirst() {
            let j = turnedRows.count
            // The header as its reader would see it: the title, with the group where it stands over this column alone.
            let heading = groupCoversOnly(k) ? (columns[k].group ?? "") + " " + columns[k].title : columns[k].title
            let label = Word(text: heading, box: Rect(x0: 0, y0: 0, x1: pitchX - gap, y1: size), fontSize: size)
            var cells = [place([label], row: j, column: 0)]
            for (r, row) in rows.enumerated() {
                cells.append(place(k < row.cells.count ? row.cells[k].words : [], row: j, column: r + 1))
            }
            let band = RowBand(page: rows[0].page, lines: LineGrouping.lines(from: cells.flatMap(\.words)), separatedBy: rows[0].band.separatedBy)
            turnedRows.append(TableRow(band: band, cells: cells))
        }
        return TableSection(columns: turnedColumns, rows: turnedRows)
    }
}
