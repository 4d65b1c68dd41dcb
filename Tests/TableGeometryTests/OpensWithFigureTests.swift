@testable import TableGeometry
import Testing

/// `ColumnBoundaries.opensWithFigure` reads the first byte where it is ASCII: it says what
/// `text.first?.isNumber` says, for every ASCII first character and for others (Arabic-Indic
/// and Roman numerals, fractions, a digit with a combining mark or a keycap).
@Suite struct OpensWithFigureTests {
    @Test func bytesAndCharactersAlike() {
        let ascii = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) + "5" }
        let others = ["", "٣", "½", "Ⅻ", "1\u{301}", "İ1", "ş", "\u{20E3}", "7\u{FE0F}\u{20E3}", "\r\n1", "¹"]
        let differ = (ascii + others).filter { ColumnBoundaries.opensWithFigure($0) != ($0.first?.isNumber == true) }
        #expect(differ.isEmpty, "\(differ)")
        #expect(ColumnBoundaries.opensWithFigure("12.345,00") && !ColumnBoundaries.opensWithFigure("Toplam"))
    }
}
