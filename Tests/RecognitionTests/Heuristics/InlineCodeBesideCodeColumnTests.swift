import PageLayout
import TableGeometry
import Testing
@testable import Recognition

/// A table with a code column where one row leaves it empty and prints its code inline, at
/// the front of its name (a spreadsheet row typed into the wrong cell): the code is the
/// row's, and the name is read without it (`TableSection.key`).
@Suite struct InlineCodeBesideCodeColumnTests {
    static func line(_ cells: [(String, Double)], y: Double) -> [Word] {
        UnreadAndRefusalTests.line(cells, y: y)
    }

    @Test func anInlineCodeInTheNameCellIsTheRowsCode() throws {
        let header = WordBoxes.band(page: 1, Self.line([("No", 40), ("Faaliyetler", 80), ("Bütçe", 300), ("Toplam", 400)], y: 100))
        let rows = [
            Self.line([("F1", 40), ("Park yapımı", 80), ("1.000.000", 300), ("1.000.000", 400)], y: 120),
            Self.line([("F2 Yol bakımı", 80), ("2.000.000", 300), ("2.000.000", 400)], y: 140),
            Self.line([("F3", 40), ("2 adet araç alımı", 80), ("3.000.000", 300), ("3.000.000", 400)], y: 160),
        ].map { WordBoxes.band(page: 1, $0) }
        let section = TableSection.build(header: header, data: rows, isRepeatedHeader: { _ in false })
        let code = try #require(section.codeColumn)
        let name = try #require(section.columns.firstIndex { $0.title == "Faaliyetler" })
        let keys = section.rows.enumerated().map { k, row in section.key(of: row, name: name, code: code, next: k + 1) }
        #expect(keys.map(\.code) == ["F1", "F2", "F3"])
        #expect(keys.map(\.text) == ["Park yapımı", "Yol bakımı", "2 adet araç alımı"])
    }
}
