import Dataset
import PageLayout
import TableGeometry

extension TableRow {
    /// The amount a cell holds, or nil when the cell is not exactly an amount.
    func amount(_ column: Int?) -> Amount? {
        column.flatMap { TurkishNumber.amount(text($0)) }
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
        if let whole = TurkishNumber.amount(cell) { return whole }
        return cell.split(separator: " ").reversed().lazy.compactMap { TurkishNumber.amount(String($0)) }.first
    }

    /// The widest space inside a figure grouped with spaces ("5 500 000,00", a Number format
    /// with a space or no-break space between thousands, which poppler hands over as words),
    /// as a fraction of the type size: a space is 0.25–0.35 em, columns stand farther apart.
    static let figureSpaceFraction = 0.5

    /// The texts of words left to right, a figure grouped with spaces joined into one text
    /// ("5", "500", "000,00" → "5 500 000,00"): a word of one to three digits followed, on its
    /// line and within `figureSpaceFraction` of the size, by words opening with three digits.
    static func figures(_ words: [Word]) -> [String] {
        var out: [String] = []
        var previous: Word?
        for word in words {
            if let p = previous, isGroupStart(out[out.count - 1]), opensWithThreeDigits(word.text),
               word.box.x0 - p.box.x1 <= figureSpaceFraction * max(p.fontSize, word.fontSize),
               abs(word.box.midY - p.box.midY) < p.box.height / 2 {
                out[out.count - 1] += " " + word.text
            } else {
                out.append(word.text)
            }
            previous = word
        }
        return out
    }

    /// Digits grouped by spaces so far, the last group of one to three digits ("5", "5 500").
    private static func isGroupStart(_ text: String) -> Bool {
        guard let last = text.utf8.split(separator: 0x20).last else { return false }
        return (1...3).contains(last.count) && last.allSatisfy { $0 &- 0x30 < 10 }
            && text.utf8.allSatisfy { $0 == 0x20 || $0 &- 0x30 < 10 }
    }

    /// Three digits, then the end, a decimal comma or nothing but figure marks ("000", "000,00").
    private static func opensWithThreeDigits(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(4))
        return b.count >= 3 && b[..<3].allSatisfy { $0 &- 0x30 < 10 } && (b.count == 3 || b[3] == UInt8(ascii: ","))
    }
}
