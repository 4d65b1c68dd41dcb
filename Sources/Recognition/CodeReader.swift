/// The codes documents print before names and after labels, read one way everywhere:
/// `1`, `1.`, `(1)`, `F1`, `PG1.1.1`, `H1.1`, `A1`, `1.1.1`, `A1H1`; a level's `PH-1.1` (as `PH1.1`, `levelCode`). A code is kept as the
/// dataset keeps it: without brackets and without a trailing dot (`1.` → `1`, `(46)` → `46`).
enum CodeReader {
    /// Marks a code may be printed with after it, before its text.
    static let closers: Set<Character> = ["-", "–", "—", ")"]

    /// Letters before a code's digits: “F”, “H”, “PG”, “SA”; four or more make a word.
    static let maximumLetters = 3

    /// The longest token a code is printed as, in bytes (“(PG12.12.12.12)” is 15): a longer word is
    /// text, and is not read further (a run of “A-A-…” thousands of bytes long costs nothing).
    static let maximumCodeBytes = 20

    /// The code `token` prints, or nil when it is not one (“Amaç”, “2020-2024”, “1/1000”, “9:”).
    /// A dash or a closing bracket printed after a code (“1-”, “A1–”, “1)”) is not the code's.
    /// A hyphen inside a word is the word's (“E-5”, “COVID-19”): `levelCode` reads a level's
    /// letters joined to its numbers where a level's code is expected.
    static func code(_ token: String) -> String? {
        guard token.utf8.count <= maximumCodeBytes else { return nil }
        // Every code holds an ASCII digit (its numbers' digits): most words hold none.
        guard token.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        // Codes are ASCII: read from the bytes (a word of ASCII bytes other than a line break
        // is a character per byte), the same steps as below.
        var bytes = token
        if let code = bytes.withUTF8({ asciiCode($0) }) { return code }
        return characterCode(token)
    }

    /// The code of an aim, target or goal where a heading or a label prints one (its first
    /// word, the word after the label's phrase): `code`, or a level's letters (`Lexicon.Role.codeLetters`:
    /// “SA”, “SH”, “PH”) joined to its numbers by a hyphen (`hyphenedCode`). Never asked of
    /// a table cell's or a sentence's first word, where “E-5 Karayolu” or “T-1 Blok” is a name.
    static func levelCode(_ token: String) -> String? {
        code(token) ?? hyphenedCode(token)
    }

    /// A code whose level's letters a hyphen joins to its numbers (“PH-1.1.1”, “SA-1”), read as the two
    /// words of a spaced one are (`code(_:then:)`: “PH1.1.1”): the hyphen only sets them apart,
    /// as the space does, so “PH-1.1” and “PH 1.1” name one goal, kept as the spaced one is
    /// (DATASET.md's codes drop what sets a code's parts apart: “(1)” → “1”). Capitals a level
    /// prints and short numbers only, so a name with a number (“E-5”, “COVID-19”, “ISO-9001”) is none.
    /// Not recursive: the numbers after the hyphen are read by `code`, which reads no hyphen.
    static func hyphenedCode(_ token: String) -> String? {
        guard token.utf8.count <= maximumCodeBytes, let hyphen = TextBytes.firstIndex(of: "-", in: token), hyphen > token.startIndex else { return nil }
        let letters = String(token[..<hyphen])
        guard isLevelLetters(letters) else { return nil }
        return code(letters, then: String(token[token.index(after: hyphen)...]))
    }

    /// Whether `token` is a level's code opening with its letters (“A1”, “PH-1.1”): what opens a
    /// goal's heading, and keeps a margin line that recurs the goal's.
    static func isLetterCode(_ token: String) -> Bool {
        token.first?.isLetter == true && levelCode(token) != nil
    }

    /// Whether `letters` are those an aim's, target's or goal's code prints (“SA”, “PH”).
    static func isLevelLetters(_ letters: String) -> Bool {
        guard letters.count <= maximumLetters else { return false }
        let f = Lexicon.fold(letters)
        return GoalContext.levels.contains { Lexicon.names($0.concept, .codeLetters, f, .whole) }
    }

    /// `code` read character by character: the rule the byte path `asciiCode` follows step by
    /// step (`CodeReaderTests` holds them equal).
    static func characterCode(_ token: String) -> String? {
        var t = Substring(token)
        if t.hasPrefix("("), t.hasSuffix(")"), t.count > 2 { t = t.dropFirst().dropLast() }
        else if let last = t.last, closers.contains(last), t.count > 1, !t.hasPrefix("(") { t = t.dropLast() }
        if t.hasSuffix("."), t.count > 1 { t = t.dropLast() }
        return isCodeBody(t) ? String(t) : nil
    }

