import Testing
import PageLayout
@testable import Extraction

@Suite struct WordBuilderTests {
    /// Characters of `text` placed left to right, `advance` apart, starting at `x`.
    func placed(_ text: String, x: Double, advance: Double = 6, bold: Bool = false) -> [PlacedCharacter] {
        text.unicodeScalars.enumerated().map { i, s in
            let x0 = x + Double(i) * advance
            return PlacedCharacter(scalar: s, box: Rect(x0: x0, y0: 100, x1: x0 + advance, y1: 110), fontSize: 10, isBold: bold)
        }
    }

    @Test func boldOverprintingIsCollapsedToOneLetter() {
        // Each glyph drawn twice, the copy shifted by 0.4 pt: poor man's bold.
        let once = placed("TOPLAM", x: 50, bold: true)
        var twice: [PlacedCharacter] = []
        for ch in once {
            var copy = ch
            copy.box = Rect(x0: ch.box.x0 + 0.4, y0: ch.box.y0, x1: ch.box.x1 + 0.4, y1: ch.box.y1)
            twice += [ch, copy]
        }
        let words = WordBuilder.words(from: twice)
        #expect(words.map(\.text) == ["TOPLAM"])
        #expect(words.first?.isBold == true)
    }

    @Test func boldOverprintingInAPDFComesOutOnce() throws {
        // Drawn twice as whole strings, and glyph by glyph (scripts/make-bad-fixtures).
        let page = try DocumentReader(path: TestFiles.fixture("bold-overprint.pdf")).page(1)
        #expect(page.lines.map(\.text) == ["MALIYET TABLOSU", "TOPLAM 2024"])
        #expect(page.words.allSatisfy { $0.isBold })
    }

    @Test func realDoubleLettersAreKept() {
        #expect(WordBuilder.words(from: placed("Mülakat", x: 0) + placed("Saat", x: 60)).map(\.text) == ["Mülakat", "Saat"])
        #expect(WordBuilder.words(from: placed("TAAHHÜT", x: 0)).map(\.text) == ["TAAHHÜT"])
    }

    @Test func gapsWithoutSpacesSplitWords() {
        let words = WordBuilder.words(from: placed("2022", x: 100) + placed("101.350", x: 140))
        #expect(words.map(\.text) == ["2022", "101.350"])
        #expect(words.first?.box == Rect(x0: 100, y0: 100, x1: 124, y1: 110))
    }
}
