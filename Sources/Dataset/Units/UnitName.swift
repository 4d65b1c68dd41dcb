import Foundation

/// A responsible unit's name (Sorumlu Harcama Birimi) made canonical: look-alike letters
/// fixed, whitespace collapsed, abbreviations expanded ("Dai. Bşk." → "Dairesi
/// Başkanlığı"), and the organisational form in one spelling ("Daire Başkanlığı" →
/// "Dairesi Başkanlığı", "Müdürlük" → "Müdürlüğü"). Case stays as printed; expanded words
/// take the case of the abbreviation they replace.
public enum UnitName {
    public static func canonical(_ printed: String) -> String {
        let text = TextNormalization.collapse(fixLookAlikes(printed))
        // Collapsed from its bytes (single spaces, every scalar a character of its own): split
        // at its space bytes, the same words as split by characters.
        let words = TextNormalization.isCollapsed(text) ? text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
                                                        : text.split(separator: " ")
        let tokens = words.flatMap(expand)
        let foldedTokens = tokens.map { Identifiers.slug($0, separator: " ") }
        var out: [String] = []
        for (index, token) in tokens.enumerated() {
            let folded = foldedTokens[index]
            let next = index + 1 < tokens.count ? foldedTokens[index + 1] : nil
            if folded == UnitVocabulary.daire, next == UnitVocabulary.baskanligi {
                out.append(cased(UnitVocabulary.dairesi, like: token))
            } else if let standard = UnitVocabulary.standardSpellings[folded] {
                out.append(cased(standard, like: token))
            } else if next == nil, let final = UnitVocabulary.finalForms[folded] {
                out.append(cased(final, like: token))
            } else {
                out.append(token)
            }
        }
        return out.joined(separator: " ")
    }

    /// The name's words, folded (Turkish letters to ASCII, lower case), without fillers.
    public static func foldedWords(_ name: String) -> [String] {
        // The slug is ASCII: its words are split at its space bytes.
        Identifiers.slug(canonical(name), separator: " ").utf8.split(separator: UInt8(ascii: " "))
            .map { String(decoding: $0, as: UTF8.self) }.filter { !UnitVocabulary.fillerWords.contains($0) }
    }

    /// The first UTF-8 lead byte of a scalar from U+0300 (the combining marks) up.
    static let firstCombiningLeadByte: UInt8 = 0xCC

    /// NFC first, so that a letter written with a combining mark is one scalar.
    /// A text whose scalars all lie below U+0300 (no UTF-8 lead byte from 0xCC) is in NFC
    /// already: composing it (through Foundation, the name's dearest step) is skipped.
    static func fixLookAlikes(_ text: String) -> String {
        let composed = text.utf8.allSatisfy({ $0 < firstCombiningLeadByte }) ? text : text.precomposedStringWithCanonicalMapping
        guard composed.unicodeScalars.contains(where: { $0.value >= UnitVocabulary.lowestLookAlike && UnitVocabulary.lookAlikes[$0] != nil })
        else { return composed }
        var out = ""
        for scalar in composed.unicodeScalars {
            if let replacement = UnitVocabulary.lookAlikes[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// One whitespace-separated token → its words, abbreviations expanded. A token that
    /// holds no abbreviation stays as printed ("1.Hukuk"); one that does is split at its
    /// periods ("Dai.Bşk." → "Dairesi", "Başkanlığı").
    static func expand(_ token: Substring) -> [String] {
        var parts: [Substring] = []
        var start = token.startIndex
        // Most tokens hold no period byte, so no period character: the token is one part.
        if token.utf8.contains(UInt8(ascii: ".")) {
            for index in token.indices where token[index] == "." {
                parts.append(token[start...index])
                start = token.index(after: index)
            }
        }
        if start < token.endIndex { parts.append(token[start...]) }
        var expandedAny = false
        let words = parts.map { part -> String in
            let hasPeriod = part.hasSuffix(".")
            let folded = Identifiers.slug(String(part), separator: " ")
            guard let expansion = UnitVocabulary.abbreviations[folded],
                  hasPeriod || !UnitVocabulary.abbreviationsNeedingPeriod.contains(folded) else { return String(part) }
            expandedAny = true
            return cased(expansion, like: part)
        }
        return expandedAny ? words : [String(token)]
    }

    /// `word` (title case) in the case of `model`: all capitals, all small, or title case.
    static func cased(_ word: String, like model: some StringProtocol) -> String {
        let letters = model.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) { return TextNormalization.turkishUppercased(word) }
        if let first = letters.first, first.properties.isLowercase { return TextNormalization.turkishLowercased(word) }
        return word
    }
}
