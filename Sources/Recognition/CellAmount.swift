import Dataset
import TableGeometry

/// The amount in a cell. Text that spills from a wide neighbouring cell (an economic code's
/// name running under the first amount column) may share the cell; the amount is the last
/// word that reads as one.
enum CellAmount {
    static func amount(_ text: String) -> Amount? {
        if let whole = TurkishNumber.amount(text) { return whole }
        return text.split(separator: " ").reversed().lazy.compactMap { TurkishNumber.amount(String($0)) }.first
    }
}

extension TableRow {
    func amount(_ column: Int?) -> Amount? {
        column.flatMap { CellAmount.amount(text($0)) }
    }
}
