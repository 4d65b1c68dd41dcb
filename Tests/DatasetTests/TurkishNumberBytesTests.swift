@testable import Dataset
import Testing

/// `TurkishNumber.amount` reads ASCII text byte by byte: it must read exactly as the reading
/// by characters does, for every arrangement of digits, marks, signs and spaces.
@Suite struct TurkishNumberBytesTests {
    static let alphabet: [String] = ["0", "7", ".", ",", "-", "(", ")", " ", "T", "L", "\r\n"]

    @Test func everyShortArrangementReadsAlike() {
        var texts: [String] = [""]
        var all: [String] = []
        for _ in 1...4 {
            texts = texts.flatMap { t in Self.alphabet.map { t + $0 } }
            all += texts
        }
        for text in all {
            #expect(TurkishNumber.amount(text) == TurkishNumber.amountByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func printedAmountsReadAlike() {
        // Amounts as printed and mangled: groups of every length, both marks, signs, currency.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let pieces = ["1", "12", "123", "0", "000", "1234", ".", ",", "-", "(", ")", " ", "TL", "99999999", "00"]
        for _ in 0..<20_000 {
            let text = (0..<(1 + next(8))).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(TurkishNumber.amount(text) == TurkishNumber.amountByCharacters(text), "\(text.debugDescription)")
        }
        for text in ["10.000.000.000.000", "10.000.000.000.001", "99999999999999999999", "1.000.000.000.000,99", "(0,5)"] {
            #expect(TurkishNumber.amount(text) == TurkishNumber.amountByCharacters(text), "\(text)")
        }
    }
}
