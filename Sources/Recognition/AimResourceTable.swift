import TableGeometry

/// The money per strategic aim (Stratejik Amaçlar Kaynak İhtiyacı Tablosu, as Melikgazi prints it
/// after the summaries): a header with a column of aims and, apart from it, a budget and a total
/// column, over a row per aim and a closing total. No field of the contract holds an aim's money
/// (DATASET.md), so the table is found only to be stated as left unread: its header opens no aim
/// and its rows are no stray amounts.
enum AimResourceTable {
    /// A header naming aims with their money: no amounts, a column of aims naming no aim's code
    /// (“Stratejik Amaç 1:” is a label), and a budget and a total each in a column of its own (a
    /// sentence in one cell names them all in one column).
    static func isHeader(_ band: RowBand) -> Bool {
        let f = band.folded
        guard Lexicon.names(.aim, .columnHeader, f, .within), Lexicon.names(.budget, .columnHeader, f, .within),
              Lexicon.names(.total, .columnHeader, f, .within), !GoalTableReader.hasAmounts(band) else { return false }
        let columns = band.headerColumns.map { Lexicon.fold(($0.group ?? "") + " " + $0.title) }
        func names(_ k: Int, _ c: Lexicon.Concept) -> Bool { Lexicon.names(c, .columnHeader, columns[k], .within) }
        guard let aim = columns.indices.first(where: { names($0, .aim) && !names($0, .budget) && !names($0, .total) }),
              !columns[aim].split(separator: " ").contains(where: { CodeReader.code(String($0)) != nil }) else { return false }
        let total = columns.indices.first { $0 != aim && names($0, .total) && !names($0, .budget) }
        return total != nil && columns.indices.contains { $0 != aim && $0 != total && names($0, .budget) }
    }

    /// How many rows from the header at `bands.startIndex` the table holds: the header, its rows
    /// with amounts (and its header repeated on a page), to its total row; it ends before the first
    /// row that is none of these.
    static func rowCount(_ bands: ArraySlice<RowBand>) -> Int {
        var k = bands.startIndex + 1
        while k < bands.endIndex, !GoalTableReader.isTitle(bands[k]) {
            let band = bands[k]
            if isHeader(band) { k += 1; continue }
            guard GoalTableReader.hasAmounts(band) else { break }
            k += 1
            if CostTableReader.isResourceNeedTotal(band) || Lexicon.names(.grandTotal, .totalRow, band.folded, .leading) { break }
        }
        return k - bands.startIndex
    }
}
