/// RFC 4180 CSV as the contract wants it: comma, `\n` line ends, quotes only where needed.
public enum CSVCodec {
    public static func encode(header: [String], rows: [[String]]) -> String {
        String(decoding: bytes(header: header, rows: rows), as: UTF8.self)
    }

    /// `encode` as the file's bytes: one byte buffer for the whole table (every field of the
    /// dataset passes here), never read back as text.
    public static func bytes(header: [String], rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        append(header, to: &out)
        for r in rows { append(r, to: &out) }
        return out
    }

    static func line(_ fields: [String]) -> String {
        var out: [UInt8] = []
        append(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A line: the fields, each quoted where needed, separated by commas, then `\n`.
    private static func append(_ fields: [String], to out: inout [UInt8]) {
        for (k, f) in fields.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            // Most fields hold none of the four bytes that may call for quotes: copied as they
            // are from the one scan of their bytes.
            var f = f
            let copied = f.withUTF8 { bytes in
                for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D { return false }
                out.append(contentsOf: bytes)
                return true
            }
            if !copied { out.append(contentsOf: field(f).utf8) }
        }
        out.append(0x0A)
    }

    static func field(_ value: String) -> String {
        // Most fields hold none of the four bytes: that is settled without reading characters.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return value }
        // Below U+0300 every scalar is a character of its own (CR LF aside): decided and
        // quoted from the bytes, as the reading by characters below does.
        if value.utf8.allSatisfy({ $0 < 0xCC }) { return quotedBytes(value) }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `field` of text whose scalars all lie below U+0300: a `,` or `"`, or a CR or LF that is
    /// not half of a CR LF (which, one character, is neither), makes it quoted, its quotes doubled.
    static func quotedBytes(_ value: String) -> String {
        let bytes = Array(value.utf8)
        let needsQuotes = bytes.indices.contains { k in
            switch bytes[k] {
            case UInt8(ascii: ","), UInt8(ascii: "\""): return true
            case 0x0A: return k == 0 || bytes[k - 1] != 0x0D
            case 0x0D: return k + 1 == bytes.count || bytes[k + 1] != 0x0A
            default: return false
            }
        }
        guard needsQuotes else { return value }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + 8)
        for b in bytes {
            out.append(b)
            if b == UInt8(ascii: "\"") { out.append(b) }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses CSV text into rows of fields (the header is the first row).
    public static func decode(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        var sawAny = false
        while let c = next() {
            sawAny = true
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": inQuotes = true
            case ",": row.append(field); field = ""
            case "\r": break
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if sawAny && (!field.isEmpty || !row.isEmpty) { row.append(field); rows.append(row) }
        return rows
    }
}

import Foundation
