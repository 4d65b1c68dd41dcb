import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// IndicatorRows.read on a TableSection built as GoalTableReader builds it.
@Suite struct IndicatorRowsTests {
    typealias K = KayseriRows
    typealias B = BalikesirRows

    static func read(header: (page: Int, words: [Word]), rows: [(page: Int, words: [Word])]) -> [Indicator] {
        let section = TableSection.build(header: WordBoxes.band(page: header.page, header.words),
                                         data: rows.map { WordBoxes.band(page: $0.page, $0.words) },
                                         isRepeatedHeader: GoalTableReader.isIndicatorHeader)
        return IndicatorRows.read(section)
    }

    static func values(_ indicator: Indicator) -> [String] {
        indicator.values.map { "\($0.year) \($0.kind.rawValue) \($0.value ?? "nil")" }
    }

    /// Kayseri 2024 pp.94–95, goal 39: indicator 1 and its bare "Açıklamalar" at the foot of
    /// page 94; the header repeated on page 95, indicators 2 and 3 each with "Açıklamalar:".
    static let goal39: [(page: Int, words: [Word])] = [
        (94, K.trainedInstitutions), (94, K.bareExplanation),
        (95, K.indicatorHeader95), (95, K.trainedPeople), (95, K.explanation95a),
        (95, K.inspectedInstitutions), (95, K.explanation95b),
    ]

    @Test func valuesPerYearAndKindOverAPageBreak() throws {
        let indicators = Self.read(header: (94, K.indicatorHeader94), rows: Self.goal39)
        try #require(indicators.count == 3)
        #expect(indicators.map(\.code) == ["1", "2", "3"])
        #expect(indicators.map(\.page) == [94, 95, 95])
        #expect(indicators[0].name == "Yangın ve yangın güvenlik önlemleri konusunda eğitim verilen kurum/kuruluş sayısı(adet)")
        #expect(indicators[1].name == "Yangın ve yangın güvenlik önlemleri konusunda eğitim alan kişi sayısı (adet)")
        #expect(indicators[2].name == "Yangın güvenlik önlemleri yönünden denetlenen kurum/kuruluş sayısı (adet)")
        #expect(Self.values(indicators[0]) == ["2022 actual 357", "2023 estimate 370", "2024 target 390"])
        #expect(Self.values(indicators[1]) == ["2022 actual 59265", "2023 estimate 61000", "2024 target 62000"])
        #expect(Self.values(indicators[2]) == ["2022 actual 786", "2023 estimate 800", "2024 target 810"])
        #expect(indicators[1].values.map(\.raw) == ["59.265", "61.000", "62.000"])
        // No unit column: the unit is the name's last parenthesis.
        #expect(indicators.map(\.unit) == ["adet", "adet", "adet"])
    }

    /// Balıkesir 2024 p.88, goal H10.8: a unit column (Ölçü) and a single year.
    @Test func unitFromTheUnitColumn() {
        let indicators = Self.read(header: (88, B.indicatorHeader88),
                                   rows: [(88, B.securityCameras), (88, B.ledScreens), (88, B.radioService)])
        #expect(indicators.map(\.code) == ["PG10.8.1", "PG10.8.2", "PG10.8.5"])
        #expect(indicators.map(\.name) == ["Güvenlik Kamera Sistemi Kurulması", "LED Ekran Kurulacak İlçe Sayısı", "Telsiz Haberleşme Hizmetinin Sağlanması"])
        #expect(indicators.map(\.unit) == ["adet", "adet", "%"])
        #expect(indicators.map(Self.values) == [["2024 target 10"], ["2024 target 1"], ["2024 target 100"]])
    }

    /// Composed from goal 39's rows: the page break falls inside indicator 1, whose last line
    /// ("verilen kurum/kuruluş sayısı(adet)") opens page 95 under the repeated header; the
    /// rows after it are set one row lower.
    @Test func rowCutByAPageBreakContinuesTheIndicator() throws {
        let lastLineTop = 736.23
        let kept = K.trainedInstitutions.filter { $0.box.y0 < lastLineTop }
        let rest = WordBoxes.moved(K.trainedInstitutions.filter { $0.box.y0 >= lastLineTop }, dy: 97.60 - lastLineTop)
        let lower = { (w: [Word]) in WordBoxes.moved(w, dy: 16) }
        let rows: [(page: Int, words: [Word])] = [
            (94, kept),
            (95, K.indicatorHeader95), (95, rest), (95, lower(K.trainedPeople)), (95, lower(K.explanation95a)),
        ]
        let indicators = Self.read(header: (94, K.indicatorHeader94), rows: rows)
        try #require(indicators.count == 2)
        #expect(indicators.map(\.code) == ["1", "2"])
        #expect(indicators[0].name == "Yangın ve yangın güvenlik önlemleri konusunda eğitim verilen kurum/kuruluş sayısı(adet)")
        #expect(Self.values(indicators[0]) == ["2022 actual 357", "2023 estimate 370", "2024 target 390"])
        #expect(indicators[0].page == 94)
    }

