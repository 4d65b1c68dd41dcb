import TableGeometry

/// The questions recognition asks of a row and keeps the answers to (`RowBand.remembered`):
/// each depends on the row alone, and readers ask them of the same rows again and again
/// (every reader's loop tests each row for the next title, its header, its total row).
extension RowQuestion {
    static let folded = RowQuestion()
    static let title = RowQuestion()
    static let labelledRow = RowQuestion()
    static let grandTotal = RowQuestion()
    static let indicatorHeader = RowQuestion()
    static let activityHeader = RowQuestion()
    static let costHeader = RowQuestion()
    static let codesAcross = RowQuestion()
    static let resourceNeedTotal = RowQuestion()
    static let headerColumns = RowQuestion()
    static let namesTotalColumn = RowQuestion()
    static let hasAmounts = RowQuestion()
}

extension RowBand {
    /// The row's text folded (`Lexicon.fold`).
    var folded: String { remembered(.folded) { Lexicon.fold($0.text) } }
    /// `folded`, joined from the words of a page folded already where the row is new (its lines
    /// the page's: `FoldedLines.text(ofRow:)`).
    func folded(from page: FoldedLines) -> String { remembered(.folded) { page.text(ofRow: $0.lines) } }
    /// The columns the row names as a header, parted at the rules it draws (`HeaderColumns.columns(header:)`).
    var headerColumns: [Column] { remembered(.headerColumns) { HeaderColumns.columns(header: $0) } }
}
