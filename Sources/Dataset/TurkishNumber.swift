/// Turkish number notation made canonical: `.` groups thousands, `,` marks decimals.
public enum TurkishNumber {
    /// The largest amount read (10^13 TL, a thousand times a national budget), so that sums of
    /// many amounts stay far inside Int64 kuruş.
    public static let maximumLira: Int64 = 10_000_000_000_000

    /// `5.500.000,00` / `5.500.000` / `1.600.000` / `0` → an exact amount; nil when the
    /// text is not an amount (`-`, words). A leading `-` or parentheses make it negative.
    public static func amount(_ text: String) -> Amount? {
        // Every number read holds an ASCII digit; most words of a page hold none.
        guard text.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        var s = text.filter { !$0.isWhitespace }
        if s.hasSuffix("TL") { s.removeLast(2) }
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
