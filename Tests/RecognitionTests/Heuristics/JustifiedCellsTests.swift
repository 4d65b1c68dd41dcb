import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// Cells set justified (Word, InDesign): a line's spaces widened to fill the cell. Word boxes
/// from the matrix's kayseri b24 rules-short-11pt-vertical-justified (page 4) and
/// colon-first-rows b24 none-landscape-8pt-vertical-zebra-justified (page 2).
@Suite struct JustifiedCellsTests {
    static func word(_ t: String, _ x0: Double, _ y0: Double, _ x1: Double, size: Double = 11) -> Word {
        Word(text: t, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 1.163 * size), fontSize: size)
    }

    /// "Sorumlu      Harcama" / "Birimi:" in a label cell 117 pt wide: "Harcama" stands 13 pt
    /// (1.2 em) right of "Sorumlu", 8 pt left of the value. The label reads its longer phrase.
    @Test func aJustifiedLabelKeepsItsSpreadWord() throws {
        let words = [Self.word("Sorumlu", 58, 137.9, 103.9), Self.word("Harcama", 117.1, 137.9, 166.9),
                     Self.word("Birimi:", 58, 150.9, 93.6),
                     Self.word("İklim", 174.9, 144.4, 201.4), Self.word("Değişikliği", 204.8, 144.4, 261.4)]
        let row = try #require(LabelledRow.read(WordBoxes.band(page: 4, words)))
        #expect(row.label == .responsibleUnit)
        #expect(row.value == "İklim Değişikliği")
        // A label word that makes no longer phrase stays the value's: "Stratejik Hedef" / "3.4:" | "Hedef kitlemizin …".
        let value = [Self.word("Stratejik", 58, 137.9, 103.9), Self.word("Hedef", 107, 137.9, 140),
                     Self.word("3.4:", 58, 150.9, 80), Self.word("Hedef", 155, 137.9, 188), Self.word("kitlemizin", 191, 137.9, 240)]
        let read = try #require(LabelledRow.read(WordBoxes.band(page: 4, value)))
        #expect(read.label == .target && read.value == "Hedef kitlemizin")
    }

    /// The same label in a row set at the top (Word's default): the value's first line stands
    /// beside the label's spread line ("Sorumlu      Harcama İmar ve …" over "Birimi:"), from the
    /// matrix's colon-first-rows k25 rules-portrait-11pt-dark-justified-top (page 3).
    @Test func aJustifiedLabelKeepsItsSpreadWordBesideItsValue() throws {
        let words = [Self.word("Sorumlu", 58, 277.78, 103.9), Self.word("Harcama", 117.12, 277.78, 166.86),
                     Self.word("İmar", 174.95, 277.78, 200.15), Self.word("ve", 203.63, 277.78, 216.9),
                     Self.word("Şehircilik", 220.39, 277.78, 270.21), Self.word("Daire", 273.69, 277.78, 303.23),
                     Self.word("Başkanlığı", 306.71, 277.78, 362.89), Self.word("Birimi:", 58, 290.76, 93.62)]
        let row = try #require(LabelledRow.read(WordBoxes.band(page: 3, words)))
        #expect(row.label == .responsibleUnit)
        #expect(row.value == "İmar ve Şehircilik Daire Başkanlığı")
    }

    /// A name cell's first line spread to the cell's edge: "… 5 adet sayısının   15   adete"
    /// stands over white space the short lines under it leave, and its numbers look like a
    /// figure column's beside a narrow header ("Bütçe") whose figures stand far right. The
    /// widened spaces are no river: the boundary falls after "adete", not before "15".
    @Test func aJustifiedLineIsNoRiver() {
        let line = [("bulunan", 120.0, 150.0), ("5", 171, 175.5), ("adet", 196.5, 213), ("sayısının", 234, 270), ("15", 291, 300),
                    ("adete", 321, 342)].map { Self.word($0.0, $0.1, 100, $0.2, size: 8) }
        let rest = [Self.word("çıkarmak.", 120, 109.3, 156, size: 8), Self.word("F2", 100, 130, 110, size: 8),
                    Self.word("Kısa", 120, 130, 138, size: 8), Self.word("ad.", 140.5, 130, 152, size: 8)]
        let figures = [Self.word("800.000,00", 430, 100, 470, size: 8), Self.word("800.000,00", 430, 130, 470, size: 8)]
        let columns = [Column(x0: 150, x1: 190, title: "Faaliyetler"), Column(x0: 400, x1: 418, title: "Bütçe")]
        let bounds = ColumnBoundaries.boundaries(columns: columns, dataWords: line + rest + figures)
        #expect(bounds.count == 1 && bounds[0] > 342 && bounds[0] < 430, "\(bounds)")
        #expect(ColumnBoundaries.widenedSpaces(line).count == 5)
    }

    /// A total label spread over its cell and broken with a hyphen ("Genel      Top-" over "lam",
    /// matrix captions b24 grid-portrait-11pt-vertical-dark-justified-top, page 3): its next line
    /// starts under "Genel", so the wide space is the cell's own and the row closes the table.
    @Test func aSpreadHyphenatedLabelIsOneCell() {
        let words = [Self.word("Genel", 58, 470.7, 88), Self.word("Top-", 115, 470.7, 140),
                     Self.word("1.600.000", 230, 477.2, 275), Self.word("TL", 278, 477.2, 290), Self.word("lam", 58, 483.7, 75)]
        let band = WordBoxes.band(page: 3, words)
        #expect(LabelledRow.firstCell(band).text == "Genel Top-lam")
        #expect(GoalTableReader.isGrandTotal(band))
        // "3" in a code column over nothing, its name broken under itself: the code stays a cell of its own.
        let coded = [Self.word("3", 58, 470.7, 64), Self.word("Kamulaştır-", 90, 470.7, 150), Self.word("malar", 90, 483.7, 118)]
        #expect(LabelledRow.firstCell(WordBoxes.band(page: 3, coded)).text == "3")
    }

    @Test func widenedSpacesAreEvenAndNotFiguresNorOneWordRepeated() {
        func spaced(_ texts: [String], gap: Double) -> [Word] {
            var x = 50.0
            return texts.map { t in
                defer { x += Double(t.count) * 4.5 + gap }
                return Self.word(t, x, 100, x + Double(t.count) * 4.5, size: 8)
            }
        }
        #expect(JustifiedSpacing.widenedGaps(spaced(["kıyı", "alanları", "ile", "mavi"], gap: 9)) == [true, true, true])
        // A name's last word before figures in equal columns, as evenly apart: mostly figures, no justified run.
        #expect(JustifiedSpacing.widenedGaps(spaced(["serimi", "12.500", "12.500", "12.500", "12.500"], gap: 33)) == [false, false, false, false])
        #expect(JustifiedSpacing.widenedGaps(spaced(["yol", "yapımı", "15", "km"], gap: 9)) == [true, true, true])
        // Ordinary spaces are not widened; figures and a repeated title stand evenly apart in their columns.
        #expect(JustifiedSpacing.widenedGaps(spaced(["kıyı", "alanları", "ile", "mavi"], gap: 2.4)) == [false, false, false])
        #expect(JustifiedSpacing.widenedGaps(spaced(["2021", "2022", "2023", "2024"], gap: 20)) == [false, false, false])
        #expect(JustifiedSpacing.widenedGaps(spaced(["Gerçekleşme", "Gerçekleşme", "Gerçekleşme", "Gerçekleşme"], gap: 20)) == [false, false, false])
        // Uneven gaps are columns; three words are a run only among rows.
        #expect(JustifiedSpacing.widenedGaps(spaced(["Fen", "İşleri", "Dairesi"], gap: 9)) == [false, false])
        #expect(JustifiedSpacing.widenedGaps(spaced(["Fen", "İşleri", "Dairesi"], gap: 9), minimumWords: 3) == [true, true])
    }
}

