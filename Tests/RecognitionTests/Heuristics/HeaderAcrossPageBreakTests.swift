import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// A two-row header cut by the page break between its rows, neither repeated (a browser breaks
/// a table so; the blind tests' T07b p.21→22): “Faaliyetler | Kaynak İhtiyacı 2024 (TL)” ends a
/// page, “Bütçe | Bütçe Dışı | Toplam” opens the next (`HeaderBlock.lowerRowAcrossPageBreak`).
@Suite struct HeaderAcrossPageBreakTests {
    static func words(_ cells: [(String, Double)], y: Double, size: Double = 8) -> [Word] {
        WordBoxes.cells(cells.map { ($0.0, $0.1, 0) }, y: y, size: size)
    }
    static func band(page: Int, _ cells: [(String, Double)], y: Double, separatedBy: RowSeparation) -> RowBand {
        RowBand(page: page, lines: LineGrouping.lines(from: words(cells, y: y)), separatedBy: separatedBy)
    }

    static let upper = band(page: 21, [("Faaliyetler", 60), ("Kaynak İhtiyacı 2024 (TL)", 330)], y: 780, separatedBy: .ruling)
    static let lower = band(page: 22, [("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 470)], y: 50, separatedBy: .pageStart)
    static let firstActivity = band(page: 22, [("F1 Durakların bakımı.", 40), ("4.900.000", 300), ("0", 400), ("4.900.000", 470)],
                                    y: 64, separatedBy: .ruling)

    @Test func theLowerRowOnTheNextPageJoinsTheHeader() {
        let bands = [Self.upper, Self.lower, Self.firstActivity]
        let (header, covered) = HeaderBlock.header(in: bands[...], at: 0, lowerBound: 0)
        #expect(covered == 0..<2)
        #expect(header.page == 21)
        let titles = header.headerColumns.map(\.title)
        #expect(titles.contains("Bütçe Dışı") && titles.contains("Toplam"), "\(titles)")
        // Set right under the upper row, as the page would have printed it.
        #expect(header.lines.last.map { $0.box.y0 >= Self.upper.box.y1 - 0.01 } == true)
    }

    /// A body row opening the next page is no header row, nor a header row two pages on.
    @Test func aBodyRowOnTheNextPageIsNoLowerRow() {
        #expect(HeaderBlock.lowerRowAcrossPageBreak(Self.firstActivity, under: Self.upper) == nil)
        var later = Self.lower
        later.page = 23
        #expect(HeaderBlock.lowerRowAcrossPageBreak(later, under: Self.upper) == nil)
        let (_, covered) = HeaderBlock.header(in: [Self.upper, Self.firstActivity][...], at: 0, lowerBound: 0)
        #expect(covered == 0..<1)
    }
}
