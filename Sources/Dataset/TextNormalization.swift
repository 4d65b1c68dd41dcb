/// Cell text as the contract wants it: runs of whitespace collapsed to one space, trimmed.
public enum TextNormalization {
    public static func collapse(_ text: String) -> String {
        // Most texts come from cells already read with their white space collapsed.
        isCollapsed(text) ? text : text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `collapse` would return `text` as it is, from its bytes: single spaces between
    /// other characters, no other white space, and every scalar below U+0300 outside U+0080
    /// to U+00BF (so each scalar is a character of its own and none of them is white space
    /// but the space). Any other text is left to the reading by characters.
    static func isCollapsed(_ text: String) -> Bool {
        var afterSpace = true
        for b in text.utf8 {
            if b == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else if (0x09...0x0D).contains(b) || b == 0xC2 || b >= 0xCC {
                return false
            } else {
                afterSpace = false
            }
        }
        return text.isEmpty || !afterSpace
    }

    /// Turkish-aware lower-casing (İ → i, I → ı). Works on scalars: recognition folds every
    /// word of every page, and per-character `String` case mapping was a tenth of its time.
    public static func turkishLowercased(_ text: String) -> String {
        // ASCII text (most of it in numbers and codes) needs no Unicode case mapping.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "I") }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        var previousWasDotlessI = false
        for scalar in text.unicodeScalars {
            defer { previousWasDotlessI = scalar == "I" }
            switch scalar {
            case "I": out.append("ı")
            case "İ": out.append("i")
            // "I" + combining dot above is İ written in two scalars: i.
            case "\u{307}" where previousWasDotlessI: out.removeLast(); out.append("i")
            case "A"..."Z": out.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            default:
                if scalar.isASCII || !scalar.properties.changesWhenLowercased {
                    out.append(scalar)
                } else {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(out)
    }

    /// Turkish-aware upper-casing (i → İ, ı → I).
    public static func turkishUppercased(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "i": out += "İ"
            case "ı": out += "I"
            default: out += ch.uppercased()
            }
        }
        return out
    }

    /// Turkish-aware title case of an upper-case name: "KAYSERİ BÜYÜKŞEHİR" → "Kayseri Büyükşehir".
    public static func turkishTitleCased(_ text: String) -> String {
        collapse(text).split(separator: " ").map { word -> String in
            let lower = turkishLowercased(String(word))
            guard let first = lower.first else { return "" }
            return turkishUppercased(String(first)) + lower.dropFirst()
        }.joined(separator: " ")
    }
}
