/// How a legacy Turkish font's text layer writes the Turkish letters it prints: the glyphs are
/// right, the text the reader gets is not (`LegacyTurkishText` in Extraction reads it back). The
/// canvas draws every line's text through `written(_:)`: the substituted characters are the PDF's
/// text, exactly what a reader of such a document sees.
enum LegacyTextLayer: String, CaseIterable, Sendable {
    /// Unicode as it should be.
    case unicode
    /// Word 2010 with "Times New Roman TUR": "Ġ" for "İ", "ġ" for "Ş", "Ģ" for "ş" (the table in
    /// SCgrS/PDEfe's src/renderer/metin.js; "BAġKANLIĞI", "geliĢtirme").
    case wordTUR = "word-tur"
    /// The other assignment of the same family: "Ģ" for "Ş", "ģ" for "ş".
    case commaAccent = "comma-accent"
    /// Windows-1254 bytes read as Latin-1: "Ý ý Þ þ Ð ð" for "İ ı Ş ş Ğ ğ".
    case latin1

    func written(_ text: String) -> String {
        guard self != .unicode else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { letter($0) ?? $0 }))
    }

    private func letter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch (self, scalar) {
        case (.unicode, _): return nil
        case (.wordTUR, "İ"), (.commaAccent, "İ"): return "\u{120}"
        case (.wordTUR, "Ş"): return "\u{121}"
        case (.wordTUR, "ş"), (.commaAccent, "Ş"): return "\u{122}"
        case (.commaAccent, "ş"): return "\u{123}"
        case (.latin1, "İ"): return "Ý"
        case (.latin1, "ı"): return "ý"
        case (.latin1, "Ş"): return "Þ"
        case (.latin1, "ş"): return "þ"
        case (.latin1, "Ğ"): return "Ð"
        case (.latin1, "ğ"): return "ð"
        default: return nil
        }
    }
}