    /// `code` of an ASCII token (nil inside: no code); nil when the token holds a byte outside
    /// ASCII or a line break (read by characters then).
    private static func asciiCode(_ b: UnsafeBufferPointer<UInt8>) -> String?? {
        guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
        let open = UInt8(ascii: "("), close = UInt8(ascii: ")"), dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        var lo = 0, hi = b.count
        if hi - lo > 2, b[lo] == open, b[hi - 1] == close { lo += 1; hi -= 1 }
        else if hi - lo > 1, b[hi - 1] == dash || b[hi - 1] == close, b[lo] != open { hi -= 1 }
        if hi - lo > 1, b[hi - 1] == dot { hi -= 1 }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- UInt8(ascii: "a") < 26 }
        func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }
        // `isCodeBody`: letters (at most `maximumLetters`, only before the first part optional),
        // then digits joined by single dots, starting and ending in a digit.
        var i = lo, first = true
        while i < hi {
            var j = i
            while j < hi, isLetter(b[j]) { j += 1 }
            guard j - i <= maximumLetters, first || j > i else { return .some(nil) }
            i = j
            while j < hi, isDigit(b[j]) || b[j] == dot { j += 1 }
            guard j > i, isDigit(b[i]), isDigit(b[j - 1]) else { return .some(nil) }
            for k in i..<(j - 1) where b[k] == dot && b[k + 1] == dot { return .some(nil) }
            i = j
            first = false
        }
        return first ? .some(nil) : .some(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self))
    }

    /// Most digits one number of a code printed in two words has (“PH 1.1.1”, “SA 12”): a figure's
    /// groups (“TL 5.000.000”) have more.
    static let maximumSpacedDigits = 2

    /// The code two words print, its letters apart from its numbers (“PH 1.1.1”, “SA 1”), read as
    /// one (“PH1.1.1”): capital letters (at most `maximumLetters`), then numbers joined by dots.
    static func code(_ letters: String, then numbers: String) -> String? {
        // The numbers first: most words after a line's first word are none (a byte test), and the
        // letters are asked character by character.
        guard let n = code(numbers), !letters.isEmpty, letters.count <= maximumLetters, letters.allSatisfy({ $0.isLetter && $0.isUppercase }),
              n.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              n.split(separator: ".").allSatisfy({ $0.count <= maximumSpacedDigits }) else { return nil }
        return letters + n
    }

    /// The code of a label's words after its phrase: one word (“1.1”), or two whose letters stand
    /// apart from their numbers (“SH 1.1”, read “SH1.1”); nil when `text` is neither.
    static func code(words text: String) -> String? {
        let parts = text.split(separator: " ")
        return parts.count == 2 ? code(String(parts[0]), then: String(parts[1])) : nil
    }

    /// The code a label prints at `words[start]` after its phrase (`levelCode`), or in the two
    /// words from there (“PH 1.1.1”), and how many words it took; nil when none stands there.
    static func code(in words: [String], at start: Int) -> (code: String, words: Int)? {
        guard start < words.count else { return nil }
        if let c = levelCode(words[start]) { return (c, 1) }
        if start + 1 < words.count, let c = code(words[start], then: words[start + 1]) { return (c, 2) }
        return nil
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
        // Goal headings ask it of every heading named before them: an ASCII code (each byte a
        // character) is read from its bytes, the same runs of digits.
        var bytes = code
        if let numbers = bytes.withUTF8({ asciiNumbers($0) }) { return numbers }
        return characterNumbers(code)
    }

    /// `numbers` read character by character: the rule `asciiNumbers` follows on bytes.
    static func characterNumbers(_ code: String) -> [Int] {
        code.split { !($0.isASCII && $0.isNumber) }.compactMap { Int($0) }
    }

    /// `numbers` of an ASCII code; nil when a byte lies outside ASCII. A run of digits too long
    /// for an `Int` is left out, as `Int(_:)` leaves it.
    private static func asciiNumbers(_ b: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var out: [Int] = []
        var value = 0, inRun = false, overflow = false
        for byte in b {
            guard byte < 0x80 else { return nil }
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                if !inRun { value = 0; overflow = false; inRun = true }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(digit))
                overflow = overflow || o1 || o2
                value = sum
            } else if inRun {
                if !overflow { out.append(value) }
                inRun = false
            }
        }
        if inRun && !overflow { out.append(value) }
        return out
    }
}
