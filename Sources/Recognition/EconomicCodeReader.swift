import Foundation
import Dataset
import TableGeometry

/// Finds the first-level economic code a row or a column header names: its printed code
/// (“06”, “03 Mal ve Hizmet…”), else its name (`Lexicon`: standard, printed and short forms).
enum EconomicCodeReader {
    /// The code printed as a word of `text` (first one), else by name.
    static func code(in text: String) -> EconomicCode? {
        for token in text.split(separator: " ") {
            let t = token.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
            if t.count == 2, let c = EconomicCode(rawValue: t) { return c }
        }
        return Lexicon.economicCode(named: text)
    }

    /// A column header that starts with the code: “03 Mal ve Hizmet Alım Giderleri”.
    static func leadingCode(_ text: String) -> EconomicCode? {
        // Plain text (`TextBytes.isPlain`): each scalar is a character, and a code is two ASCII
        // digits, so the first word is read from the bytes and is a code only when two bytes long.
        if TextBytes.isPlain(text) {
            let first = text.utf8.drop { $0 == UInt8(ascii: " ") }.prefix { $0 != UInt8(ascii: " ") }
            guard first.count == 2 else { return nil }
            return EconomicCode(rawValue: String(Substring(first)))
        }
        // The first word (`text.split(separator: " ").first`), without splitting the whole title.
        let first = text.drop { $0 == " " }.prefix { $0 != " " }
        guard !first.isEmpty, first.count == 2 else { return nil }
        return EconomicCode(rawValue: String(first))
    }

    /// A column of a cost table per goal: its leading code, else the code its name gives.
    static func columnCode(_ text: String) -> EconomicCode? {
        leadingCode(text) ?? leadingCode(afterGroup(text)) ?? Lexicon.economicCode(named: text)
    }

    /// The most words a phrase of the economic-code group header has.
    private static let groupPhraseWords = Lexicon.phrases(.economicCode, .columnHeader).map(\.tokens.count).max() ?? 0

    /// The title without the group header stacked onto it: “Ekonomik Kod (TL) 03 Mal ve
    /// Hizmet” → “03 Mal ve Hizmet” (a group over narrow code columns reaches only the first).
    static func afterGroup(_ text: String) -> String {
        // Only the words a phrase can cover from the start are cut out and folded; the title is
        // split whole only where the group header leads it.
        guard let n = Lexicon.leads(Lexicon.foldEach(TextBytes.leadingWords(text, groupPhraseWords)), at: 0, .economicCode, .columnHeader)
        else { return text }
        var rest = TextBytes.words(text).dropFirst(n)
        while let w = rest.first, Lexicon.isWord(w, .currency, .columnHeader) { rest = rest.dropFirst() }
        return rest.joined(separator: " ")
    }

    /// A column's code from its title, else from the line above it taken for a group header: a
    /// code's name wraps with its first line much wider than the rest (“03 Mal ve Hizmet Alım”
    /// over “Giderleri”).
    static func columnCode(_ column: Column) -> EconomicCode? {
        columnCode(column.title) ?? column.group.flatMap { columnCode($0 + " " + column.title) }
    }
}
