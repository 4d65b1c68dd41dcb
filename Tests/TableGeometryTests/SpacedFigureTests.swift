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

    /// An indicator row at 12 pt, its year cells right-aligned 2.25 pt (0.19 em) apart: "85" and
    /// "100,50" look like one figure grouped with spaces ("85 100,50" is a valid grouping), yet a
    /// column boundary or a drawn rule stands between them. Joined, the row read 85100,50 for the
    /// second year and nothing for the first: a silent wrong value.
    func yearCells() -> [Word] {
        func w(_ text: String, _ x0: Double, _ x1: Double) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: 200, x1: x1, y1: 214), fontSize: 12)
        }
        return [w("Oran", 40, 66), w("85", 480, 493.3), w("100,50", 495.55, 531.55), w("120,25", 533.8, 569.8)]
    }

    @Test func aColumnBoundaryBetweenTwoCellsPartsThem() {
        let band = RowBand(page: 3, lines: [TextLine(words: yearCells())], separatedBy: .gap)
        let row = CellSplitter.split(band, boundaries: [200, 494.4, 532.7])
        #expect(row.cells.map(\.text) == ["Oran", "85", "100,50", "120,25"])
    }

    /// A drawn column rule in the space parts the words even where the header's boundary lies
    /// elsewhere (here inside "85").
    @Test func aDrawnRuleBetweenTwoCellsPartsThem() {
        let band = RowBand(page: 3, lines: [TextLine(words: yearCells())], separatedBy: .gap, verticalRules: [300, 494.4, 532.7])
        let row = CellSplitter.split(band, boundaries: [200, 490, 532.7])
        #expect(row.cells.map(\.text) == ["Oran", "85", "100,50", "120,25"])
        // Without the rule, the boundary across "85" cuts inside one figure: it goes whole.
        let unruled = CellSplitter.split(RowBand(page: 3, lines: [TextLine(words: yearCells())], separatedBy: .gap), boundaries: [200, 490, 532.7])
        #expect(unruled.cells.map(\.text) == ["Oran", "", "85 100,50", "120,25"])
    }
}
