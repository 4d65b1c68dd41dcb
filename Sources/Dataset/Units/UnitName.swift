import Foundation

/// A responsible unit's name (Sorumlu Harcama Birimi) made canonical: look-alike letters
/// fixed, whitespace collapsed, abbreviations expanded ("Dai. Bşk." → "Dairesi
/// Başkanlığı"), and the organisational form in one spelling ("Daire Başkanlığı" →
/// "Dairesi Başkanlığı", "Müdürlük" → "Müdürlüğü"). Case stays as printed; expanded words
/// take the case of the abbreviation they replace.
public enum UnitName {
    public static func canonical(_ printed: String) -> String {
        let tokens = TextNormalization.collapse(fixLookAlikes(printed)).split(separator: " ").flatMap(expand)
        var out: [String] = []
        for (index, token) in tokens.enumerated() {
            let folded = Identifiers.slug(token, separator: " ")
            let next = index + 1 < tokens.count ? Identifiers.slug(tokens[index + 1], separator: " ") : nil
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
        Identifiers.slug(canonical(name), separator: " ").split(separator: " ").map(String.init)
            .filter { !UnitVocabulary.fillerWords.contains($0) }
    }

    /// NFC first, so that a letter written with a combining mark is one scalar.
    static func fixLookAlikes(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        guard composed.unicodeScalars.contains(where: { UnitVocabulary.lookAlikes[$0] != nil }) else { return composed }
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
        for index in token.indices where token[index] == "." {
            parts.append(token[start...index])
            start = token.index(after: index)
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
