import PageLayout
import TableGeometry
import Testing

/// Text that wraps inside its cell stays one cell of one row.
@Suite struct WrappedCellTests {
    typealias W = WordFixture

    @Test func wrappedCellTwoLines() {
        let header = W.phrase("Faaliyetler", x: 150, y: 100) + W.phrase("Bütçe", x: 380, y: 100)
        // The amount is centred between the two lines of its activity's name.
        let body = W.phrase("Kentsel dönüşüm alanlarında altyapı", x: 60, y: 120)
            + W.phrase("çalışmaları yapmak.", x: 60, y: 130)
            + W.rightAligned("5.500.000,00", right: 405, y: 125)
            + W.phrase("İmar uygulaması yapmak.", x: 60, y: 150)
            + W.rightAligned("1.101.000,00", right: 405, y: 150)
        let table = GeometryChain(header: header, body: body)
        #expect(table.columns.map(\.title) == ["Faaliyetler", "Bütçe"])
        #expect(table.texts == [
            ["Kentsel dönüşüm alanlarında altyapı çalışmaları yapmak.", "5.500.000,00"],
            ["İmar uygulaması yapmak.", "1.101.000,00"],
        ])
    }

    /// Balıkesir p. 37: F1's name runs over three lines (its first line reaching almost to
    /// the Bütçe column), F2's over two with the amounts between them.
    @Test func wrappedCellThreeLines() {
        let table = GeometryChain(header: BalikesirActivityTable.header, body: BalikesirActivityTable.body)
        #expect(table.rows.count == 3, "rows: \(table.texts)")
        #expect(table.texts.first == [
            "F1 Balıkesir Büyükşehir Belediyesine tahsisli kıyı alanlarında bulunan 5 adet Mavi "
                + "Bayraklı Plaj sayısının 15 adete çıkarmak ve Mavi Bayrak çalışmalarını koordine etmek.",
            "800.000", "0", "800.000",
        ])
        #expect(table.texts.dropFirst().first == [
            "F2 Deniz yüzey temizliğinin sağlanması için deniz temizlik çalışmalarının yürütülmesi.",
            "800.000", "0", "800.000",
        ])
        #expect(table.texts.last == ["Genel Toplam", "1.600.000", "0", "1.600.000"])
    }

    /// A line ending in a hyphen between letters continues the same word ("İfraz-Tevhid-"
    /// / "İhdas"): the lines join without a space, the hyphen kept as printed.
    @Test func hyphenAtLineEndJoinsWithoutSpace() {
        let cell = Cell(words: W.phrase("İfraz-Tevhid-", x: 120, y: 200) + W.phrase("İhdas yapılacak alan", x: 120, y: 210))
        #expect(cell.lines.count == 2)
        #expect(cell.text == "İfraz-Tevhid-İhdas yapılacak alan")
    }

    /// A hyphen after a number is a range or a dash, not a broken word: the space stays.
    @Test func hyphenAfterNumberKeepsTheSpace() {
        let cell = Cell(words: W.phrase("2022-", x: 120, y: 200) + W.phrase("2023 dönemi", x: 120, y: 210))
        #expect(cell.text == "2022- 2023 dönemi")
    }

    /// Words given out of order read line by line, left to right.
    @Test func cellReadsInLineOrder() {
        let words = W.phrase("İmar ve Şehircilik", x: 200, y: 300) + W.phrase("Daire Başkanlığı", x: 200, y: 309)
        let cell = Cell(words: words.reversed())
        #expect(cell.text == "İmar ve Şehircilik Daire Başkanlığı")
        #expect(Cell(words: []).text == "")
        #expect(Cell(words: []).isEmpty)
    }
}
