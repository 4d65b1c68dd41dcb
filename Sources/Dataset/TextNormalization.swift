/// Cell text as the contract wants it: runs of whitespace collapsed to one space, trimmed.
public enum TextNormalization {
    public static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Turkish-aware lower-casing (İ → i, I → ı).
    public static func turkishLowercased(_ text: String) -> String {
        // ASCII text (most of it in numbers and codes) needs no Unicode case mapping.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "I") }) { return text.lowercased() }
        var out = ""
        for ch in text {
            switch ch {
            case "İ": out.append("i")
            case "I": out.append("ı")
            default: out += String(ch).lowercased()
            }
        }
        return out
    }

    /// Turkish-aware title case of an upper-case name: "KAYSERİ BÜYÜKŞEHİR" → "Kayseri Büyükşehir".
    public static func turkishTitleCased(_ text: String) -> String {
        collapse(text).split(separator: " ").map { word -> String in
            let lower = turkishLowercased(String(word))
            guard let first = lower.first else { return "" }
            let head: String = first == "i" ? "İ" : (first == "ı" ? "I" : String(first).uppercased())
            return head + lower.dropFirst()
        }.joined(separator: " ")
    }
}