    /// Composed from Kayseri 2024 word boxes (the Kayseri 2025 pp.80–81 case): the bare
    /// "Açıklamalar" closes page 94 and its text opens page 95 under the repeated header —
    /// the text of p.97's indicator explanation ("Belediyemiz daire başkanlıklarındaki …"),
    /// without its label, moved to the top of page 95. It is explanation, not the rest of
    /// indicator 1 cut by the page break.
    @Test func explanationContinuedOnTheNextPageIsNotAppended() throws {
        let text = K.technicalSupportExplanation.filter { $0.text != "Açıklamalar:" }
        let lower = { (w: [Word]) in WordBoxes.moved(w, dy: 16) }
        let rows: [(page: Int, words: [Word])] = [
            (94, K.trainedInstitutions), (94, K.bareExplanation),
            (95, K.indicatorHeader95), (95, WordBoxes.moved(text, dy: 97.60 - 739.77)),
            (95, lower(K.trainedPeople)), (95, lower(K.explanation95a)),
        ]
        let indicators = Self.read(header: (94, K.indicatorHeader94), rows: rows)
        try #require(indicators.count == 2)
        #expect(indicators[0].name == "Yangın ve yangın güvenlik önlemleri konusunda eğitim verilen kurum/kuruluş sayısı(adet)")
        #expect(Self.values(indicators[0]) == ["2022 actual 357", "2023 estimate 370", "2024 target 390"])
        #expect(indicators[1].code == "2")
    }

    /// The rule both readers share: a row without a code continues the one above when the
    /// page broke before it or it has no figures of its own.
    @Test func rowContinuationRule() {
        #expect(RowContinuation.continuesPrevious(code: nil, page: 95, previousPage: 94, hasFigures: true))
        #expect(RowContinuation.continuesPrevious(code: nil, page: 94, previousPage: 94, hasFigures: false))
        #expect(!RowContinuation.continuesPrevious(code: nil, page: 94, previousPage: 94, hasFigures: true))
        #expect(!RowContinuation.continuesPrevious(code: "2", page: 95, previousPage: 94, hasFigures: false))
    }

    /// A year alone holds the target only as the table's latest (the program's own) year;
    /// an earlier bare year says neither actual nor estimate, so it is reported, not defaulted.
    @Test func bareEarlierYearIsReportedNotTakenAsATarget() {
        let section = TableSection(columns: [
            Column(x0: 40, x1: 200, title: "Performans Göstergesi"),
            Column(x0: 300, x1: 340, title: "2022"),
            Column(x0: 350, x1: 390, title: "2023 Tahmin"),
            Column(x0: 400, x1: 440, title: "2024"),
        ], rows: [])
        let columns = IndicatorRows.valueColumns(section)
        #expect(columns.map { "\($0.index) \($0.year) \($0.kind.rawValue)" } == ["2 2023 estimate", "3 2024 target"])
        let notes = section.unknownColumns(understood: IndicatorRows.understoodColumns(section), table: "indicator table")
        #expect(notes.count == 1 && notes[0].contains("'2022'"))
    }

    /// A kind word decides whatever the year; a bare year between worded ones is reported.
    @Test func kindWordDecidesBeforeTheYear() {
        let section = TableSection(columns: [
            Column(x0: 40, x1: 200, title: "Performans Göstergesi"),
            Column(x0: 300, x1: 340, title: "2022 Gerçekleşen"),
            Column(x0: 350, x1: 390, title: "2023"),
            Column(x0: 400, x1: 440, title: "2024 Hedef"),
        ], rows: [])
        #expect(IndicatorRows.valueColumns(section).map { "\($0.index) \($0.kind.rawValue)" } == ["1 actual", "3 target"])
    }

    /// An estimate of the actual, as many programs head the year before the program's
    /// (“2024 Gerçekleşme Tahmini”, “Tahmini Gerçekleşme”), is an estimate, not an actual.
    @Test func anEstimatedActualIsAnEstimate() {
        let section = TableSection(columns: [
            Column(x0: 40, x1: 200, title: "Gösterge Adı"),
            Column(x0: 250, x1: 290, title: "2023 Yılı Gerçekleşme"),
            Column(x0: 300, x1: 340, title: "2024 Yılı Gerçekleşme Tahmini"),
            Column(x0: 350, x1: 390, title: "Tahmini Gerçekleşme", group: "2024"),
            Column(x0: 400, x1: 440, title: "2025 Yılı Hedefi"),
        ], rows: [])
        #expect(IndicatorRows.valueColumns(section).map { "\($0.year) \($0.kind.rawValue)" }
                == ["2023 actual", "2024 estimate", "2024 estimate", "2025 target"])
    }

    /// Kind words a narrow cell broke anywhere (“Gerçekle” over “şen”, “Tahmi” over “ni”, as
    /// Word breaks a word wider than its column at 11 pt) still say the column's kind.
    @Test func kindWordsBrokenByANarrowCell() {
        let section = TableSection(columns: [
            Column(x0: 40, x1: 200, title: "Performans Göstergesi"),
            Column(x0: 300, x1: 340, title: "2022 Gerçekle şen"),
            Column(x0: 350, x1: 390, title: "2023 Tahmi ni"),
            Column(x0: 400, x1: 440, title: "2024 Hedefle nen"),
        ], rows: [])
        #expect(IndicatorRows.valueColumns(section).map { "\($0.index) \($0.kind.rawValue)" } == ["1 actual", "2 estimate", "3 target"])
    }
}
