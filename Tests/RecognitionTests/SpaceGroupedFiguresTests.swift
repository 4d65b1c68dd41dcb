import PageLayout
import Testing
import TableGeometry
@testable import Recognition

/// Figures grouped with spaces ("5 500 000,00"), which poppler hands over as words, read as one
/// figure where a row's amounts are read word by word (`TableRow.figures`).
@Suite struct SpaceGroupedFiguresTests {
    func word(_ text: String, _ x0: Double, _ x1: Double) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: 100, x1: x1, y1: 110), fontSize: 10)
    }

    @Test func groupsWithinASpaceJoin() {
        let words = [word("5", 100, 106), word("500", 109, 127), word("000,00", 130, 166), word("0,00", 220, 244),
                     word("800", 300, 318), word("000", 321, 339)]
        #expect(TableRow.figures(words) == ["5 500 000,00", "0,00", "800 000"])
    }

    @Test func figuresOfTwoColumnsStayApart() {
        // A count in one column and an amount in the next stand farther apart than a space.
        #expect(TableRow.figures([word("12", 100, 112), word("500,00", 140, 176)]) == ["12", "500,00"])
        // Four digits are no thousands' group, nor is a group without three digits after it.
        #expect(TableRow.figures([word("2024", 100, 124), word("500", 127, 145)]) == ["2024", "500"])
        #expect(TableRow.figures([word("5", 100, 106), word("50,00", 109, 139)]) == ["5", "50,00"])
    }

    /// Labelled-letters at 11 pt (narrow spaces, no kuruş): a first activity row "… projeler",
    /// its unit "Etüt ve Projeler", its amounts "1 700 000" holding no dot nor comma, was read
    /// as a repeated activity header and left out. A figure grouped with spaces is an amount.
    @Test func aRowWithAFigureGroupedWithSpacesHoldsAmountsAndIsNoHeader() {
        let words = [word("1", 58, 65), word("Şehrin", 68, 103), word("projeler", 249, 291), word("Etüt", 440, 462),
                     word("ve", 474, 486), word("Projeler", 500, 542), word("1", 576, 583), word("700", 585.2, 606.2),
                     word("000", 608.4, 629.4), word("0", 689, 696)]
        let band = RowBand(page: 7, lines: [TextLine(words: words)], separatedBy: .ruling)
        #expect(GoalTableReader.hasAmounts(band))
        let counts = RowBand(page: 7, lines: [TextLine(words: [word("1", 58, 65), word("adet", 80, 100), word("100", 300, 318), word("140", 400, 418)])],
                             separatedBy: .ruling)
        #expect(!GoalTableReader.hasAmounts(counts))
    }
}
