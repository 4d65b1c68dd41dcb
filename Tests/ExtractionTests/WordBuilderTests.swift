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

    @Test func blanksAreUnicodeWhiteSpace() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isWhitespace || value < 0x20 || value == 0x7F
            #expect(scalar.isBlank == expected, "U+\(String(value, radix: 16))")
        }
    }
}

/// Letter-spaced text (tracking set by moving each glyph on): its letters come as one-letter
/// words, or partly joined back by poppler, and are read as the words they spell.
@Suite struct LetterSpacedRunsTests {
    func word(_ text: String, x0: Double, x1: Double, y: Double = 100, bold: Bool = true) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: y, x1: x1, y1: y + 11), fontSize: 9.5, isBold: bold)
    }

    /// Pieces spelled out from `text`'s words, each letter `advance` wide, `tracking` apart, words a space further.
    func spaced(_ pieces: [[String]], tracking: Double, advance: Double = 7, space: Double = 3) -> [Word] {
        var x = 50.0
        var out: [Word] = []
        for piecesOfWord in pieces {
            for piece in piecesOfWord {
                let width = Double(piece.count) * advance + Double(piece.count - 1) * tracking
                out.append(word(piece, x0: x, x1: x + width))
                x += width + tracking
            }
            x += space + tracking
        }
        return out
    }

    @Test func headingsLetterByLetterAreWords() {
        let letters = spaced([["P", "E", "R", "F", "O", "R", "M", "A", "N", "S"], ["H", "E", "D", "E", "F", "İ"]], tracking: 3.8)
        #expect(LetterSpacedRuns.joinedAlongLine(letters).map(\.word.text) == ["PERFORMANS", "HEDEFİ"])
    }

    @Test func lettersPartlyJoinedByPopplerAreWords() {
        let pieces = spaced([["FAALİYET"], ["MALİYETLERİ"], ["T", "A", "BLOSU"]], tracking: 3.8)
        #expect(LetterSpacedRuns.joinedAlongLine(pieces).map(\.word.text) == ["FAALİYET", "MALİYETLERİ", "TABLOSU"])
        // Poppler's own pieces of several letters at the tracking, after a word joined from pieces
        // (a 0.4 em title in one font: "T" "A" "BL" "OSU").
        let more = spaced([["FAALIYET"], ["MALIYETLERI"], ["T", "A", "BL", "OSU"]], tracking: 3.8)
        #expect(LetterSpacedRuns.joinedAlongLine(more).map(\.word.text) == ["FAALIYET", "MALIYETLERI", "TABLOSU"])
    }

    @Test func aSingleGlyphTouchingItsWordJoinsIt() {
        // Expanded by 1 pt at 9.5 pt: poppler parted "2024" after its first glyph, "Maliyeti" after its capital.
        let year = [word("2", x0: 100, x1: 106), word("024", x0: 107, x1: 125)]
        #expect(LetterSpacedRuns.joinedAlongLine(year).map(\.word.text) == ["2024"])
        let header = [word("Birim", x0: 50, x1: 80), word("M", x0: 84, x1: 93), word("aliyeti", x0: 94.2, x1: 130)]
        #expect(LetterSpacedRuns.joinedAlongLine(header).map(\.word.text) == ["Birim", "Maliyeti"])
        // A space of a font (a quarter em and more) still parts them.
        let apart = [word("2", x0: 100, x1: 106), word("024", x0: 108.5, x1: 126.5)]
        #expect(LetterSpacedRuns.joinedAlongLine(apart).map(\.word.text) == ["2", "024"])
        // Two cells' texts touching are two words (LibreOffice's tables: "inceleme" | "Kent", "0 TL" | "18.900.000 TL").
        let cells = [word("inceleme", x0: 50, x1: 90), word("Kent", x0: 90.5, x1: 110)]
        #expect(LetterSpacedRuns.joinedAlongLine(cells).map(\.word.text) == ["inceleme", "Kent"])
        let amounts = [word("TL", x0: 50, x1: 62), word("18.900.000", x0: 62.5, x1: 110)]
        #expect(LetterSpacedRuns.joinedAlongLine(amounts).map(\.word.text) == ["TL", "18.900.000"])
    }

    /// Through poppler: lines set with tracking (each glyph moved on by its advance and the
    /// tracking, as a TJ with spacing draws it) read as the untracked line does.
    @Test func letterSpacedLinesInAPDFReadAsWords() throws {
        let pdf = GeneratedPDF(name: "letter-spaced")
        let line = "PERFORMANS HEDEFİ TABLOSU 2024"
        // At 0.2–0.3 em poppler joins a word's letters itself, and the letter of cairo's second font
        // subset ("HEDEF" | "İ") stands a gap of the tracking apart: joined at the seam (`joinsAtSubsetSeam`).
        let trackings = [0.05, 0.12, 0.2, 0.25, 0.3, 0.4, 0.6]
        for (k, tracking) in trackings.enumerated() {
            var x = 72.0
            for character in line {
                pdf.text(String(character), x: x, y: 60 + 30 * Double(k))
                x += pdf.advance(of: String(character), size: 10) + tracking * 10
            }
        }
        pdf.text("Sayfa 1 / 2", x: 72, y: 300)
        let page = try DocumentReader(path: pdf.finish(), readsRulings: false).page(1)
        #expect(page.lines.map(\.text) == Array(repeating: line, count: trackings.count) + ["Sayfa 1 / 2"])
    }

    @Test func spacedOutSingleWordsOfOrdinaryTextStayApart() {
        // Single-letter words at ordinary spaces, all alike: no tracking to tell letters from words.
        let text = spaced([["Sayfa"], ["1"], ["/"], ["2"]], tracking: 2.4, space: 0)
        #expect(LetterSpacedRuns.joinedAlongLine(text).map(\.word.text) == ["Sayfa", "1", "/", "2"])
        // Figures in adjacent columns stand more than a line's height apart.
        let figures = [word("0", x0: 100, x1: 105), word("0", x0: 130, x1: 135), word("0", x0: 160, x1: 165), word("0", x0: 190, x1: 195)]
        #expect(LetterSpacedRuns.joinedAlongLine(figures).map(\.word.text) == ["0", "0", "0", "0"])
        // A code and its dash before a cell's text, at word spaces, the next cell's text a wider gap on
        // (a goal card's "1 - Şehrimizin doğal," | "1.1 - Tüm …", blind T12): no letters spaced out.
        let coded = [word("1", x0: 50, x1: 55), word("-", x0: 57.4, x1: 60), word("Şehrimizin", x0: 62.4, x1: 110),
                     word("doğal,", x0: 112.4, x1: 140), word("1.1", x0: 148, x1: 160), word("-", x0: 162.4, x1: 165),
                     word("Tüm", x0: 167.4, x1: 185)]
        #expect(LetterSpacedRuns.joinedAlongLine(coded).map(\.word.text) == ["1", "-", "Şehrimizin", "doğal,", "1.1", "-", "Tüm"])
        // A regular and a bold face do not make one run.
        let mixed = [word("A", x0: 50, x1: 57), word("B", x0: 60, x1: 67, bold: false), word("C", x0: 70, x1: 77), word("D", x0: 80, x1: 87, bold: false)]
        #expect(LetterSpacedRuns.joinedAlongLine(mixed).map(\.word.text) == ["A", "B", "C", "D"])
    }
}
