import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// CostTableReader.isHeader: the header of a cost table per activity whose narrow first column
/// wraps “Ekonomik” over “Kod” (the other cells printed sideways), as the matrix variant
/// `kayseri b24 rules-short-11pt-vertical` prints it at the top of a page. Its lines alone
/// never hold “Ekonomik Kod”; its first column does.
@Suite struct CostHeaderTests {
    static func word(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, turned: Bool = false) -> Word {
        Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: 11, rotation: turned ? 270 : 0)
    }

    static let wrappedHeader: [Word] = [
        word("Ekonomik", 66.95, 99.29, 127.24, 112.09), word("Kod", 85.14, 112.27, 109.07, 125.07),
        word("Bütçe", 196.59, 122.29, 209.38, 157.72, turned: true), word("Ödeneği", 196.59, 66.88, 209.38, 118.46, turned: true),
        word("Döner", 284.67, 134.15, 297.46, 171.54, turned: true), word("Sermaye", 284.67, 76.04, 297.46, 130.32, turned: true),
        word("Yurt", 389.44, 124.06, 402.23, 150.52, turned: true), word("Dışı", 389.44, 97.03, 402.23, 120.23, turned: true),
        word("2024", 468.59, 121.71, 481.38, 152.29, turned: true), word("Toplam", 468.59, 72.33, 481.38, 117.88, turned: true),
    ]

    @Test func economicCodeWrappedInItsColumnIsAHeader() {
        let band = WordBoxes.band(page: 27, Self.wrappedHeader)
        #expect(!band.lines.contains { Lexicon.names(.economicCode, .columnHeader, Lexicon.fold($0.text), .within) })
        #expect(CostTableReader.isHeader(band))
        #expect(TableStart.kind([band], at: 0) == .cost)
    }

    /// In capitals, a group header on the first line beside “EKONOMİK” (as LibreOffice sets it):
    /// the band's text runs “EKONOMİK BÜTÇE DIŞI KAYNAK KOD …”, its first column still reads “EKONOMİK KOD”.
    @Test func economicCodeWrappedBesideAGroupIsAHeader() {
        let words = [Self.word("EKONOMİK", 50, 100, 100, 110), Self.word("BÜTÇE", 300, 100, 330, 110), Self.word("DIŞI", 334, 100, 352, 110),
                     Self.word("KAYNAK", 356, 100, 392, 110),
                     Self.word("KOD", 62, 112, 84, 122), Self.word("BÜTÇE", 160, 112, 190, 122), Self.word("ÖDENEĞİ", 194, 112, 236, 122),
                     Self.word("DÖNER", 270, 112, 302, 122), Self.word("SERMAYE", 306, 112, 350, 122),
                     Self.word("YURT", 380, 112, 404, 122), Self.word("DIŞI", 408, 112, 426, 122),
                     Self.word("TOPLAM", 470, 112, 508, 122)]
        let band = WordBoxes.band(page: 2, words)
        #expect(!Lexicon.names(.economicCode, .columnHeader, Lexicon.fold(band.text), .within))
        #expect(CostTableReader.isHeader(band))
    }

    /// The same words in different columns (“Ekonomik” over a name, “Kod” under another) name no code column.
    @Test func wordsOfTwoColumnsAreNoHeader() {
        let apart = [Self.word("Ekonomik", 66.95, 99.29, 127.24, 112.09), Self.word("Kalkınma", 196.59, 99.29, 250, 112.09),
                     Self.word("Birim", 66.95, 112.27, 95, 125.07), Self.word("Kod", 196.59, 112.27, 220, 125.07)]
        #expect(!CostTableReader.isHeader(WordBoxes.band(page: 27, apart)))
    }

    /// “Diğer Yurt İçi” wrapped in a narrow centred cell: its first line joined its group
    /// (“Diğer Yurt … Bütçe Dışı Kaynak”), “İçi” is left as the title. Read with the group it is
    /// the other domestic source; an unknown title under “Bütçe Dışı Kaynak” is no source, and
    /// never the budget.
    @Test func aSourceTitleSplitIntoItsGroupIsRead() {
        let split = Column(x0: 0, x1: 10, title: "İçi", group: "Diğer Yurt Bütçe Dışı Kaynak")
        #expect(CostTableReader.sourceColumn(split) == .source(.otherDomestic))
        let unknown = Column(x0: 0, x1: 10, title: "Bağış", group: "Bütçe Dışı Kaynak")
        #expect(CostTableReader.sourceColumn(unknown) == nil)
        let plain = Column(x0: 0, x1: 10, title: "Döner Sermaye", group: "Bütçe Dışı Kaynak")
        #expect(CostTableReader.sourceColumn(plain) == .source(.revolvingFund))
    }

    /// A column's own title decides before its group's words, and off-budget money in one column
    /// is no source of the contract's: stated not understood, never the budget.
    @Test func aTitleDecidesBeforeItsGroup() {
        let group = "Toplam Kaynak İhtiyacı (TL)"
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Bütçe Ödeneği", group: group)) == .source(.budget))
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Döner Sermaye", group: group)) == .source(.revolvingFund))
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Toplam", group: group)) == .total)
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Kaynak", group: "2024 Toplam")) == .total)
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Bütçe Dışı")) == nil)
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Bütçe Dışı Kaynak")) == nil)
        #expect(CostTableReader.sourceColumn(Column(x0: 0, x1: 10, title: "Bütçe")) == .source(.budget))
    }
}
