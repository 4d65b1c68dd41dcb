import PageLayout
import TableGeometry
import Testing

/// Column boundaries fall in the white space the data leaves between columns.
@Suite struct ColumnBoundariesTests {
    typealias W = WordFixture

    /// Balıkesir p. 37: left-aligned names run to x = 375.6, well past the midpoint between
    /// the "Faaliyetler" and "Bütçe" headers; the right-aligned amounts start at 396.6. The
    /// boundary goes between the two, so neither the name is split nor an amount joins it.
    @Test func rightAlignedNumbersBesideLeftAlignedText() {
        let table = GeometryChain(header: BalikesirActivityTable.header, body: BalikesirActivityTable.body)
        let nameEnd = BalikesirActivityTable.body.filter { $0.text == "Mavi" }.map(\.box.x1).max() ?? 0
        let amountStart = BalikesirActivityTable.body.filter { $0.text.first?.isNumber == true && $0.box.x0 > 380 }.map(\.box.x0).min() ?? 0
        #expect(nameEnd == 375.55 && amountStart == 396.59)
        #expect(table.boundaries.count == 3)
        #expect(table.boundaries[0] > nameEnd && table.boundaries[0] < amountStart, "boundaries \(table.boundaries)")
        for row in table.rows {
            #expect(row.cells[0].words.allSatisfy { $0.text.first?.isNumber != true || $0.box.x1 < 360 }, "\(row.cells[0].text)")
            #expect(row.cells[1].words.count == 1, "\(row.cells[1].text)")
        }
    }

    /// Kayseri p. 36: an indicator row with no 2022 actual prints "-" (or "0") right-aligned
    /// under the 2022 column, past the right edge of "Gerçekleşen" and nearer the midpoint
    /// between the two header centres than anything else. It stays in its own column.
    @Test(arguments: [("-", 402.38), ("0", 400.49)])
    func narrowMarkAtRightEdgeOfItsColumn(mark: String, x0: Double) {
        let header = [
            W.word("2022", 360.60, 72.54, 379.51, 80.52), W.word("2023", 425.79, 72.54, 444.70, 80.52),
            W.word("Performans", 144.46, 77.56, 191.70, 85.54), W.word("Göstergeleri", 194.06, 77.56, 244.13, 85.54),
            W.word("2024", 477.98, 77.56, 496.89, 85.54), W.word("Hedef", 499.25, 77.56, 522.87, 85.54),
            W.word("Gerçekleşen", 344.78, 82.57, 395.34, 90.55), W.word("Tahmin", 420.13, 82.57, 450.35, 90.55),
        ]
        let body = [
            W.word("İfraz-Tevhid-İhdas", 120.66, 97.60, 189.16, 105.58), W.word("(Birikimi", 191.52, 97.60, 221.73, 105.58),
            W.word("toplam", 224.10, 97.60, 249.61, 105.58), W.word("İfraz-Tevhid-İhdas", 251.97, 97.60, 320.47, 105.58),
            W.word(mark, x0, 102.62, 405.22, 110.60),
            W.word("300.000", 428.54, 102.62, 459.27, 110.60), W.word("600.000", 504.86, 102.62, 535.58, 110.60),
            W.word("yapılacak", 120.66, 107.63, 156.57, 115.61), W.word("alan", 158.93, 107.63, 175.00, 115.61),
            W.word("(m", 177.36, 107.63, 187.27, 115.61), W.word("²))", 189.64, 107.63, 198.13, 115.61),
        ]
        let table = GeometryChain(header: header, body: body)
        #expect(table.columns.map(\.title) == ["Performans Göstergeleri", "2022 Gerçekleşen", "2023 Tahmin", "2024 Hedef"])
        #expect(table.texts == [[
            "İfraz-Tevhid-İhdas (Birikimi toplam İfraz-Tevhid-İhdas yapılacak alan (m ²))", mark, "300.000", "600.000",
        ]], "boundaries \(table.boundaries)")
    }

    /// Balıkesir p. 37: a lone "0" ends at 402.5 under "05 Cari Transferler" (header to
    /// 402.0) with "06 Sermaye Giderleri" from 412.1; another at 465.8 under the 06 column
    /// (header to 464.2). Each stays in its own column; the names and units stay whole.
    @Test func narrowZeroInAWrappedCostTable() {
        let table = GeometryChain(header: BalikesirCostTable.header, body: BalikesirCostTable.body)
        #expect(table.columns.count == 6)
        #expect(table.texts == [
            [
                "F1 Balıkesir Büyükşehir Belediyesine tahsisli kıyı alanlarında bulunan 5 adet Mavi Bayraklı "
                    + "Plaj sayısının 15 adete çıkarmak ve Mavi Bayrak çalışmalarını koordine etmek.",
                "İklim Değişikliği ve Sıfır Atık Dairesi Başkanlığı", "800.000", "0", "0", "800.000",
            ],
            [
                "F2 Deniz yüzey temizliğinin sağlanması için deniz temizlik çalışmalarının yürütülmesi.",
                "İklim Değişikliği ve Sıfır Atık Dairesi Başkanlığı", "800.000", "0", "0", "800.000",
            ],
        ], "boundaries \(table.boundaries)")
    }

    /// A word goes to the column its centre lies in, even when it crosses the boundary.
    @Test func columnIndexByCentre() {
        let boundaries = [100.0, 200.0]
        #expect(ColumnBoundaries.columnIndex(of: Rect(x0: 10, y0: 0, x1: 50, y1: 8), boundaries: boundaries) == 0)
        #expect(ColumnBoundaries.columnIndex(of: Rect(x0: 90, y0: 0, x1: 130, y1: 8), boundaries: boundaries) == 1)
        #expect(ColumnBoundaries.columnIndex(of: Rect(x0: 60, y0: 0, x1: 120, y1: 8), boundaries: boundaries) == 0)
        #expect(ColumnBoundaries.columnIndex(of: Rect(x0: 250, y0: 0, x1: 260, y1: 8), boundaries: boundaries) == 2)
    }

    /// One column has no boundaries; every word is in it.
    @Test func singleColumnHasNoBoundaries() {
        let column = Column(x0: 100, x1: 200, title: "Faaliyet Adı")
        #expect(ColumnBoundaries.boundaries(columns: [column], dataWords: W.phrase("İmar uygulaması", x: 100, y: 10)).isEmpty)
        #expect(ColumnBoundaries.columnIndex(of: Rect(x0: 500, y0: 0, x1: 510, y1: 8), boundaries: []) == 0)
    }
}
