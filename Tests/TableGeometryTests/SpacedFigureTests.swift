import PageLayout
import TableGeometry
import Testing

/// A figure grouped with spaces ("18 900 000,00") comes as one word per group; a producer
/// drawing glyph by glyph leaves its narrow spaces as gaps of 0.2 em.
@Suite struct SpacedFigureTests {
    /// A word at 9.5 pt on the line whose top is 127.8 (glyph-by-glyph figures of a generated page).
    func word(_ text: String, _ x0: Double, _ x1: Double) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: 127.8, x1: x1, y1: 138.9), fontSize: 9.5)
    }

    @Test func groupsWithinANarrowSpaceAreOneFigure() {
        let words = [word("Fen", 440, 455), word("18", 563, 573.6), word("900", 576, 591.9), word("000,00", 596, 627),
                     word("0,00", 675, 693.7), word("18", 717, 727.6), word("900", 731, 746.9), word("000,00", 751, 782)]
        #expect(SpacedFigure.runs(words) == [1..<4, 5..<8])
        #expect(SpacedFigure.occurs(in: words))
        // Two figures of neighbouring columns stand a river apart; four digits are no group.
        #expect(!SpacedFigure.occurs(in: [word("12", 560, 570.6), word("500,00", 590, 621)]))
        #expect(!SpacedFigure.occurs(in: [word("2024", 560, 581), word("500", 583, 598.9)]))
    }

    /// Guide-outline, glyphs drawn one by one: the group year over the funding columns ('2024')
    /// stands as a column of its own, its boundary with 'Toplam' inside the total's first group.
    /// Placed word by word the Toplam cell kept "900 000,00" (a silent wrong amount); the figure goes whole.
    @Test func aBoundaryNeverPartsAFigure() {
        let words = [word("18", 563, 573.6), word("900", 576, 591.9), word("000,00", 596, 627),
                     word("0,00", 675, 693.7), word("18", 717, 727.6), word("900", 731, 746.9), word("000,00", 751, 782)]
        let band = RowBand(page: 6, lines: [TextLine(words: words)], separatedBy: .gap)
        let row = CellSplitter.split(band, boundaries: [634.8, 696.2, 723.7])
        #expect(row.cells.map(\.text) == ["18 900 000,00", "0,00", "", "18 900 000,00"])
    }
}
