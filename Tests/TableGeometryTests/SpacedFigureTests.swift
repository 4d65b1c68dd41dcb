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

    /// An unruled table's amount column drawn glyph by glyph, figures grouped with narrow spaces
    /// and right-aligned ("1 250 000" over "850 000"); the boundary with the unit column before
    /// it, found from the header, falls in the gap after the leading "1". No other row of the
    /// unit column ends where "1" does: the body does not set a column's edge there, so the
    /// figure goes whole (parted, the amount read 250 000 and the unit "Fen İşleri 1").
    func amountRows() -> [RowBand] {
        func w(_ text: String, _ x0: Double, _ x1: Double, _ top: Double) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: top, x1: x1, y1: top + 11.1), fontSize: 9.5)
        }
        let rows: [[Word]] = [
            [w("Park", 40, 62, 100), w("Fen", 310, 326, 100), w("İşleri", 329, 356, 100), w("1", 563, 568.3, 100), w("250", 570.2, 586.1, 100), w("000", 588, 603.9, 100)],
            [w("Yol", 40, 56, 120), w("Yapı", 310, 331, 120), w("İşleri", 334, 361, 120), w("850", 570.2, 586.1, 120), w("000", 588, 603.9, 120)],
            [w("Bahçe", 40, 69, 140), w("Park", 310, 332, 140), w("Bahçeler", 335, 380, 140), w("12", 575.5, 586.1, 140), w("500", 588, 603.9, 140)],
        ]
        return rows.map { RowBand(page: 4, lines: [TextLine(words: $0)], separatedBy: .gap) }
    }

    @Test func aBoundaryInAFiguresGapPartsItOnlyWhereTheBodyAgrees() {
        let rows = CellSplitter.split(amountRows(), boundaries: [300, 569.2])
        #expect(rows.map { $0.cells.map(\.text) } == [["Park", "Fen İşleri", "1 250 000"], ["Yol", "Yapı İşleri", "850 000"],
                                                    ["Bahçe", "Park Bahçeler", "12 500"]])
    }

    /// Where the other rows end their cells at the same edge (a right-aligned year column beside
    /// the next, "85" | "100,50" 0.19 em apart), the body agrees: the boundary parts the words.
    @Test func aBoundaryTheBodyAgreesWithPartsTheWords() {
        func w(_ text: String, _ x0: Double, _ x1: Double, _ top: Double) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: top, x1: x1, y1: top + 14), fontSize: 12)
        }
        let bands = [
            [w("Oran", 40, 66, 200), w("85", 480, 493.3, 200), w("100,50", 495.55, 531.55, 200), w("120,25", 533.8, 569.8, 200)],
            [w("Sayı", 40, 62, 220), w("90,00", 466.3, 493.3, 220), w("110,00", 495.55, 531.55, 220), w("130,00", 533.8, 569.8, 220)],
        ].map { RowBand(page: 3, lines: [TextLine(words: $0)], separatedBy: .gap) }
        let rows = CellSplitter.split(bands, boundaries: [200, 494.4, 532.7])
        #expect(rows[0].cells.map(\.text) == ["Oran", "85", "100,50", "120,25"])
    }
}
