/// The contract's stable ids.
public enum Identifiers {
    /// `Kayseri Büyükşehir Belediyesi`, 2024 → `kayseri-buyuksehir-belediyesi-2024`.
    public static func programID(administration: String, year: Int) -> String {
        "\(slug(administration))-\(year)"
    }

    /// Folds Turkish letters to ASCII, lower-cases, and turns every other run of
    /// non-alphanumerics into one `-`.
    public static func slug(_ text: String, separator: Unicode.Scalar = "-") -> String {
        // Runs for every row and word the recogniser looks at: reads the UTF-8 bytes in
        // place and writes the (ASCII) result straight into the new string's storage.
        // An ASCII separator never makes the result longer than the text: each folded
        // letter comes from at least one byte, and one separator stands for a run of at
        // least one skipped scalar.
        // (A separator that is itself a letter or digit is read scalar by scalar too.)
        guard separator.isASCII, asciiFolded(UInt8(separator.value)) == nil else { return slugScalars(text, separator: separator) }
        var text = text
        let sep = UInt8(separator.value)
        return asciiFoldings.withUnsafeBufferPointer { asciiFoldings in text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                // A skipped scalar writes the separator at once (unless one ends the output
                // already, or nothing precedes it) and a separator left at the end is taken
                // back: a folded letter is never the separator, and each letter's byte is then
                // only looked up and stored.
                var n = 0
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        i += 1
                        // One table look-up per ASCII byte (most bytes): its folded letter or 0.
                        let f = asciiFoldings[Int(b)]
                        if f != 0 { out[n] = f; n += 1; continue }
                    } else {
                        // A multi-byte scalar (the string's UTF-8 is valid).
                        let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                        i += length
                        if let f = foldedLetter(value) { out[n] = f; n += 1; continue }
                        if value == 0x307 { continue }                                  // combining dot (i̇ as two scalars)
                    }
                    if n > 0 && out[n - 1] != sep { out[n] = sep; n += 1 }
                }
                if n > 0 && out[n - 1] == sep { n -= 1 }
                return n
            }
        } }
    }

    /// `asciiFolded` of each ASCII byte, 0 for nil.
    private static let asciiFoldings: [UInt8] = (0..<0x80).map { asciiFolded(UInt8($0)) ?? 0 }

    /// An ASCII letter or digit folded (lower case); nil for everything else.
    @inline(__always)
    private static func asciiFolded(_ b: UInt8) -> UInt8? {
        if b &- 0x61 < 26 || b &- 0x30 < 10 { return b }
        if b &- 0x41 < 26 { return b + 0x20 }
        return nil
    }

    /// The ASCII letter a Turkish (or circumflexed) letter folds to.
    private static func foldedLetter(_ value: UInt32) -> UInt8? {
        switch value {
        case 0xE7, 0xC7: return UInt8(ascii: "c")                     // ç Ç
        case 0x11F, 0x11E: return UInt8(ascii: "g")                   // ğ Ğ
        case 0x131, 0x130, 0xEE, 0xCE: return UInt8(ascii: "i")       // ı İ î Î
        case 0xF6, 0xD6: return UInt8(ascii: "o")                     // ö Ö
        case 0x15F, 0x15E: return UInt8(ascii: "s")                   // ş Ş
        case 0xFC, 0xDC, 0xFB, 0xDB: return UInt8(ascii: "u")         // ü Ü û Û
        case 0xE2, 0xC2: return UInt8(ascii: "a")                     // â Â
        default: return nil
        }
    }

    /// `slug` for a separator outside ASCII, scalar by scalar.
    private static func slugScalars(_ text: String, separator: Unicode.Scalar) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let folded: UInt8
            switch scalar.value {
            case 0..<0x80:
                guard let f = asciiFolded(UInt8(scalar.value)) else { pendingDash = true; continue }
                folded = f
            case 0x307: continue                                            // combining dot (i̇ as two scalars)
            default:
                guard let f = foldedLetter(scalar.value) else { pendingDash = true; continue }
                folded = f
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
