/// What a table prints, before it is laid out: its columns, its header block and its rows.
struct TableSpec {
    /// Column widths as fractions of the text width (they add up to 1).
    var columnWidths: [Double]
    /// Columns that hold figures (amounts, target values): a layout that widens figures widens these.
    var figureColumns: Set<Int>
    var header: [HeaderCell]
    var rows: [TableRowSpec]
    /// The column that wraps and gives up width when figures need more (the name; first unless a code column leads).
    var nameColumn = 0
    /// Labelled rows: a label column (the first) beside its text, no header.
    var labelled = false

    var headerRowCount: Int { header.map(\.rows.upperBound).max() ?? 0 }

    /// The name column (always the first) scaled by `nameScale`, the width it gives up or
    /// takes shared by the figure columns in proportion to their widths.
    func withNameColumn(scaledBy nameScale: Double) -> TableSpec {
        guard nameScale != 1, let first = columnWidths.first, !figureColumns.isEmpty else { return self }
        let freed = first * (1 - nameScale)
        let figureWidth = figureColumns.map { columnWidths[$0] }.reduce(0, +)
        var copy = self
        copy.columnWidths[0] = first * nameScale
        for c in figureColumns { copy.columnWidths[c] += freed * columnWidths[c] / figureWidth }
        return copy
    }
}

/// A header cell; group headers span columns ("Kaynak İhtiyacı 2024 (TL)" over Bütçe,
/// Bütçe Dışı, Toplam), and cells beside a group span its rows ("Faaliyetler").
struct HeaderCell {
    var text: String
    var columns: Range<Int>
    var rows: Range<Int>

    init(_ text: String, columns: Range<Int>, rows: Range<Int> = 0..<1) {
        self.text = text
        self.columns = columns
        self.rows = rows
    }
    init(_ text: String, column: Int, rows: Range<Int> = 0..<1) {
        self.init(text, columns: column..<(column + 1), rows: rows)
    }
}

enum CellAlignment { case leading, centre, trailing }

struct TableCell {
    var text: String
    var columns: Range<Int>
    var alignment: CellAlignment
    /// Space before a leading cell's text, in ems: a row set under another as its part.
    var indent = 0.0

    static func text(_ text: String, column: Int) -> TableCell {
        TableCell(text: text, columns: column..<(column + 1), alignment: .leading)
    }
    static func centred(_ text: String, column: Int) -> TableCell {
        TableCell(text: text, columns: column..<(column + 1), alignment: .centre)
    }
    /// Text set in from its column's edge (`indentEms`), as a sub-row under its row.
    static func indented(_ text: String, column: Int) -> TableCell {
        TableCell(text: text, columns: column..<(column + 1), alignment: .leading, indent: indentEms)
    }
    static let indentEms = 1.5
    static func figure(_ text: String, column: Int) -> TableCell {
        TableCell(text: text, columns: column..<(column + 1), alignment: .trailing)
    }
}

struct TableRowSpec {
    var cells: [TableCell]
    var bold = false
}
