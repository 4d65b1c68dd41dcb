import Dataset
import TableGeometry

/// How a table writes its figures: the Turkish way (“1.234.567,89”, the documents' own), or the
/// en-US way (“1,234,567.89”), as a spreadsheet set to English exports them. Decided from the
/// table's body as a whole, never figure by figure (`TurkishNumber.notation(of:)`): where some of
/// its figures can only be read the en-US way and none only the Turkish way, its amounts are read
/// en-US (no Turkish amount holds a comma before three digits, so none is read otherwise than it
/// would be). Its values (an indicator's) are read en-US only where a figure also holds two marks no
/// Turkish figure writes (“1,234,567”, “1,234.5”): “77,572” alone is 77572 in en-US and 77,572 in
/// Turkish. A table writing both notations, or values that cannot be told, is read the Turkish way
/// and says so (`note`), never a silent guess.
struct FigureNotation {
    /// The table's amounts, and its values, are read in the en-US notation.
    var enUSAmounts = false, enUSValues = false
    /// A figure of each notation, where the table writes both.
    var mixed: (enUS: String, turkish: String)?
    /// A figure only the en-US notation reads as an amount, holding one comma (“1,234”).
    var sample: String?

    /// The notation of a table's rows.
    static func of(_ rows: [TableRow]) -> FigureNotation {
        var enUS: String?, strong = false, turkish: String?
        for row in rows {
            for cell in row.cells {
                for word in cell.words {
                    // Most words hold no mark of a figure: told from their bytes.
                    var text = word.text
                    guard text.withUTF8({ $0.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } }),
                          let (notation, isStrong) = TurkishNumber.notation(of: text) else { continue }
                    if notation == .turkish { turkish = turkish ?? text } else { enUS = enUS ?? text; strong = strong || isStrong }
                }
            }
        }
        guard let enUS else { return FigureNotation() }
        if let turkish { return FigureNotation(mixed: (enUS, turkish)) }
        return FigureNotation(enUSAmounts: true, enUSValues: strong, sample: enUS)
    }

    /// The diagnostic where the table's notation could not be decided; `values`: the table's
    /// figures are values (an indicator table's), not amounts.
    func note(page: Int, table: String, values: Bool) -> String? {
        if let (enUS, turkish) = mixed {
            return "page \(page): \(table) writes figures both the en-US way ('\(enUS)') and the Turkish way ('\(turkish)'): "
                + "read the Turkish way, the en-US ones as no figure"
        }
        if values, enUSAmounts, !enUSValues, let sample {
            return "page \(page): \(table) writes figures such as '\(sample)' (a whole number the en-US way, three decimals the "
                + "Turkish way) and none telling its notation: read the Turkish way"
        }
        return nil
    }
}