/// Words a justified cell hyphenated at a line's end name what they name whole.
@Suite struct HyphenatedWordsTests {
    @Test func aHyphenatedWordFoldsWhole() {
        #expect(Lexicon.fold("Genel Top-lam") == "genel toplam" && Lexicon.fold("Genel Top- lam") == "genel toplam")
        #expect(Lexicon.names(.grandTotal, .totalRow, Lexicon.fold("Genel Top-lam"), .leading))
        #expect(Lexicon.names(.performanceGoal, .rowLabel, Lexicon.fold("PERFOR-MANS HEDEFİ (1):"), .leading))
        // Parts in two cases and codes stay apart.
        #expect(Lexicon.fold("İfraz-Tevhid") == "ifraz tevhid")
        #expect(Lexicon.fold("A1-H1") == "a1 h1")
    }

    @Test func onlyAHyphenBetweenLettersOfOneCaseJoins() {
        let join = Lexicon.joiningHyphenatedWords
        #expect(join("Başkan-  lığı ve yü-zey") == "Başkanlığı ve yüzey")
        #expect(join("bakım-onarım-yenileme") == "bakımonarımyenileme")
        #expect(join("ŞEHİR- İÇİ") == "ŞEHİRİÇİ")
        // Not joined: a dash for zero, figures, a code, two cases, a hyphen at either end.
        for text in ["-", "- 5.000 -", "12-15", "A1-H1", "e-Belediye", "-abc", "abc-", "abc- ", "ab -cd", "x--y"] {
            #expect(join(text) == text)
        }
    }
}
