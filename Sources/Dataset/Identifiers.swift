/// The contract's stable ids.
public enum Identifiers {
    /// `Kayseri Büyükşehir Belediyesi`, 2024 → `kayseri-buyuksehir-belediyesi-2024`.
    public static func programID(administration: String, year: Int) -> String {
        "\(slug(administration))-\(year)"
    }

    /// Folds Turkish letters to ASCII, lower-cases, and turns every other run of
    /// non-alphanumerics into one `-`.
    public static func slug(_ text: String, separator: Unicode.Scalar = "-") -> String {
        // Works on Unicode scalars (this runs for every row the recogniser looks at).
        var out = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let folded: Unicode.Scalar?
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: folded = scalar
            case 0x41...0x5A: folded = Unicode.Scalar(scalar.value + 0x20)
            case 0xE7, 0xC7: folded = "c"                     // ç Ç
            case 0x11F, 0x11E: folded = "g"                   // ğ Ğ
            case 0x131, 0x130, 0xEE, 0xCE: folded = "i"       // ı İ î Î
            case 0xF6, 0xD6: folded = "o"                     // ö Ö
            case 0x15F, 0x15E: folded = "s"                   // ş Ş
            case 0xFC, 0xDC, 0xFB, 0xDB: folded = "u"         // ü Ü û Û
            case 0xE2, 0xC2: folded = "a"                     // â Â
            case 0x307: continue                              // combining dot (i̇ as two scalars)
            default: folded = nil
            }
            if let f = folded {
                if pendingDash && !out.isEmpty { out.append(separator) }
                pendingDash = false
                out.append(f)
            } else {
                pendingDash = true
            }
        }
        return String(out)
    }

    public static func goalID(program: String, goalNo: Int) -> String { "\(program)/G\(goalNo)" }
    public static func indicatorID(goal: String, indicatorNo: Int) -> String { "\(goal)/I\(indicatorNo)" }
    public static func activityID(goal: String, activityNo: Int) -> String { "\(goal)/F\(activityNo)" }
    public static func unitID(program: String, unitNo: Int) -> String { "\(program)/U\(unitNo)" }
}
