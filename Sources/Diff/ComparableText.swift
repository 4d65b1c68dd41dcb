import Foundation

/// A text prepared for comparison across years: Turkish-aware case folding (İ → i, I → ı,
/// then ı → i), diacritics folded (ç ğ ö ş ü â î û → c g o s u a i u), punctuation turned
/// into spaces, whitespace collapsed. Two printings of the same title that differ only in
/// case, hats, dots or spacing ("İMAR PLANI", "imar planı.") compare equal.
public struct ComparableText: Sendable, Equatable {
    /// The folded text as Unicode scalar values (what the edit distance runs on).
    public let scalars: [UInt32]
    /// Word stems: the first `MatchThresholds.stemLength` letters of each folded word.
    public let stems: Set<String>
    /// The folded text itself.
    public let folded: String

    public init(_ text: String) {
        var out = ""
        var pendingSpace = false
        for ch in text {
            for scalar in Self.fold(ch).unicodeScalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if pendingSpace, !out.isEmpty { out.unicodeScalars.append(" ") }
                    pendingSpace = false
                    out.unicodeScalars.append(scalar)
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    continue  // a combining accent left over from decomposition
                } else {
                    pendingSpace = true
                }
            }
        }
        folded = out
        scalars = out.unicodeScalars.map(\.value)
        stems = Set(out.split(separator: " ").map { String($0.prefix(MatchThresholds.stemLength)) })
    }

    /// One character, lower-cased the Turkish way and stripped of its diacritic.
    private static func fold(_ ch: Character) -> String {
        switch ch {
        case "İ", "I", "ı", "i", "î", "Î", "ì", "í", "Ì", "Í": return "i"
        case "ç", "Ç": return "c"
        case "ğ", "Ğ": return "g"
        case "ö", "Ö", "ò", "ó", "Ò", "Ó": return "o"
        case "ş", "Ş": return "s"
        case "ü", "Ü", "û", "Û", "ù", "ú", "Ù", "Ú": return "u"
        case "â", "Â", "à", "á", "À", "Á": return "a"
        case "’", "'", "`", "´": return ""  // "Müdürlüğü'ne" and "Müdürlüğüne" are the same word
        default:
            // Other letters: lower-case, then decompose so a stray accent becomes a mark that is dropped.
            return String(ch).lowercased().decomposedStringWithCanonicalMapping
        }
    }
}
