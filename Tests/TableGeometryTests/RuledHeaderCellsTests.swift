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
    /// variant), without the row of years above (whose gutters also part the cells):
    /// "Tahmin" and "Hedef" 4.4 pt (0.49 em) apart, the rule at 522.7 between them.
    static let header = [
        word("Performans", 218.6, 265, 690), word("Göstergeleri", 267.3, 313.7, 690),
        word("Gerçekleşen", 442, 483.8, 696), word("Tahmin", 490, 520.5, 701), word("Hedef", 524.9, 547.9, 701),
    ]
    static let rules = [210.0, 438.9, 488.3, 522.7, 551.0]

    func band(rules: [Double]) -> RowBand {
        RowBand(page: 3, lines: LineGrouping.lines(from: Self.header), separatedBy: .ruling, verticalRules: rules)
    }

    @Test func withoutRulesTheCloseCellsAreOneColumn() {
        let titles = HeaderColumns.columns(header: band(rules: [])).map(\.title)
        #expect(titles.count == 2, "the case no longer needs the rules: \(titles)")
    }

    @Test func aDrawnRulePartsTheCells() {
        let titles = HeaderColumns.columns(header: band(rules: Self.rules)).map(\.title)
        #expect(titles == ["Performans Göstergeleri", "Gerçekleşen", "Tahmin", "Hedef"])
    }

    /// A rule that does not stand between two words (the table's outer edges, a cell edge away
    /// from the text) leaves a phrase whole.
    @Test func aRuleAwayFromTheGapsLeavesPhrasesWhole() {
        let titles = HeaderColumns.columns(header: band(rules: [210, 551])).map(\.title)
        #expect(titles == HeaderColumns.columns(header: band(rules: [])).map(\.title))
    }

    /// Without rules (horizontal rules only): "Gerçekleşen" and "Tahmin" set 0.41 em apart under
    /// the gutter between "2022" and "2023" are two cells (`HeaderColumns.gutterGapFraction`);
    /// an ordinary word space (0.3 em) under a gutter is not.
    @Test func aGapWiderThanAWordSpaceUnderAGutterPartsTheCells() {
        let header = [
            Self.word("2022", 448.2, 466.2, 224), Self.word("2023", 490.4, 508.4, 224), Self.word("2024", 524.4, 542.4, 224),
            Self.word("Gerçekleşen", 433.7, 480.53, 238), Self.word("Tahmin", 484.2, 514.69, 238), Self.word("Hedef", 521.9, 544.87, 238),
        ]
        let titles = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header)).map(\.title)
        #expect(titles == ["2022 Gerçekleşen", "2023 Tahmin", "2024 Hedef"])
        let wordSpace = 0.3 * 9
        let oneCell = [
            Self.word("Bütçe", 300, 330, 100), Self.word("Toplam", 345, 375, 100),
            Self.word("Döner", 300, 329, 114), Self.word("Sermaye", 329 + wordSpace, 370, 114),
        ]
        let cells = HeaderColumns.columns(headerLines: LineGrouping.lines(from: oneCell)).map(\.title)
        #expect(!cells.contains("Döner") && !cells.contains("Sermaye"), "\(cells)")
    }

    /// One line of narrow cells, no rules, no line above (the captions variant, 9 pt): cells
    /// 0.74 and 0.84 em apart, their words 0.24 em: the gaps three times the word space part
    /// them (`HeaderColumns.cellGapOverWordSpace`); evenly spaced words stay one cell.
    @Test func gapsMuchWiderThanTheWordSpacesPartOneLineOfCells() {
        let line = [Self.word("Birim", 408.6, 431.06, 536), Self.word("2023", 437.7, 455.7, 536), Self.word("Beklenen", 457.9, 493.36, 536),
                    Self.word("2024", 500.9, 518.9, 536), Self.word("Hedefi", 521.1, 546.56, 536)]
        let titles = HeaderColumns.columns(headerLines: LineGrouping.lines(from: line)).map(\.title)
        #expect(titles == ["Birim", "2023 Beklenen", "2024 Hedefi"])
        let even = [Self.word("Kaynak", 300, 330, 100), Self.word("İhtiyacı", 336, 370, 100), Self.word("2024", 376, 394, 100)]
        #expect(HeaderColumns.columns(headerLines: LineGrouping.lines(from: even)).map(\.title) == ["Kaynak İhtiyacı 2024"])
    }
    /// A group cell over its column cells in one row band (Writer's labelled-one-year variant,
    /// page 5, 10 pt): the rules between "Bütçe İçi", "Bütçe Dışı" and "Toplam" start under
    /// "Kaynak İhtiyacı 2025", so they stand across the lower line only, not the whole band;
    /// they still part that line's cells (0.37 and 0.47 em apart), and a rule that does not
    /// reach a line leaves it whole.
    @Test func aRuleUnderAGroupCellPartsTheCellsItCrosses() {
        func word(_ text: String, _ x0: Double, _ x1: Double, _ y0: Double) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 13), fontSize: 10)
        }
        let header = [
            word("Kaynak", 440.3, 474.15, 722), word("İhtiyacı", 476.68, 509.42, 722), word("2025", 511.85, 531.85, 722),
            word("Bütçe", 424.1, 448.51, 736.6), word("İçi", 450.98, 462.13, 736.6), word("Bütçe", 465.8, 490.21, 736.6),
            word("Dışı", 492.68, 509.33, 736.6), word("Toplam", 514, 547.31, 736.6),
        ]
        let lower = [Ruling(axis: .vertical, position: 463.5, start: 735.5, end: 779.5), Ruling(axis: .vertical, position: 511.5, start: 735.5, end: 779.5)]
        let band = RowBand(page: 5, lines: LineGrouping.lines(from: header), separatedBy: .ruling,
                           verticalRules: [422.5, 550.5], crossingRules: lower)
        let columns = HeaderColumns.columns(header: band)
        #expect(columns.map(\.title) == ["Bütçe İçi", "Bütçe Dışı", "Toplam"])
        #expect(columns.allSatisfy { $0.group == "Kaynak İhtiyacı 2025" })
        let notReaching = lower.map { Ruling(axis: .vertical, position: $0.position, start: 752, end: 779.5) }
        let unparted = RowBand(page: 5, lines: LineGrouping.lines(from: header), separatedBy: .ruling,
                               verticalRules: [422.5, 550.5], crossingRules: notReaching)
        #expect(HeaderColumns.columns(header: unparted).count == 1)
    }
}
