import CGLib
import Foundation
import PageLayout

/// A character as poppler places it, before words are formed.
struct PlacedCharacter {
    var scalar: Unicode.Scalar
    /// The character's font: its name without a subset tag, an index into the page's names; -1
    /// where unknown. Beside the scalar, where the box's alignment leaves room (the loops over a
    /// page's characters copy them).
    var font: Int32 = -1
    var box: Rect
    var fontSize: Double
    var isBold: Bool
    /// The character opens a font run: where the font before it has the same name, another subset
    /// of that font begins (`WordBuilder.joinsAtSubsetSeam`).
    var startsRun = false
}

/// A run of text sharing one font, as poppler's text attributes describe it.
struct FontRun {
    var start: Int
    var end: Int
    var fontSize: Double
    /// Bold is told by the font name (`isBold(fontName:)`): PDFs rarely carry a weight any
    /// other way.
    var isBold: Bool
    /// The font's name without its subset tag ("ABCDEF+"), as an index into the page's names.
    var font: Int32 = -1

    static func isBold(fontName: String) -> Bool {
        // Font names are ASCII as a rule: told from their bytes, lower-cased one by one.
        if fontName.utf8.allSatisfy({ $0 < 0x80 }) {
            let name = fontName.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
            return boldMarks.contains { mark in
                mark.count <= name.count && (0...(name.count - mark.count)).contains { start in
                    mark.indices.allSatisfy { name[start + $0] == mark[$0] }
                }
            }
        }
        let name = fontName.lowercased()
        return ["bold", "black", "heavy", "semibold", "demi"].contains { name.contains($0) }
    }

    /// The words of a bold font's name, as bytes.
    private static let boldMarks: [[UInt8]] = ["bold", "black", "heavy", "semibold", "demi"].map { Array($0.utf8) }
}

extension Unicode.Scalar {
    /// A space, line break or other blank: ends a word. Unicode's White_Space set, spelled
    /// out: looking the property up dominates the time of word building otherwise.
    var isBlank: Bool {
        switch value {
        case 0...0x20, 0x7F, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

enum PageText {
    /// The characters of one page's pass (`PopplerPass`) with their boxes and fonts: one
    /// box per Unicode scalar of the page's text, in the same order, as poppler-glib's text,
    /// layout and attributes give them. A page refused for too many glyphs (counted as they
    /// are drawn, before poppler lays out its text) throws.
    static func characters(of page: PassPage, readsFonts: Bool = true) throws(TooManyGlyphs) -> [PlacedCharacter] {
        var characters: [PlacedCharacter] = []
        try self.characters(of: page, readsFonts: readsFonts, into: &characters)
        return characters
    }

    /// The same, written over `characters` (its storage kept: a reader reuses one array for
    /// its pages, where a new one per page was, for a page of tables, fresh memory to fault in).
    static func characters(of page: PassPage, readsFonts: Bool = true, into characters: inout [PlacedCharacter]) throws(TooManyGlyphs) {
        if let glyphs = page.refusedGlyphs { throw TooManyGlyphs(count: glyphs) }
        let boxes = page.boxes
        let runs = readsFonts ? page.fontRuns : []
        // Sized first, then written in place through a buffer (the elements are plain values,
        // so resizing only moves the count): this loop runs once per glyph of the document,
        // and appending one by one checked the array's uniqueness and capacity every time.
        if characters.count < boxes.count {
            characters.append(contentsOf: repeatElement(PlacedCharacter(scalar: " ", box: Rect(x0: 0, y0: 0, x1: 0, y1: 0), fontSize: 0, isBold: false),
                                                        count: boxes.count - characters.count))
        }
        // The text's scalars decoded from its bytes as they come (no String is made of it).
        var scalars = TextScalars(page.textBytes)
        let count = runs.withUnsafeBufferPointer { runs in
            characters.withUnsafeMutableBufferPointer { out in
                // The run in force is looked up as the characters advance, its fields kept in locals.
                var runIndex = 0
                var i = 0
                while i < boxes.count, let scalar = scalars.next() {
                    while runIndex < runs.count && runs[runIndex].end < i { runIndex += 1 }
                    var font: Int32 = -1, fontSize = 0.0, isBold = false, startsRun = false
                    if runIndex < runs.count && runs[runIndex].start <= i {
                        let run = runs[runIndex]
                        (font, fontSize, isBold, startsRun) = (run.font, run.fontSize, run.isBold, run.start == i)
                    }
                    let r = boxes[i]
                    out[i] = PlacedCharacter(scalar: scalar, font: font, box: Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2),
                                             fontSize: fontSize, isBold: isBold, startsRun: startsRun)
                    i += 1
                }
                return i
            }
        }
        characters.removeLast(characters.count - count)
    }
}

/// The scalars of a page's UTF-8 text, as `Unicode.UTF8`'s decoder reads them: well-formed
/// sequences (nearly all text) decoded here in place, since the decoder fills a look-ahead
/// buffer byte by byte for every character; from the first ill-formed byte on the decoder
/// itself takes over, so its repairs (U+FFFD) stay exactly as they were. UTF-8 resynchronises
/// at every scalar's boundary, so the decoder started there reads what it would have read
/// from the start.
struct TextScalars: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var rest: UnsafeBufferPointer<UInt8>.Iterator? = nil
    private var decoder = UTF8()

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    mutating func next() -> Unicode.Scalar? {
        // ASCII, nearly all of a page's text, here; the rest in `nextDecoded`.
        if rest == nil, offset < bytes.count, bytes[offset] < 0x80 {
            offset += 1
            return Unicode.Scalar(bytes[offset - 1])
        }
        return nextDecoded()
    }

    @inline(never)
    private mutating func nextDecoded() -> Unicode.Scalar? {
        if rest == nil {
            guard offset < bytes.count else { return nil }
            let lead = bytes[offset]
            if lead < 0x80 {
                offset += 1
                return Unicode.Scalar(lead)
            }
            if let (scalar, length) = wellFormed(at: offset) {
                offset += length
                return scalar
            }
            rest = UnsafeBufferPointer(rebasing: bytes[offset...]).makeIterator()
        }
        switch decoder.decode(&rest!) {
        case .scalarValue(let s): return s
        case .emptyInput: return nil
        case .error: return Unicode.Scalar(0xFFFD)
        }
    }

    /// The scalar of the multi-byte sequence at `i` and its length, nil when it is not
    /// well-formed (Unicode's table 3-7: no overlong forms, surrogates or values past U+10FFFF).
    private func wellFormed(at i: Int) -> (Unicode.Scalar, Int)? {
        let length: Int, low: UInt8, high: UInt8  // the second byte's range
        switch bytes[i] {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard i + length <= bytes.count, bytes[i + 1] >= low, bytes[i + 1] <= high else { return nil }
        var value = UInt32(bytes[i] & (0xFF >> (length + 1)))
        for k in 1..<length {
            let byte = bytes[i + k]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}
