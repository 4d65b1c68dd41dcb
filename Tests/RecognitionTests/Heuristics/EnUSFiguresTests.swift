import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

private func band(_ cs: [(String, Double, Int)], y: Double) -> RowBand { WordBoxes.band(page: 6, WordBoxes.cells(cs, y: y)) }

/// Figures written the en-US way (“1,234,567.89”, a spreadsheet set to English): read so where the
/// whole table writes them so (`FigureNotation`); a table writing both notations, or values that
/// cannot be told (“77,572”), is read the Turkish way and says so.
@Suite struct EnUSFiguresTests {
    @Test func enUSFigures() {
        #expect(TurkishNumber.enUSAmount("1,234,567.89") == Amount(kurus: 123_456_789))
        #expect(TurkishNumber.enUSAmount("1,234,567") == Amount(kurus: 123_456_700))
        #expect(TurkishNumber.enUSAmount("800,000") == Amount(kurus: 80_000_000))
        #expect(TurkishNumber.enUSAmount("12.5") == Amount(kurus: 1_250) && TurkishNumber.enUSAmount("500") == Amount(kurus: 50_000))
        for text in ["1,23", "12,5", "1.234.567", "1,2345", ",123"] { #expect(TurkishNumber.enUSAmount(text) == nil, "\(text)") }
        #expect(TurkishNumber.enUSValue("77,572") == "77572" && TurkishNumber.enUSValue("1.234") == "1.234")
        // Which notation a figure alone can only be read in.
        #expect(TurkishNumber.notation(of: "1,234,567")! == (.enUS, true) && TurkishNumber.notation(of: "1,234.5")! == (.enUS, true))
        #expect(TurkishNumber.notation(of: "1,234")! == (.enUS, false))
        #expect(TurkishNumber.notation(of: "1.234.567")! == (.turkish, true) && TurkishNumber.notation(of: "12,50")! == (.turkish, true))
        #expect(TurkishNumber.notation(of: "12.5") == nil && TurkishNumber.notation(of: "500") == nil)
    }

    static let header = band([("Faaliyetler", 40, 0), ("Bütçe", 300, 0), ("Bütçe Dışı", 380, 0), ("Toplam", 460, 0)], y: 100)

    static func section(_ rows: [[String]]) -> TableSection {
        let data = rows.enumerated().map { k, amounts in
            band([("\(k + 1) Yol yapımı", 40, 0)] + zip(amounts, [300.0, 380, 460]).map { ($0, $1, 0) }, y: 130 + Double(k) * 20)
        }
        return TableSection.build(header: header, data: data, isRepeatedHeader: { _ in false })
    }

    /// A header whose rows were never printed (left at a page's foot) is reported on its own
    /// page, not on page 0.
    @Test func aHeaderWithoutRowsIsReportedOnItsPage() {
        let section = TableSection.build(header: Self.header, data: [], isRepeatedHeader: { _ in false })
        #expect(section.page == 6)
        let notes = section.unknownColumns(understood: [0], table: "activity table")
        #expect(!notes.isEmpty && notes.allSatisfy { $0.hasPrefix("page 6:") }, "\(notes)")
    }

    /// A table writing every amount the en-US way reads them so (before, they read as no amount).
    @Test func aTableWrittenEnUSIsReadSo() {
        let section = Self.section([["1,250,000.00", "0.00", "1,250,000.00"], ["800,000.00", "50,000.00", "850,000.00"]])
        #expect(section.rows.map { $0.amount(1) } == [Amount(kurus: 125_000_000), Amount(kurus: 80_000_000)])
        #expect(section.rows.map { $0.amount(3) } == [Amount(kurus: 125_000_000), Amount(kurus: 85_000_000)])
        #expect(section.notationNote(table: "activity table") == nil)
        // Whole lira: “800,000” is no Turkish amount, so the table's amounts are en-US too.
        let whole = Self.section([["800,000", "0", "800,000"]])
        #expect(whole.rows[0].amount(1) == Amount(kurus: 80_000_000))
    }

    /// Both notations in one table: the Turkish way, the en-US figures no amount, and said.
    @Test func bothNotationsAreStated() {
        let section = Self.section([["1,250,000.00", "0", "1,250,000.00"], ["800.000,00", "0", "800.000,00"]])
        #expect(section.rows[0].amount(1) == nil && section.rows[1].amount(1) == Amount(kurus: 80_000_000))
        let note = section.notationNote(table: "activity table")
        #expect(note?.hasPrefix("page 6: activity table writes figures both the en-US way ('1,250,000.00')") == true, "\(note ?? "")")
        // A Turkish table stays as it was, silently.
        let turkish = Self.section([["1.250.000,00", "0", "1.250.000,00"]])
        #expect(turkish.rows[0].amount(1) == Amount(kurus: 125_000_000) && turkish.notationNote(table: "activity table") == nil)
    }

    /// Values (an indicator's) are read en-US only where a figure holds two marks: “77,572” alone is
    /// 77,572 the Turkish way too, read so and said.
    @Test func valuesNeedAFigureOnlyEnUSWrites() {
        let strong = Self.section([["1,250,000", "77,572", "12.5"]])
        #expect(strong.notation.enUSValues && strong.notationNote(table: "indicator table", values: true) == nil)
        let weak = Self.section([["77,572", "13,166", "500"]])
        #expect(!weak.notation.enUSValues)
        #expect(weak.notationNote(table: "indicator table", values: true)?.contains("read the Turkish way") == true)
        #expect(IndicatorRows.value("77,572", IndicatorRows.ValueColumn(index: 1, year: 2024, kind: .target), enUS: true).value == "77572")
    }
}
