/// Character-level questions about printed text answered from its UTF-8 bytes where the
/// answer cannot differ: below U+0300 every scalar is a character of its own (nothing there
/// joins the scalar before it), CR LF aside. Recognition asks them of every word and line.
enum TextBytes {
    /// Whether every scalar of `text` lies below U+0300 (no byte of a later scalar's lead).
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.allSatisfy { $0 < 0xCC } }
    }

    /// `text.hasSuffix(suffix)` for one ASCII character: from the bytes where the byte
    /// before it is ASCII (then nothing joins it into another character).
    static func hasSuffix(_ text: String, _ suffix: Unicode.Scalar) -> Bool {
        // The last two bytes, read in place (the UTF-8 view's `last` cost ~75 instructions a word).
        var bytes = text
        let (last, before): (UInt8?, UInt8?) = bytes.withUTF8 { b in (b.last, b.count >= 2 ? b[b.count - 2] : nil) }
        guard last == UInt8(suffix.value) else { return false }
        if let before, before >= 0x80 || suffix == "\n" { return text.hasSuffix(String(suffix)) }
        return true
    }

    /// `text.split(separator: " ").map(String.init)`, split at the space bytes of plain text.
    static func words(_ text: String) -> [String] {
        guard isPlain(text) else { return text.split(separator: " ").map(String.init) }
        // The words' bytes read in place (the UTF-8 view's generic split cost ~3,500
        // instructions a row); a space byte stands between whole scalars.
        var text = text
        return text.withUTF8 { t in
            var out: [String] = []
            var start = 0
            for (i, b) in t.enumerated() where b == UInt8(ascii: " ") {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: t[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if t.count > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: t[start...]), as: UTF8.self)) }
            return out
        }
    }

    /// `text.firstIndex(of: Character(ascii))` for an ASCII scalar other than CR and LF, where it
    /// cannot differ: text without its byte holds no such character, and in plain text its first
    /// byte is the character (a paragraph searched character by character cost ~100,000
    /// instructions). Other text is searched by characters.
    static func firstIndex(of ascii: Unicode.Scalar, in text: String) -> String.Index? {
        var bytes = text
        let (offset, plain): (Int?, Bool) = bytes.withUTF8 { b in (b.firstIndex(of: UInt8(ascii.value)), b.allSatisfy { $0 < 0xCC }) }
        guard let offset else { return nil }
        return plain ? text.utf8.index(text.utf8.startIndex, offsetBy: offset) : text.firstIndex(of: Character(ascii))
    }

    /// `Array(words(text).prefix(count))`, the bytes of plain text read only up to its last word.
    static func leadingWords(_ text: String, _ count: Int) -> [String] {
        guard isPlain(text) else { return Array(words(text).prefix(count)) }
        var out: [String] = []
        var rest = text.utf8[...]
        while out.count < count, let start = rest.firstIndex(where: { $0 != UInt8(ascii: " ") }) {
            let end = rest[start...].firstIndex(of: UInt8(ascii: " ")) ?? rest.endIndex
            out.append(String(Substring(rest[start..<end])))
            rest = rest[end...]
        }
        return out
    }
}

extension TextBytes {
    /// Whether plain `text` holds the one ASCII scalar `ascii`, from its bytes; nil for text
    /// that is not plain (the caller then searches as before).
    static func plainHolds(_ text: String, _ ascii: Unicode.Scalar) -> Bool? {
        guard isPlain(text) else { return nil }
        return text.utf8.contains(UInt8(ascii.value))
    }

    /// Whether plain `text` holds the ASCII `needle`, searched byte by byte; nil for text
    /// that is not plain (the caller then searches by characters).
    static func plainContains(_ text: String, _ needle: StaticString) -> Bool? {
        guard isPlain(text) else { return nil }
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let t = Array(text.utf8)
        guard !n.isEmpty, t.count >= n.count else { return n.isEmpty }
        return (0...(t.count - n.count)).contains { start in n.indices.allSatisfy { t[start + $0] == n[$0] } }
    }
}
