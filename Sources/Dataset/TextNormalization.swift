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

    /// A word in capitals whose "I" may be i or ı, lower-cased with each "I" read by Turkish vowel
    /// harmony: a front vowel (e, i, ö, ü) before it in the word makes it i, a back one (a, ı, o, u)
    /// ı; with no vowel before it, the nearest vowel after it decides; alone, i. Loanwords break
    /// harmony, so this is for capitals that give no other sign.
    static func harmonisedI(_ word: String) -> String {
        let lower = Array(turkishLowercased(word).unicodeScalars)
        let capitals = Array(word.unicodeScalars)
        guard capitals.count == lower.count, capitals.contains("I") else { return String(String.UnicodeScalarView(lower)) }
        let front: Set<Unicode.Scalar> = ["e", "i", "ö", "ü"], back: Set<Unicode.Scalar> = ["a", "ı", "o", "u"]
        var out = lower
        func frontness(_ scalar: Unicode.Scalar) -> Bool? { front.contains(scalar) ? true : back.contains(scalar) ? false : nil }
        for k in capitals.indices where capitals[k] == "I" {
            // Vowels already read (an earlier "I" decided), else the first known vowel after it.
            let before = out[..<k].reversed().lazy.compactMap(frontness).first
            let after = k + 1 < capitals.count
                ? capitals[(k + 1)...].lazy.filter { $0 != "I" }.compactMap { frontness(turkishLowercased(String($0)).unicodeScalars.first ?? $0) }.first
                : nil
            out[k] = (before ?? after ?? true) ? "i" : "ı"
        }
        return String(String.UnicodeScalarView(out))
    }

    /// A word lower-cased with i and ı as one letter: how a word in capitals made without the
    /// dotted İ is matched with the same word printed in small letters.
    public static func dotlessKey(_ word: String) -> String {
        String(String.UnicodeScalarView(turkishLowercased(word).unicodeScalars.map { $0 == "i" ? "ı" : $0 }))
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
    /// Capitals without a dotted "İ" may come from a producer that upper-cased the non-Turkish way
    /// ("KAYSERI BÜYÜKŞEHIR"), where "I" stands for both i and ı: each such "I" is read by vowel
    /// harmony (`harmonisedI`).
    /// Vowels cannot tell every such "I": "IĞDIR" (Iğdır) and "IZMIR" (İzmir) hold no other vowel,
    /// and a name's first vowel is its own, not harmony's ("ISPARTA" Isparta, "ISTANBUL" İstanbul).
    /// `spelling` answers, for a word in those capitals, the word as printed in small letters
    /// where the document or the vocabulary knows it (any case; compared with each "I" as either
    /// i or ı, `dotlessKey`); harmony reads the rest.
    public static func turkishTitleCased(_ text: String, spelling: (String) -> String? = { _ in nil }) -> String {
        let dotless = !text.unicodeScalars.contains("İ") && !text.unicodeScalars.contains("\u{307}")
        return collapse(text).split(separator: " ").map { word -> String in
            let known = dotless && word.unicodeScalars.contains("I")
                ? spelling(String(word)).map(turkishLowercased).flatMap { dotlessKey($0) == dotlessKey(String(word)) ? $0 : nil }
                : nil
            let lower = known ?? (dotless ? harmonisedI(String(word)) : turkishLowercased(String(word)))
            guard let first = lower.first else { return "" }
            return turkishUppercased(String(first)) + lower.dropFirst()
        }.joined(separator: " ")
    }
}
