import PageLayout
import TableGeometry
import Testing

/// Narrow header cells of a word processor's grid (LibreOffice Writer's 1.4 pt padding) set
/// two cells' words closer than `HeaderColumns.phraseGapFraction`: the drawn rule between them
/// parts them (`HeaderColumns.columns(header:)`).
@Suite struct RuledHeaderCellsTests {
    static func word(_ text: String, _ x0: Double, _ x1: Double, _ y0: Double) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 11.7), fontSize: 9)
    }

    /// Kayseri's indicator header as Writer printed it at 9 pt (page 3 of the LibreOffice
    /// variant): "Tahmin" and "Hedef" 4.4 pt (0.49 em) apart, the rule at 522.7 between them.
    static let header = [
        word("2022", 454, 472, 682.5), word("2023", 496.3, 514.3, 682.5), word("2024", 527.4, 545.4, 682.5),
        word("Performans", 218.6, 265, 690), word("Göstergeleri", 267.3, 313.7, 690),
        word("Gerçekleşen", 442, 483.8, 696), word("Tahmin", 490, 520.5, 701), word("Hedef", 524.9, 547.9, 701),
    ]
    static let rules = [210.0, 438.9, 488.3, 522.7, 551.0]

    func band(rules: [Double]) -> RowBand {
        RowBand(page: 3, lines: LineGrouping.lines(from: Self.header), separatedBy: .ruling, verticalRules: rules)
    }

    @Test func withoutRulesTheCloseCellsAreOneColumn() {
        let titles = HeaderColumns.columns(header: band(rules: [])).map(\.title)
        #expect(titles.count == 3, "the case no longer needs the rules: \(titles)")
    }

    @Test func aDrawnRulePartsTheCells() {
        let titles = HeaderColumns.columns(header: band(rules: Self.rules)).map(\.title)
        #expect(titles == ["Performans Göstergeleri", "2022 Gerçekleşen", "2023 Tahmin", "2024 Hedef"])
    }

    /// A rule that does not stand between two words (the table's outer edges, a cell edge away
    /// from the text) leaves a phrase whole.
    @Test func aRuleAwayFromTheGapsLeavesPhrasesWhole() {
        let titles = HeaderColumns.columns(header: band(rules: [210, 551])).map(\.title)
        #expect(titles == HeaderColumns.columns(header: band(rules: [])).map(\.title))
    }
}
