import Foundation

/// Characters producers write where the text means plain letters: typographic ligatures
/// (Word, InDesign: "ﬁ" for "fi"), soft hyphens (U+00AD: a discretionary break, printed as a
/// hyphen only at a line's end) and letters written decomposed ("I" + U+0307 for "İ"). A word
/// is read as its letters, so the lexicon, the amounts and the dataset's bytes see one spelling.
/// Each is told by one scalar's value as the word is formed (`WordBuilder`): words without any
/// (nearly all) pay nothing more.
enum PrintedCharacters {
    /// Unicode's Latin ligatures (Alphabetic Presentation Forms, U+FB00–U+FB06) and the letters
    /// each stands for (their compatibility decomposition).
    static func ligatureLetters(_ value: UInt32) -> String? {
        switch value {
        case 0xFB00: return "ff"
        case 0xFB01: return "fi"
        case 0xFB02: return "fl"
        case 0xFB03: return "ffi"
        case 0xFB04: return "ffl"
        case 0xFB05, 0xFB06: return "st"
        default: return nil
        }
    }

    /// Whether a word's text is exactly what one ligature glyph stands for ("fi"): a glyph of a
    /// letter-spaced run though it holds two or three letters (a ligature's own character, or a
    /// glyph whose ToUnicode gives its letters).
    static func isLigatureText(_ text: String) -> Bool {
        // Asked of every short word of a line: told from its bytes ("f" then "f", "i", "l"; "st").
        var text = text
        return text.withUTF8 { b in
            switch b.count {
            case 2: return b[0] == UInt8(ascii: "f") ? b[1] == UInt8(ascii: "f") || b[1] == UInt8(ascii: "i") || b[1] == UInt8(ascii: "l")
                : b[0] == UInt8(ascii: "s") && b[1] == UInt8(ascii: "t")
            case 3: return b[0] == UInt8(ascii: "f") && b[1] == UInt8(ascii: "f") && (b[2] == UInt8(ascii: "i") || b[2] == UInt8(ascii: "l"))
            default: return false
            }
        }
    }

    /// The soft hyphen (U+00AD): inside a word it was not printed (a place a word may break),
    /// at a word's end it is the hyphen printed where the line broke the word.
    static let softHyphen: UInt32 = 0xAD

    /// Combining diacritical marks (U+0300–U+036F): a letter written in two scalars, composed
    /// (Unicode's canonical composition, NFC) when its word is taken.
    static func isCombiningMark(_ value: UInt32) -> Bool { value >= 0x300 && value <= 0x36F }

    /// A word's text with its decomposed letters composed ("I" + U+0307 → "İ").
    static func composed(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }
}
