import Foundation
import Dataset

/// Units of indicators, normalised as the contract says (`m ²` → `m²`, `Adet` → `adet`).
enum UnitNormalizer {
    // The units themselves are vocabulary: `Lexicon.MeasureUnits`.
    static var baseUnits: Set<String> { Lexicon.MeasureUnits.base }
    static var timeWords: Set<String> { Lexicon.MeasureUnits.time }
    static var qualifiers: [String] { Lexicon.MeasureUnits.qualifiers }
    static var canonical: [String: String] { Lexicon.MeasureUnits.canonical }

    static func tidy(_ raw: String) -> String {
        var s = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        // Most units hold no superscript and no slash: nothing to replace then (“²” and “³” are
        // C2 B2 and C2 B3 in UTF-8, and no other byte is 0x2F).
        let bytes = s.utf8
        if bytes.contains(0xB2) || bytes.contains(0xB3) {
            s = s.replacingOccurrences(of: " ²", with: "²").replacingOccurrences(of: " ³", with: "³")
        }
        if bytes.contains(UInt8(ascii: "/")) {
            s = s.replacingOccurrences(of: "/ ", with: "/").replacingOccurrences(of: " /", with: "/")
        }
        return s
    }

    static func lower(_ s: String) -> String {
        TextNormalization.turkishLowercased(s)
    }

    /// A unit column's cell (“Ölçü”): tidied, known units in their canonical case.
    static func fromColumn(_ raw: String) -> String {
        let s = tidy(raw)
        let l = lower(s)
        if let c = canonical[l] { return c }
        if baseUnits.contains(l) { return l }
        return s
    }

    /// The unit in an indicator's name: its last innermost parenthesis, when that is a unit.
    static func fromName(_ name: String) -> String {
        guard let inner = lastInnermostParenthesis(name) else { return "" }
        return unit(in: inner) ?? ""
    }

    static func lastInnermostParenthesis(_ text: String) -> String? {
        // Plain text (`TextBytes.isPlain`): each scalar is a character, so the brackets are
        // found from the bytes; by characters otherwise.
        if TextBytes.isPlain(text) {
            let bytes = text.utf8
            var last: String? = nil
            var start: String.Index? = nil
            var i = bytes.startIndex
            while i < bytes.endIndex {
                let b = bytes[i]
                if b == UInt8(ascii: "(") { start = bytes.index(after: i) }
                if b == UInt8(ascii: ")"), let s = start { last = String(text[s..<i]); start = nil }
                i = bytes.index(after: i)
            }
            return last
        }
        var last: String? = nil
        var start: String.Index? = nil
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "(" { start = text.index(after: i) }
            if text[i] == ")", let s = start { last = String(text[s..<i]); start = nil }
            i = text.index(after: i)
        }
        return last
    }

    static func unit(in raw: String) -> String? {
        var s = tidy(raw)
        var l = lower(s)
        for q in qualifiers where l.hasPrefix(q + " ") {
            s = String(s.dropFirst(q.count + 1)); l = lower(s); break
        }
        if let c = canonical[l] { return c }
        if baseUnits.contains(l) { return l }
        let parts = s.split(separator: "/").map { String($0).trimmingCharacters(in: .whitespaces) }
        if parts.count >= 2 {
            let lowered = parts.map(lower)
            let anchored = lowered.contains { baseUnits.contains($0) || timeWords.contains($0) }
            let short = parts.allSatisfy { $0.split(separator: " ").count <= 3 && !$0.isEmpty }
            if anchored && short {
                return zip(parts, lowered).map { p, lp in canonical[lp] ?? (baseUnits.contains(lp) || timeWords.contains(lp) ? lp : p) }
                    .joined(separator: "/")
            }
        }
        return nil
    }
}
