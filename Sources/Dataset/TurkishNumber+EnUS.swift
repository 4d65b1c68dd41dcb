/// Figures written the en-US way (“1,234,567.89”, “1,234,567”): `,` groups thousands and `.` marks
/// decimals, as a spreadsheet set to English prints them. Read so only where a whole table writes
/// its figures that way (`Recognition.TableSection`), never one figure alone: “1,234” is 1234 in
/// en-US and no Turkish amount, and “1.234” is 1234 in Turkish.
extension TurkishNumber {
    /// The notations a figure may be written in.
    public enum Notation: Sendable, Equatable {
        case turkish, enUS
    }

    /// `1,234,567.89` / `1,234,567` / `1,234` / `500` in en-US notation → an exact amount; nil
    /// where the text is none (a comma not before exactly three digits: “1,23”, “12,5”).
    public static func enUSAmount(_ text: String) -> Amount? { enUSAsTurkish(text).flatMap(amount) }

    /// `value` of a figure in en-US notation (`77,572` → `77572`, `12.5` → `12.5`).
    public static func enUSValue(_ text: String) -> String? { enUSAsTurkish(text).flatMap(value) }

    /// The notation a figure's text can only be read in: Turkish where only the Turkish reading
    /// reads it as an amount (“1.234.567”, “1.234,56”, “12,50”, “1.234”), en-US where only the
    /// en-US one does (“1,234,567”, “1,234.56”, “1,234”); nil where both read it alike or neither
    /// does (“500”, “12.5”, words). `strong`: the en-US reading holds two marks (two commas, or a
    /// comma and the decimal point), which no Turkish figure writes; “1,234” alone is a Turkish
    /// value with three decimals as well.
    public static func notation(of text: String) -> (notation: Notation, strong: Bool)? {
        var commas = 0, dots = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ",") { commas += 1 } else if b == UInt8(ascii: ".") { dots += 1 }
        }
        guard commas + dots > 0 else { return nil }
        let turkish = amount(text), enUS = enUSAmount(text)
        switch (turkish, enUS) {
        case (.some, nil): return (.turkish, true)
        case (nil, .some): return (.enUS, commas > 1 || (commas > 0 && dots > 0))
        default: return nil
        }
    }

    /// en-US text with its marks swapped into the Turkish notation; nil where a comma does not group
    /// exactly three digits (then it is no en-US figure).
    static func enUSAsTurkish(_ text: String) -> String? {
        guard text.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (k, c) in characters.enumerated() {
            switch c {
            case ",":
                let digits = characters[(k + 1)...].prefix { $0.isASCII && $0.isNumber }.count
                guard digits == 3, k > 0, characters[k - 1].isASCII && characters[k - 1].isNumber else { return nil }
                out.append(".")
            case ".": out.append(",")
            default: out.append(c)
            }
        }
        return out
    }
}
