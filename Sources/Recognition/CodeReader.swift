/// The codes documents print before names and after labels, read one way everywhere:
/// `1`, `1.`, `(1)`, `F1`, `PG1.1.1`, `H1.1`, `A1`, `1.1.1`, `A1H1`. A code is kept as the
/// dataset keeps it: without brackets and without a trailing dot (`1.` → `1`, `(46)` → `46`).
enum CodeReader {
    /// Marks a code may be printed with after it, before its text.
    static let closers: Set<Character> = ["-", "–", "—", ")"]

    /// Letters before a code's digits: “F”, “H”, “PG”, “SA”; four or more make a word.
    static let maximumLetters = 3

    /// The code `token` prints, or nil when it is not one (“Amaç”, “2020-2024”, “1/1000”, “9:”).
    /// A dash or a closing bracket printed after a code (“1-”, “A1–”, “1)”) is not the code's.
    static func code(_ token: String) -> String? {
        // Every code holds an ASCII digit (its numbers' digits): most words hold none.
        guard token.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        var t = Substring(token)
        if t.hasPrefix("("), t.hasSuffix(")"), t.count > 2 { t = t.dropFirst().dropLast() }
        else if let last = t.last, closers.contains(last), t.count > 1, !t.hasPrefix("(") { t = t.dropLast() }
        if t.hasSuffix("."), t.count > 1 { t = t.dropLast() }
        return isCodeBody(t) ? String(t) : nil
    }

    /// One or more parts, each letters (at most `maximumLetters`, only before the first part
    /// optional) then numbers joined by dots: “1.1.1”, “PG1.1”, “A1H1”.
    static func isCodeBody(_ t: Substring) -> Bool {
        var rest = t
        var first = true
        while !rest.isEmpty {
            let letters = rest.prefix { $0.isLetter }
            guard letters.count <= maximumLetters, first || !letters.isEmpty else { return false }
            rest = rest.dropFirst(letters.count)
            // Numbers joined by single dots, ending in a digit.
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard let head = number.first, head.isNumber, number.last!.isNumber, !hasDoubleDot(number) else { return false }
            rest = rest.dropFirst(number.count)
            first = false
        }
        return !first
    }

    /// `number.contains("..")` of ASCII digits and dots, from the bytes.
    private static func hasDoubleDot(_ number: Substring) -> Bool {
        var afterDot = false
        for b in number.utf8 {
            let dot = b == UInt8(ascii: ".")
            if dot && afterDot { return true }
            afterDot = dot
        }
        return false
    }

    /// The numbers a code carries, outermost first: “PG1.2.3” → [1, 2, 3], “A1H2” → [1, 2].
    /// A goal's code that carries its aim's and target's starts with theirs.
    static func numbers(_ code: String) -> [Int] {
        code.split { !($0.isASCII && $0.isNumber) }.compactMap { Int($0) }
    }
}
