/// A row split into cells, one per column.
public struct TableRow: Sendable {
    public var band: RowBand
    public var cells: [Cell]

    public init(band: RowBand, cells: [Cell]) {
        self.band = band
        self.cells = cells
    }

    public var page: Int { band.page }
    public func text(_ column: Int) -> String { column < cells.count ? cells[column].text : "" }
}

/// Splits rows into cells at column boundaries.
public enum CellSplitter {
    public static func split(_ band: RowBand, boundaries: [Double]) -> TableRow {
        var cells = Array(repeating: Cell(words: []), count: boundaries.count + 1)
        for w in band.words {
            cells[ColumnBoundaries.columnIndex(of: w.box, boundaries: boundaries)].words.append(w)
        }
        return TableRow(band: band, cells: cells)
    }
}
