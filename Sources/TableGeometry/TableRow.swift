import PageLayout

/// A row split into cells, one per column.
public struct TableRow: Sendable {
    public var band: RowBand
    public var cells: [Cell]
    /// Set when the row was cut at its own rivers instead of the table's boundaries
    /// (see `CellSplitter.split(_:boundaries:)` for a run of rows).
    public var ownBoundaries: [Double]?
    /// The row's table writes its amounts the en-US way (“1,234,567.89”), as the table's body as a
    /// whole says (`Recognition.FigureNotation`): its amounts are read so.
    public var enUSFigures = false

    public init(band: RowBand, cells: [Cell], ownBoundaries: [Double]? = nil) {
        self.band = band
        self.cells = cells
        self.ownBoundaries = ownBoundaries
    }

    public var page: Int { band.page }
    public func text(_ column: Int) -> String { column < cells.count ? cells[column].text : "" }

    /// A paragraph printed over the grid rather than cells: its words fill two or more
    /// columns with no river between them (an explanation row, Açıklama, set as running text).
    public var isRunningText: Bool {
        cells.filter { !$0.isEmpty }.count >= 2 && RowRivers.blocks(of: band.words).count == 1
    }
}

/// Splits rows into cells at column boundaries.
public enum CellSplitter {
    /// How near (a fraction of the type size) another row's cell must end to the edge a figure's
    /// leading group ends at for the body to set a column's edge there: right-aligned cells of one
    /// column end within a glyph's side bearing of one another.
    public static let edgeAgreementFraction = 0.25

    /// A row alone: a boundary in the space inside a figure parts it (no body to ask).
    public static func split(_ band: RowBand, boundaries: [Double]) -> TableRow {
        split(band, boundaries: boundaries, agrees: { _, _ in true })
    }

    /// `agrees(i, word)`: whether the body sets column `i`'s right edge where `word` (a figure's
    /// group left of boundary `i`) ends, so that the boundary may part the figure there.
    static func split(_ band: RowBand, boundaries: [Double], agrees: (Int, Word) -> Bool) -> TableRow {
        var cells = Array(repeating: Cell(words: []), count: boundaries.count + 1)
        // A figure grouped with spaces goes whole where most of it lies: a boundary across one of
        // its groups would leave a cell a figure's last groups. Its words stand apart where a drawn
        // rule or a column boundary lies in the space between them: two cells' figures ("85" |
        // "100,50", right-aligned 0.2 em apart), however like a grouping they look.
        func place(_ words: ArraySlice<Word>, at box: Rect) {
            cells[ColumnBoundaries.columnIndex(of: box, boundaries: boundaries)].words += words
        }
        func place(_ word: Word) {
            cells[ColumnBoundaries.columnIndex(of: word.box, boundaries: boundaries)].words.append(word)
        }
        for line in band.lines {
            let words = line.words
            var k = 0
            for run in SpacedFigure.runs(words) {
                for piece in parted(words, run, boundaries: boundaries, rules: band.verticalRules, agrees: agrees) {
                    for i in k..<piece.lowerBound { place(words[i]) }
                    place(words[piece], at: Rect.enclosing(words[piece].map(\.box)) ?? words[piece.lowerBound].box)
                    k = piece.upperBound
                }
            }
            for i in k..<words.count { place(words[i]) }
        }
        return TableRow(band: band, cells: cells)
    }

    /// `run` (a figure grouped with spaces, by `SpacedFigure.runs`) cut wherever the space between
    /// two of its words holds a drawn vertical rule (between the words' middles) or a column
    /// boundary (between the words' edges) where the body agrees (`agrees`): the table itself
    /// parts them there. A boundary across a word cuts inside one figure and parts nothing.
    static func parted(_ words: [Word], _ run: Range<Int>, boundaries: [Double], rules: [Double],
                       agrees: (Int, Word) -> Bool = { _, _ in true }) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = run.lowerBound
        for k in run.dropFirst() {
            let left = words[k - 1].box, right = words[k].box
            let ruled = rules.contains { $0 > left.midX && $0 < right.midX }
            let bounded = boundaries.indices.contains { boundaries[$0] >= left.x1 && boundaries[$0] <= right.x0 && agrees($0, words[k - 1]) }
            if ruled || bounded { out.append(start..<k); start = k }
        }
        out.append(start..<run.upperBound)
        return out
    }

    /// Splits the rows of one page of a table. Rows with a word across the table's
    /// boundaries were laid out with other column widths: a run of such neighbouring rows
    /// is cut at the rivers they share, or each row at its own, when that gives exactly one
    /// block per column (a total row with an empty cell needs its neighbours' rivers).
    /// Any other row keeps the table's boundaries.
    ///
    /// A boundary found from the header that falls in the space inside a figure grouped with
    /// spaces (“1 | 250 000”) parts it only where the body agrees: another row's cell of the
    /// column before it ends where the figure's leading group does (a right-aligned column's
    /// edge, “85” | “100,50”), a cell not itself a figure reaching across the boundary.
    public static func split(_ bands: [RowBand], boundaries: [Double]) -> [TableRow] {
        var rows = bands.indices.map { k in
            split(bands[k], boundaries: boundaries, agrees: { i, word in bodyEndsColumn(i, at: word, boundaries: boundaries, in: bands, besides: k) })
        }
        let columnCount = boundaries.count + 1
        guard columnCount > 1 else { return rows }
        let misfit = bands.map { RowRivers.crossesBoundary($0.words, boundaries) }
        var start = 0
        while start < bands.count {
            guard misfit[start] else { start += 1; continue }
            var end = start
            while end + 1 < bands.count && misfit[end + 1] { end += 1 }
            let run = start...end
            if let shared = RowRivers.boundaries(of: run.flatMap { bands[$0].words }, columnCount: columnCount) {
                for k in run { rows[k] = refit(bands[k], shared) }
            } else {
                for k in run {
                    if let own = RowRivers.boundaries(of: bands[k].words, columnCount: columnCount) { rows[k] = refit(bands[k], own) }
                }
            }
            start = end + 1
        }
        return rows
    }

    /// Whether a row of `bands` other than the `row`th holds a word lying in column `i` (between
    /// boundaries `i - 1` and `i`) that ends within `edgeAgreementFraction` of the size where
    /// `word` ends and goes on in no figure across boundary `i`.
    static func bodyEndsColumn(_ i: Int, at word: Word, boundaries: [Double], in bands: [RowBand], besides row: Int) -> Bool {
        let low = i > 0 ? boundaries[i - 1] : -Double.infinity, edge = boundaries[i]
        let reach = edgeAgreementFraction * word.scale
        return bands.indices.contains { j in
            j != row && bands[j].lines.contains { line in
                let words = line.words
                let runs = SpacedFigure.runs(words)
                return words.indices.contains { m in
                    let box = words[m].box
                    guard box.x0 >= low, box.x1 <= edge, abs(box.x1 - word.box.x1) <= reach else { return false }
                    // A figure of its own going on across the boundary is no cell ending there.
                    return !runs.contains { $0.contains(m) && words[$0.upperBound - 1].box.x1 > edge }
                }
            }
        }
    }

    private static func refit(_ band: RowBand, _ boundaries: [Double]) -> TableRow {
        var row = split(band, boundaries: boundaries)
        row.ownBoundaries = boundaries
        return row
    }
}
