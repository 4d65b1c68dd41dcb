import Dataset
import PageLayout
import TableGeometry

extension TableRow {
    /// The amount a cell holds, or nil when the cell is not exactly an amount.
    func amount(_ column: Int?) -> Amount? {
        column.flatMap { amount(in: text($0)) }
    }

    /// `text` as an amount in the notation the row's table writes (`FigureNotation`).
    func amount(in text: String) -> Amount? {
        enUSFigures ? TurkishNumber.enUSAmount(text) : TurkishNumber.amount(text)
    }

    /// Whether a cell states an amount: a figure, or a dash printed for zero (“-”), which an
    /// explanation or a wrapped name never is alone in an amount column.
    func statesAmount(_ column: Int?) -> Bool {
        guard let column else { return false }
        return amount(column) != nil || LabelledRow.isDash(text(column))
    }

    /// The amount in a cell that text may spill into from a wide neighbour (an economic
    /// code's name running under the first amount column of a per-activity cost table): the
    /// last word that reads as an amount. Not for cells that may hold explanations, whose
    /// counts (“2 adet”) would read as amounts.
    func spilledAmount(_ column: Int?) -> Amount? {
        guard let column else { return nil }
        let cell = text(column)
        if let whole = amount(in: cell) { return whole }
        return cell.split(separator: " ").reversed().lazy.compactMap { amount(in: String($0)) }.first
    }

    /// The texts of words left to right, a figure grouped with spaces joined into one text
    /// ("5", "500", "000,00" → "5 500 000,00", `SpacedFigure`).
    static func figures(_ words: [Word]) -> [String] {
        var out: [String] = []
        var k = 0
        for run in SpacedFigure.runs(words) {
            out += words[k..<run.lowerBound].map(\.text)
            out.append(Word.spaced(Array(words[run])))
            k = run.upperBound
        }
        return out + words[k...].map(\.text)
    }
}
