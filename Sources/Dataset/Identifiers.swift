/// The contract's stable ids.
public enum Identifiers {
    /// `Kayseri Büyükşehir Belediyesi`, 2024 → `kayseri-buyuksehir-belediyesi-2024`.
    public static func programID(administration: String, year: Int) -> String {
        "\(slug(administration))-\(year)"
    }

    /// Folds Turkish letters to ASCII, lower-cases, and turns every other run of
    /// non-alphanumerics into one `-`.
    public static func slug(_ text: String, separator: Unicode.Scalar = "-") -> String {
        // Works on Unicode scalars into bytes (this runs for every row the recogniser looks
        // at): the result is ASCII but for a separator outside it.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let folded: UInt8
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: folded = UInt8(scalar.value)
            case 0x41...0x5A: folded = UInt8(scalar.value + 0x20)
            case 0xE7, 0xC7: folded = UInt8(ascii: "c")                     // ç Ç
            case 0x11F, 0x11E: folded = UInt8(ascii: "g")                   // ğ Ğ
            case 0x131, 0x130, 0xEE, 0xCE: folded = UInt8(ascii: "i")       // ı İ î Î
            case 0xF6, 0xD6: folded = UInt8(ascii: "o")                     // ö Ö
            case 0x15F, 0x15E: folded = UInt8(ascii: "s")                   // ş Ş
            case 0xFC, 0xDC, 0xFB, 0xDB: folded = UInt8(ascii: "u")         // ü Ü û Û
            case 0xE2, 0xC2: folded = UInt8(ascii: "a")                     // â Â
            case 0x307: continue                                            // combining dot (i̇ as two scalars)
            default:
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { UTF8.encode(separator) { out.append($0) } }
            pendingDash = false
            out.append(folded)
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func goalID(program: String, goalNo: Int) -> String { "\(program)/G\(goalNo)" }
    public static func indicatorID(goal: String, indicatorNo: Int) -> String { "\(goal)/I\(indicatorNo)" }
    public static func activityID(goal: String, activityNo: Int) -> String { "\(goal)/F\(activityNo)" }
    public static func unitID(program: String, unitNo: Int) -> String { "\(program)/U\(unitNo)" }
}
