/// The text of a cell whose words wrap onto several lines, read as one.
public enum WrappedText {
    /// Lines joined with one space (runs of white space collapsed); a line ending in a hyphen
    /// after a letter joins a next line that starts with a letter directly, as the contract
    /// reads a word broken at a line end ("İfraz-" + "Tevhid" → "İfraz-Tevhid").
    public static func join(_ lines: [String]) -> String {
        // Most cells hold one line read as it stands (a word, an amount): it is its own text.
        if lines.count == 1 { return collapsed(lines[0]) }
        if let joined = joinedBytes(lines) { return joined }
        var out = ""
        for raw in lines {
            let line = collapsed(raw)
            guard !line.isEmpty else { continue }
            if out.isEmpty { out = line; continue }
            if out.hasSuffix("-"), out.dropLast().last?.isLetter == true, line.first?.isLetter == true {
                out += line
            } else if BrokenToken.joins(Array(out.utf8), at: out.utf8.count, next: line.utf8) {
                out += line
            } else {
                out += " " + line
            }
        }
        return out
    }

    /// `join(lines.map(\.text))`, each line's words read where they are: a cell's lines are
    /// joined into one buffer without a string made for each line first (every cell of several
    /// lines is read so).
    public static func join(lines: [TextLine]) -> String {
        if lines.count == 1 { return collapsed(lines[0].text) }
        let capacity = lines.reduce(lines.count) { $0 + $1.words.reduce($1.words.count) { $0 + $1.text.utf8.count } }
        return joinedBytes(lines.count, capacity: capacity) { k, piece in
            // The line's text is its words with a space between them (`Word.spaced`).
            let words = lines[k].words
            for w in words.indices {
                var text = words[w].text
                guard text.withUTF8({ piece($0, w > 0) }) else { return false }
            }
            return true
        } ?? join(lines.map(\.text))
    }

    /// `join` written byte by byte into one buffer when every line is read so by `collapsed`
    /// (every scalar below U+0300: each a character of its own); nil otherwise. Every cell's
    /// text passes here.
    private static func joinedBytes(_ lines: [String]) -> String? {
        joinedBytes(lines.count, capacity: lines.reduce(lines.count) { $0 + $1.utf8.count }) { k, piece in
            var raw = lines[k]
            return raw.withUTF8 { piece($0, false) }
        }
    }

    /// `joinedBytes` of `count` lines, line `k` read by `line(k, piece)`: it hands its text's
    /// pieces in turn to `piece(bytes, spaced)` (`spaced`: a space before the piece), which is
    /// false where a scalar is read per character by `collapsed` (`line` is then false too).
    private static func joinedBytes(_ count: Int, capacity: Int,
                                    _ line: (Int, (UnsafeBufferPointer<UInt8>, Bool) -> Bool) -> Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        for k in 0..<count {
            // A space is put before the line, and taken out again when the line is empty or
            // joins a broken word.
            let joinPoint = out.count
            if !out.isEmpty { out.append(0x20) }
            let lineStart = out.count
            // A space between pieces is white space as the line's own spaces are.
            var pendingSpace = false
            guard line(k, { bytes, spaced in
                pendingSpace = pendingSpace || spaced
                return appendCollapsed(bytes, to: &out, lineStart: lineStart, pendingSpace: &pendingSpace)
            }) else { return nil }
            if out.count == lineStart {
                out.removeLast(lineStart - joinPoint)
            } else if lineStart > joinPoint, BrokenToken.joins(out, at: joinPoint, next: out[lineStart...]) {
                out.remove(at: joinPoint)
            } else if lineStart > joinPoint, joinPoint >= 2, out[joinPoint - 1] == UInt8(ascii: "-"),
                      isLetter(scalar(endingAt: joinPoint - 2, in: out)), isLetter(scalar(startingAt: lineStart, in: out)) {
                out.remove(at: joinPoint)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalar (below U+0300: one or two bytes) whose last byte is at `end`.
    private static func scalar(endingAt end: Int, in bytes: [UInt8]) -> UInt32 {
        guard bytes[end] >= 0x80, end >= 1 else { return UInt32(bytes[end]) }
        return UInt32(bytes[end - 1] & 0x1F) << 6 | UInt32(bytes[end] & 0x3F)
    }

    /// The scalar (below U+0300: one or two bytes) starting at `start`.
    private static func scalar(startingAt start: Int, in bytes: [UInt8]) -> UInt32 {
        guard bytes[start] >= 0x80 else { return UInt32(bytes[start]) }
        return UInt32(bytes[start] & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
    }

    /// `Character.isLetter` of a scalar that is a character of its own.
    private static func isLetter(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map { Character($0).isLetter } ?? false
    }

    /// Runs of white space collapsed to one space, trimmed: `text.split(whereSeparator:
    /// \.isWhitespace).joined(separator: " ")`, read byte by byte when every scalar lies below
    /// U+0300 (Latin and the Turkish letters: each scalar is then one character, no combining
    /// mark joins it, and the white space is the few scalars below); per character otherwise.
    /// Every cell's every line passes here.
    public static func collapsed(_ text: String) -> String {
        var text = text
        // Most texts are collapsed already (a word, a figure, a line as poppler spaced it).
        if text.withUTF8(isCollapsed) { return text }
        let bytes: [UInt8]? = text.withUTF8 { t in
            var out: [UInt8] = []
            out.reserveCapacity(t.count)
            return appendCollapsed(t, to: &out) ? out : nil
        }
        guard let bytes else { return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `collapsed` gives the text as it is, told from its bytes: single spaces between
    /// other characters, no other white space, and every scalar below U+0300 outside U+0080 to
    /// U+00BF (each scalar a character of its own, none of them white space but the space).
    /// Any other text is collapsed, byte by byte or per character.
    private static func isCollapsed(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = true
        for b in t {
            if b == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else if (0x09...0x0D).contains(b) || b == 0xC2 || b >= 0xCC {
                return false
            } else {
                afterSpace = false
            }
        }
        return t.isEmpty || !afterSpace
    }

    /// Appends `t` to `out` with its runs of white space collapsed to one space and none at its
    /// ends; false (and `out` partly written) when a scalar lies at or above U+0300, which the
    /// callers then read per character.
    private static func appendCollapsed(_ t: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        var pendingSpace = false
        return appendCollapsed(t, to: &out, lineStart: out.count, pendingSpace: &pendingSpace)
    }

    /// `appendCollapsed` of a piece of a text whose collapsed bytes start at `lineStart` of `out`,
    /// `pendingSpace` carried from the piece before: pieces in turn are read as their joined text.
    private static func appendCollapsed(_ t: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], lineStart start: Int,
                                        pendingSpace: inout Bool) -> Bool {
        var i = 0
        while i < t.count {
            let b = t[i]
            let width: Int
            let isSpace: Bool
            if b < 0x80 {
                width = 1
                isSpace = b == 0x20 || (0x09...0x0D).contains(b)
            } else if (0xC2..<0xCC).contains(b) {
                // Two bytes, U+0080 to U+02FF; of them U+0085 and U+00A0 are white space.
                width = 2
                isSpace = b == 0xC2 && (t[i + 1] == 0x85 || t[i + 1] == 0xA0)
            } else {
                return false
            }
            if isSpace {
                pendingSpace = true
            } else {
                if pendingSpace && out.count > start { out.append(0x20) }
                pendingSpace = false
                out.append(b)
                if width == 2 { out.append(t[i + 1]) }
            }
            i += width
        }
        return true
    }
}
