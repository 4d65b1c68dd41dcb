import Testing
@testable import Extraction

/// A page's text is decoded by hand where it is well-formed and by Unicode's decoder from the
/// first ill-formed byte on (`TextScalars`): the scalars must be the decoder's, repairs included.
@Suite struct TextScalarsTests {
    /// Unicode's UTF-8 decoder over the whole text: the reference.
    static func decoded(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var out: [Unicode.Scalar] = []
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: return out
            case .error: out.append(Unicode.Scalar(0xFFFD)!)
            }
        }
    }

    static func read(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        bytes.withUnsafeBufferPointer { buffer in
            var scalars = TextScalars(buffer)
            var out: [Unicode.Scalar] = []
            while let s = scalars.next() { out.append(s) }
            return out
        }
    }

    @Test func wellFormedTextReadsAsItsScalars() {
        let text = "Performans Hedefi İŞĞÜÇÖ ığüşöç ₺ 𝔸 ﬁ 1.250.000,00 TL"
        #expect(Self.read(Array(text.utf8)) == Array(text.unicodeScalars))
    }

    @Test func illFormedBytesAreRepairedAsTheDecoderDoes() {
        let cases: [[UInt8]] = [
            [0x41, 0xC0, 0xAF, 0x42],             // overlong
            [0xE0, 0x80, 0x80, 0x41],             // overlong, three bytes
            [0xED, 0xA0, 0x80, 0x41],             // surrogate
            [0xF4, 0x90, 0x80, 0x80],             // past U+10FFFF
            [0xC4, 0x41, 0xC4, 0xB0],             // truncated, then İ
            [0xE2, 0x82],                         // truncated at the end
            [0x80, 0xBF, 0xC5, 0x9F, 0xFF, 0xFE], // stray continuations, ş, invalid leads
            [0xF0, 0x9F, 0x98],                   // four-byte sequence cut short
        ]
        for bytes in cases {
            #expect(Self.read(bytes) == Self.decoded(bytes), "\(bytes)")
        }
        // Random bytes, biased towards UTF-8's lead and continuation ranges.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<12 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let r = UInt8(truncatingIfNeeded: state >> 56)
                bytes.append(r < 64 ? r : (r < 160 ? 0x80 | (r & 0x3F) : 0xC0 | (r & 0x3F)))
            }
            #expect(Self.read(bytes) == Self.decoded(bytes), "\(bytes)")
        }
    }
}
