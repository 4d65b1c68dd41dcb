/// Turkish number notation made canonical: `.` groups thousands, `,` marks decimals.
public enum TurkishNumber {
    /// The largest amount read (10^13 TL, a thousand times a national budget), so that sums of
    /// many amounts stay far inside Int64 kuruş.
    public static let maximumLira: Int64 = 10_000_000_000_000

    /// `5.500.000,00` / `5.500.000` / `1.600.000` / `0` → an exact amount; nil when the
    /// text is not an amount (`-`, words). A leading `-` or parentheses make it negative; the
    /// currency may stand before or after it (`TL`, `₺`), white space of any kind inside
    /// (`5 500 000,00`, grouped with no-break spaces, reads as `5500000,00`).
    public static func amount(_ text: String) -> Amount? {
        // Every number read holds an ASCII digit; most words of a page hold none.
        guard text.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        // Recognition asks every word of every table row: printed amounts are ASCII and
        // are read byte by byte; anything else takes the reading by characters.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var text = text
            return text.withUTF8(asciiAmount)
        }
        return amountByCharacters(text)
    }

    /// `amount` of ASCII text, with the same reading as `amountByCharacters` (where, in
    /// ASCII, a character is a byte, "\r\n" aside, which is white space either way).
    static func asciiAmount(_ text: UnsafeBufferPointer<UInt8>) -> Amount? {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        let zero = UInt8(ascii: "0"), dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { buffer in
            var n = 0
            for b in text where !isSpace(b) { buffer[n] = b; n += 1 }
            var lo = 0, hi = n
            // The currency after the figure or before it ("5.500.000 TL", "TL 5.500.000,00").
            if hi - lo >= 2 && buffer[hi - 2] == UInt8(ascii: "T") && buffer[hi - 1] == UInt8(ascii: "L") {
                hi -= 2
            } else if hi - lo >= 2 && buffer[lo] == UInt8(ascii: "T") && buffer[lo + 1] == UInt8(ascii: "L") {
                lo += 2
            }
            var negative = false
            if hi - lo >= 2 && buffer[lo] == UInt8(ascii: "(") && buffer[hi - 1] == UInt8(ascii: ")") { negative = true; lo += 1; hi -= 1 }
            if hi - lo > 1 && buffer[lo] == UInt8(ascii: "-") { negative = true; lo += 1 }
            guard lo < hi, buffer[lo] &- zero < 10, buffer[hi - 1] &- zero < 10 else { return nil }
            var lastComma: Int?, lastDot: Int?
            for k in lo..<hi {
                let b = buffer[k]
                if b == comma { lastComma = k } else if b == dot { lastDot = k } else if b &- zero >= 10 { return nil }
            }
            // The whole part runs to the decimal mark, if any; the fraction after it.
            var wholeEnd = hi
            if let c = lastComma {
                guard lastDot.map({ $0 < c }) ?? true, hi - c - 1 <= 2 else { return nil }
                wholeEnd = c
            } else if let d = lastDot, hi - d - 1 != 3 {
                // A dot not followed by exactly three digits is a decimal point (`12.5`).
                guard hi - d - 1 <= 2 else { return nil }
                wholeEnd = d
            }
            // Thousands groups: a non-empty first group, then groups of exactly three digits.
            var w: Int64 = 0
            var groupLength = 0
            var firstGroup = true
            for k in lo..<wholeEnd {
                let b = buffer[k]
                if b == dot {
                    guard firstGroup ? groupLength > 0 : groupLength == 3 else { return nil }
                    firstGroup = false
                    groupLength = 0
                } else if b == comma {
                    return nil
                } else {
                    groupLength += 1
                    w = w * 10 + Int64(b - zero)
                    // Beyond any public budget: such a "number" is not an amount (and must not overflow).
                    guard w <= maximumLira else { return nil }
                }
            }
            guard firstGroup ? groupLength > 0 : groupLength == 3 else { return nil }
            var f: Int64 = 0
            let fracStart = wholeEnd == hi ? hi : wholeEnd + 1
            for k in fracStart..<hi { f = f * 10 + Int64(buffer[k] - zero) }
            let kurus = w * 100 + (hi - fracStart == 1 ? f * 10 : f)
            return Amount(kurus: negative ? -kurus : kurus)
        }
    }

    /// `amount` read character by character (text with letters or signs beyond ASCII).
    static func amountByCharacters(_ text: String) -> Amount? {
        var s = text.filter { !$0.isWhitespace }
        if s.hasSuffix("TL") { s.removeLast(2) } else if s.hasPrefix("TL") { s.removeFirst(2) }
        s.removeAll { $0 == "₺" }
        var negative = false
        if s.hasPrefix("(") && s.hasSuffix(")") { negative = true; s = String(s.dropFirst().dropLast()) }
        if s.hasPrefix("-") && s.count > 1 { negative = true; s.removeFirst() }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              s.first!.isNumber, s.last!.isNumber else { return nil }
        var whole = s
        var frac = ""
        if let comma = s.lastIndex(of: ",") {
            whole = String(s[..<comma])
            frac = String(s[s.index(after: comma)...])
            guard !frac.contains("."), frac.count <= 2 else { return nil }
        } else if let dot = s.lastIndex(of: "."), s.distance(from: dot, to: s.endIndex) - 1 != 3 {
            // A dot not followed by exactly three digits is a decimal point (`12.5`).
            whole = String(s[..<dot])
            frac = String(s[s.index(after: dot)...])
            guard frac.count <= 2 else { return nil }
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard !groups.isEmpty, groups.dropFirst().allSatisfy({ $0.count == 3 }), !groups[0].isEmpty,
              !whole.contains(",") else { return nil }
        // Beyond any public budget: such a "number" is not an amount (and must not overflow).
        guard let w = Int64(groups.joined()), w <= maximumLira else { return nil }
        let f = Int64(frac.isEmpty ? "0" : frac) ?? 0
        let kurus = w * 100 + (frac.count == 1 ? f * 10 : f)
        return Amount(kurus: negative ? -kurus : kurus)
    }

    /// A value cell made canonical: `77.572` → `77572`, `17,13` → `17.13`,
    /// `7.706,376` → `7706.376`, `11.3` → `11.3`, `%100` / `100%` → `100`; trailing
    /// fractional zeros dropped. nil for `-`, words and anything else not a number.
    public static func value(_ text: String) -> String? {
        // Every number read holds an ASCII digit; most words of a page hold none.
        guard text.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        var s = text.filter { !$0.isWhitespace }
        if s.hasPrefix("%") { s.removeFirst() } else if s.hasSuffix("%") { s.removeLast() }
        var sign = ""
        if s.hasPrefix("-") && s.count > 1 { sign = "-"; s.removeFirst() }
        if s.hasPrefix("+") && s.count > 1 { s.removeFirst() }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              s.first!.isNumber, s.last!.isNumber else { return nil }
        var whole: String
        var frac = ""
        if let comma = s.firstIndex(of: ",") {
            guard s.filter({ $0 == "," }).count == 1 else { return nil }
            whole = String(s[..<comma])
            frac = String(s[s.index(after: comma)...])
            guard !frac.contains(".") else { return nil }
            let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            whole = groups.joined()
        } else {
            let groups = s.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count == 1 {
                whole = s
            } else if groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                whole = groups.joined()       // dots before exactly three digits group thousands
            } else if groups.count == 2 {
                whole = String(groups[0]); frac = String(groups[1])   // `11.3`: a decimal point
            } else {
                return nil
            }
        }
        guard !whole.isEmpty else { return nil }
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        while frac.hasSuffix("0") { frac.removeLast() }
        return sign + whole + (frac.isEmpty ? "" : "." + frac)
    }
}
