import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// TableKind.of and DocumentRows: a table's title line, told from a contents line that
/// names the same table.
@Suite struct TableTitleTests {
    typealias T = TitleLines

    static func kind(_ words: [Word]) -> TableKind? {
        let lines = LineGrouping.lines(from: words)
        guard lines.count == 1 else { return nil }
        return TableKind.of(lines[0])
    }

    @Test func titles() {
        #expect(Self.kind(T.kayseriGoalTitle) == .goal)
        #expect(Self.kind(T.kayseriCostTitle) == .cost)
        #expect(Self.kind(T.balikesirCostTitle) == .cost)
        // With a section number (Kayseri 2024 pp.116, 128).
        #expect(Self.kind(T.kayseriAdministrationTitle) == .administrationSummary)
        #expect(Self.kind(T.kayseriResourceTitle) == .resourceSummary)
    }

    /// Kayseri 2024 p.2: the same titles in the table of contents, with leader dots and a
    /// page number, or a page number alone.
    @Test func contentsLinesAreNotTitles() {
        #expect(Self.kind(T.kayseriContentsLeaders) == nil)
        #expect(Self.kind(T.kayseriContentsPageNumber) == nil)
        // The leaders alone are enough.
        #expect(Self.kind(T.kayseriContentsLeaders.filter { $0.text != "110" }) == nil)
    }

    /// A workbook's sheet printed with its title after the program's name and a dash (the blind
    /// tests' T07): the title is what follows the dash; the flat lists' captions name no table.
    @Test func titleAfterTheProgramsName() {
        func kind(_ text: String) -> TableKind? { TableKind.of(TextLine(words: DocumentNameTests.line(text, y: 100))) }
        #expect(kind("Kayseri Büyükşehir Belediyesi 2024 Yılı Performans Programı – İdare Performans Tablosu") == .administrationSummary)
        #expect(kind("Kayseri Büyükşehir Belediyesi 2024 Yılı Performans Programı – Faaliyetler ve Kaynak İhtiyacı") == nil)
        #expect(kind("Kayseri Büyükşehir Belediyesi 2024 Yılı Performans Programı – Performans Hedefleri") == nil)
        // Words before the dash that name no program: a sentence, however it ends.
        #expect(kind("Belediyemizin tüm birimlerinin bütçeleri – İdare Performans Tablosu") == nil)
    }

    @Test func otherLinesAreNotTitles() {
        #expect(Self.kind(T.kayseriAdministrationLine) == nil)
        #expect(Self.kind(T.kayseriSummaryParagraph) == nil)
    }

    /// Kayseri 2024 p.116: the section title and the paragraph under it.
    @Test func titleRowOfAPage() throws {
        let page = WordBoxes.page(116, T.kayseriAdministrationTitle + T.kayseriSummaryParagraph)
        let rows = DocumentRows.rows([page])
        try #require(rows.count == 2)
        #expect(DocumentRows.title(rows[0]) == .administrationSummary)
        #expect(DocumentRows.title(rows[1]) == nil)
    }

    /// Composed from Kayseri 2024 p.106: "İdare Adı: …" moved up against the title above it,
    /// so that the row segmenter puts both in one row; the title is cut out onto a row of
    /// its own.
    @Test func titleIsCutOutOfTheRowItShares() throws {
        let under = WordBoxes.moved(T.kayseriAdministrationLine, dy: 171.0 - 179.62)
        let page = WordBoxes.page(106, T.kayseriCostTitle + under)
        #expect(RowSegmenter.rows(of: page).count == 1)
        let rows = DocumentRows.rows([page])
        try #require(rows.count == 2)
        #expect(DocumentRows.title(rows[0]) == .cost)
        #expect(rows[1].text == "İdare Adı: KAYSERİ BÜYÜKŞEHİR BELEDİYESİ")
        #expect(DocumentRows.title(rows[1]) == nil)
    }
}
