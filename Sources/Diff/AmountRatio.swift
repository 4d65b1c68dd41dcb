import Dataset

/// Ratios and percentage changes of amounts, computed exactly on kuruş (no floating point,
/// so the same inputs always give the same digits), in the contract's canonical form
/// (`1.3273`, `+32.73`): the JSON and CSV diff carry them as they are, the human formats
/// print them through `DisplayNumber`.
public enum AmountRatio {
    /// new / old to four decimals (`1.3273`), nil when old is zero.
    public static func ratio(old: Amount, new: Amount) -> String? {
        guard let r = roundedQuotient(new.kurus, old.kurus, scale: 10_000) else { return nil }
        return decimal(r, places: 4)
    }

    /// (new − old) / old in percent to two decimals with a sign (`+32.73`), nil when old is zero.
    public static func percentChange(old: Amount, new: Amount) -> String? {
        guard let r = roundedQuotient(new.kurus - old.kurus, old.kurus, scale: 10_000) else { return nil }
        return (r > 0 ? "+" : "") + decimal(r, places: 2)
    }

    /// round(n × scale / d), halves to even (as decimal arithmetic does by default, so a
    /// ratio of exactly 1.35625 prints 1.3562 like the corpus); nil when d is zero or the
    /// product overflows.
    static func roundedQuotient(_ n: Int64, _ d: Int64, scale: Int64) -> Int64? {
        guard d != 0 else { return nil }
        let (product, overflow) = n.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        let negative = (product < 0) != (d < 0)
        var q = product.magnitude / d.magnitude
        let twiceRemainder = (product.magnitude % d.magnitude) * 2
        if twiceRemainder > d.magnitude || (twiceRemainder == d.magnitude && q % 2 == 1) { q += 1 }
        return negative ? -Int64(q) : Int64(q)
    }

    /// 13273 with 4 places → `1.3273`.
    static func decimal(_ value: Int64, places: Int) -> String {
        let sign = value < 0 ? "-" : ""
        var digits = String(value.magnitude)
        while digits.count <= places { digits = "0" + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -places)
        return sign + digits[..<cut] + "." + digits[cut...]
    }
}
