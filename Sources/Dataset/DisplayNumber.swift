/// Numbers for people, in the documents' own Turkish notation with their unit: `.` groups
/// thousands, `,` marks decimals, amounts end in ` TL`, percentages start with `%`
/// (`5.500.000,00 TL`, `%40,91`, `1.234`, an indicator's `101.350` is a hundred and one
/// thousand, `101,35` a hundred and one and a bit). Where space is short (chart labels)
/// amounts of a million or more are `19,5 mn TL` (milyon). Every human output (terminal
/// text, Markdown, HTML) prints numbers through here; machine outputs (JSON, CSV, the
/// dataset) keep the contract's canonical forms (`5500000.00`, `40.91`). One convention
/// per output.
public enum DisplayNumber {
    /// `5500000.00` → `5.500.000,00 TL`.
    public static func lira(_ a: Amount) -> String { grouped(a) + " TL" }

    /// With an explicit sign: `+1.800.000,00 TL`, `-500,00 TL`, `0,00 TL`.
    public static func signedLira(_ a: Amount) -> String { (a.kurus > 0 ? "+" : "") + lira(a) }

    /// `5.500.000,00` (no unit, for table columns headed "TL").
    public static func grouped(_ a: Amount) -> String {
        let sign = a.kurus < 0 ? "-" : ""
        let m = a.kurus.magnitude
        let frac = m % 100
        return "\(sign)\(groupThousands(String(m / 100))),\(frac < 10 ? "0" : "")\(frac)"
    }

    /// `1234` → `1.234`.
    public static func integer(_ n: Int) -> String {
        (n < 0 ? "-" : "") + groupThousands(String(n.magnitude))
    }

    /// A canonical decimal (`101350`, `12.5`, `-3.25`, `+32.73`) in Turkish notation
    /// (`101.350`, `12,5`, `-3,25`, `+32,73`); text that is not a number comes back as is.
    public static func decimal(_ canonical: String) -> String {
        var s = Substring(canonical)
        var sign = ""
        if let first = s.first, first == "-" || first == "+" { sign = String(first); s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return canonical }
        let whole = groupThousands(String(parts[0]))
        return sign + whole + (parts.count == 2 ? "," + parts[1] : "")
    }

    /// A canonical percentage (`40.91`, `+19.5`) → `%40,91`, `+%19,5` (the sign before `%`).
    public static func percent(_ canonical: String) -> String {
        let d = decimal(canonical)
        if let first = d.first, first == "-" || first == "+" { return "\(first)%" + d.dropFirst() }
        return "%" + d
    }

    /// A value of checks.csv (`expected`, `actual`) for people: amounts (two decimals) in
    /// lira, shares in percent, counts grouped.
    public static func checkValue(_ canonical: String, check: String) -> String {
        if check == "share" { return percent(canonical) }
        if canonical.contains("."), let a = Amount(canonical: canonical) { return lira(a) }
        if let n = Int(canonical) { return integer(n) }
        return decimal(canonical)
    }

    /// Short, for chart labels: `+19,5 mn TL` from a million up (tenths, half up),
    /// whole lira below (`+220.000 TL`); the sign always shown but for zero.
    public static func shortLira(_ a: Amount) -> String {
        let sign = a.kurus > 0 ? "+" : (a.kurus < 0 ? "-" : "")
        let lira = a.kurus.magnitude / 100
        if lira >= 1_000_000 {
            let tenths = (lira + 50_000) / 100_000
            return "\(sign)\(groupThousands(String(tenths / 10))),\(tenths % 10) mn TL"
        }
        return sign + groupThousands(String(lira)) + " TL"
    }

    /// An indicator's value as the documents print it: the canonical value in Turkish
    /// notation (`101350` → `101.350`, `17.13` → `17,13`), a percentage with `%` where the
    /// document printed one; text that is no number (`Var`) as printed.
    public static func indicator(_ v: IndicatorValue) -> String {
        guard let value = v.value, !value.isEmpty else { return v.raw }
        return v.raw.contains("%") ? percent(value) : decimal(value)
    }

    /// A duration: `12,3 s` (tenths).
    public static func seconds(_ s: Double) -> String {
        let tenths = Int((max(0, s) * 10).rounded())
        return "\(integer(tenths / 10)),\(tenths % 10) s"
    }

    private static func groupThousands(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(ch)
        }
        return out
    }
}
