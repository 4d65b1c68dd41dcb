/// A figure a narrow cell broke over two lines, as a word processor breaks a word wider than
/// its column (“302.728.00” over “0,00”): the two pieces are one figure, read without the
/// space a line break otherwise stands for, else the figure reads from its first line alone
/// (1000 times too small) and the rest as a stray figure.
enum FigureBreak {
    /// Whether word `after`, opening a line, continues the figure `before` that ended the line
    /// above: the piece before the break is no well-formed figure by itself, the joined one is. Grouped
    /// figures print three digits after each thousands separator and one or two after the
    /// decimal one, so a piece whose last group is short and shares the thousands separator
    /// (“10.200.00”) was cut; figures standing one over the other (“2024” / “2025”,
    /// “1.234” / “567”) are each well formed, or joined are not, and stay apart.
    static func continues(_ before: ArraySlice<UInt8>, _ after: [UInt8]) -> Bool {
        guard let first = after.first, isDigit(first), let last = before.last, let lead = before.first, isDigit(lead),
              isDigit(last) || last == dot || last == comma else { return false }
        // A piece ending in its separator was cut there only when grouped in thousands before
        // (“54.504.000,” over “00”); an ordinal's dot (“Madde 3.”) ends its word.
        if !isDigit(last), before.dropLast().filter({ $0 == dot || $0 == comma }).isEmpty { return false }
        let joined = before + after
        guard isWellFormed(joined) else { return false }
        // A piece well formed by itself was cut only where it is grouped in thousands and
        // shows one decimal digit, the line after the other (“4.434.000,0” over “0”): such a
        // figure prints its decimals in two digits.
        return !isWellFormed(before) || (decimalDigits(before) == 1 && decimalDigits(joined) == 2 && after.count == 1)
    }

    /// The digits after a grouped figure's decimal separator (the last, told apart from the
    /// thousands separator before it); 0 for a figure without thousands groups and decimals.
    private static func decimalDigits(_ piece: ArraySlice<UInt8>) -> Int {
        let separators = piece.filter { $0 == dot || $0 == comma }
        guard separators.count >= 2, let last = separators.last, last != separators.first else { return 0 }
        return piece.count - 1 - piece.lastIndex(of: last)! + piece.startIndex
    }

    private static let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")

    private static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// Digits in groups: a first group of one to three digits, then groups of three each after
    /// the same thousands separator, then at most one decimal part of one or two digits after
    /// the other separator (Turkish “1.234.567,89” or en-US “1,234,567.89”); digits alone are a
    /// figure too.
    static func isWellFormed<C: Collection>(_ piece: C) -> Bool where C.Element == UInt8 {
        var groups: [(separator: UInt8?, digits: Int)] = [(nil, 0)]
        for b in piece {
            if isDigit(b) {
                groups[groups.count - 1].digits += 1
            } else if b == dot || b == comma {
                groups.append((b, 0))
            } else {
                return false
            }
        }
        guard groups.allSatisfy({ $0.digits > 0 }) else { return false }
        if groups.count == 1 { return true }
        var thousands = groups.dropFirst()
        if let last = thousands.last, last.digits <= 2, thousands.count == 1 || last.separator != thousands.first!.separator {
            thousands = thousands.dropLast()
        }
        guard groups[0].digits <= 3 || thousands.isEmpty else { return false }
        guard let separator = thousands.first?.separator else { return true }
        return thousands.allSatisfy { $0.separator == separator && $0.digits == 3 }
    }
}
