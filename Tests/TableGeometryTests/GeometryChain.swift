import PageLayout
import TableGeometry

/// The table geometry as the recognizer chains it: header lines → columns; body lines →
/// rows; body words → column boundaries; rows → cells.
struct GeometryChain {
    var columns: [Column]
    var boundaries: [Double]
    var rows: [TableRow]

    init(header: [Word], body: [Word], rulings: [Ruling] = [], page: Int = 1) {
        columns = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header))
        boundaries = ColumnBoundaries.boundaries(columns: columns, dataWords: body)
        let bands = RowSegmenter.rows(lines: LineGrouping.lines(from: body), rulings: rulings, page: page)
        rows = CellSplitter.split(bands, boundaries: boundaries)
    }

    /// Every row's cells as text, for readable failure messages.
    var texts: [[String]] { rows.map { $0.cells.map(\.text) } }
}
