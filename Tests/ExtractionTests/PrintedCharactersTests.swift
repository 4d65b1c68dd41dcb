import Testing
import PageLayout
@testable import Extraction

/// Characters producers write where the text means plain letters (`PrintedCharacters`), read
/// into words as their letters. The matrix prints each (`TextQuirk`) and reads whole programs back.
@Suite struct PrintedCharactersTests {
    /// Scalars of `text` placed left to right, 6 pt apart, from `x`; a combining mark where poppler
    /// puts it, a box of no width at the end of its letter.
    func placed(_ text: String, x: Double) -> [PlacedCharacter] {
        var out: [PlacedCharacter] = []
        var at = x
        for s in text.unicodeScalars {
            let width = PrintedCharacters.isCombiningMark(s.value) ? 0 : 6.0
            let x0 = width == 0 ? at - 3 : at
            out.append(PlacedCharacter(scalar: s, box: Rect(x0: x0, y0: 100, x1: x0 + width, y1: 110), fontSize: 10, isBold: false))
            at += width
        }
        return out
    }

    @Test func ligaturesReadAsTheirLetters() {
        let words = WordBuilder.words(from: placed("Hede\u{FB01}", x: 0) + placed("\u{FB00}\u{FB02}\u{FB03}\u{FB04}", x: 60))
        #expect(words.map(\.text) == ["Hedefi", "ffflffiffl"])
    }

    @Test func aSoftHyphenIsAHyphenOnlyWhereTheWordEnds() {
        let words = WordBuilder.words(from: placed("Faali\u{AD}yet", x: 0) + placed("Perfor\u{AD}", x: 80) + placed("mans", x: 130))
        #expect(words.map(\.text) == ["Faaliyet", "Perfor-", "mans"])
    }

    @Test func decomposedLettersAreComposedAndKeepTheirWord() {
        let words = WordBuilder.words(from: placed("I\u{307}mar", x: 0) + placed("HEDEFI\u{307}", x: 60))
        #expect(words.map(\.text) == ["İmar", "HEDEFİ"])
        #expect(words.map { Array($0.text.utf8) } == [Array("İmar".utf8), Array("HEDEFİ".utf8)])
    }

    /// Tracked text whose Turkish letter comes from a second subset of its font (a run of its own,
    /// the same font name): poppler writes no space between them, the gap is the tracking.
    @Test func aWordGoesOnAcrossASeamOfTwoSubsetsOfOneFont() {
        /// `text` as one font run (the first character opens it); `run` numbers the runs.
        func run(_ text: String, x: Double, run: Int32, font: Int32) -> [PlacedCharacter] {
            placed(text, x: x).enumerated().map { k, c in var c = c; c.font = font; c.startsRun = k == 0; return c }
        }
        // "HEDEF" then "İ" 2.5 pt (a quarter em at 10 pt) on: one word; a space's gap after it ends it.
        let seam = run("HEDEF", x: 0, run: 0, font: 0) + run("İ", x: 32.5, run: 1, font: 0) + run("TABLOSU", x: 45, run: 2, font: 0)
        #expect(WordBuilder.words(from: seam).map(\.text) == ["HEDEFİ", "TABLOSU"])
        // Another font at the same gap (a bold word after a regular one) stays apart, as one run does.
        #expect(WordBuilder.words(from: run("Hedef", x: 0, run: 0, font: 0) + run("İmar", x: 32.5, run: 1, font: 1)).map(\.text) == ["Hedef", "İmar"])
        let oneRun = run("Hedef", x: 0, run: 0, font: 0) + run("İmar", x: 32.5, run: 0, font: 0).map { var c = $0; c.startsRun = false; return c }
        #expect(WordBuilder.words(from: oneRun).map(\.text) == ["Hedef", "İmar"])
    }

    @Test func aLigatureGlyphIsOneGlyphOfALetterSpacedRun() {
        let word = Word(text: "fi", box: Rect(x0: 0, y0: 0, x1: 6, y1: 10), fontSize: 10)
        #expect(LetterSpacedRuns.isSingleGlyph(word))
        #expect(!LetterSpacedRuns.isSingleGlyph(Word(text: "fix", box: word.box, fontSize: 10)))
    }
}
