import PageLayout
import TableGeometry
import Testing

/// Reading columns from header rows: stacked phrases form one column; a phrase over two or
/// more columns of one line names their group.
@Suite struct HeaderColumnsTests {
    typealias W = WordFixture

    func columns(_ header: [Word]) -> [Column] {
        HeaderColumns.columns(headerLines: LineGrouping.lines(from: header))
    }

    /// "Kaynak İhtiyacı 2024 (TL)" printed wide enough to stand over Bütçe, Bütçe Dışı and Toplam.
    @Test func spanningHeaderOverThreeColumns() {
        let header = W.phrase("Faaliyetler", x: 170, y: 136)
            + W.phrase("Kaynak İhtiyacı 2024 (TL)", x: 370, y: 130)
            + W.phrase("Bütçe", x: 360, y: 142) + W.phrase("Bütçe Dışı", x: 400, y: 142)
            + W.phrase("Toplam", x: 460, y: 142)
        let found = columns(header)
        #expect(found.map(\.title) == ["Faaliyetler", "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(found.map(\.group) == [nil, "Kaynak İhtiyacı 2024 (TL)", "Kaynak İhtiyacı 2024 (TL)", "Kaynak İhtiyacı 2024 (TL)"])
        // Each column keeps its own header's extent, not the spanning phrase's.
        #expect(found[1].x0 == 360 && found[1].x1 == 360 + 5 * W.charWidth)
    }

    /// Balıkesir p. 37: the same header with "Bütçe Dışı" set on two lines.
    @Test func spanningHeaderOverTwoLineColumnTitle() throws {
        let found = columns(BalikesirActivityTable.header)
        let group = "Kaynak İhtiyacı 2024 (TL)"
        try #require(found.count == 4)
        #expect(found[0].title == "Faaliyetler" && found[0].group == nil)
        #expect(found[1].title == "Bütçe" && found[3].title == "Toplam")
        // Every amount column is in the spanning header's group.
        #expect(found.dropFirst().allSatisfy { ($0.group ?? "").hasSuffix(group) })
        // "Bütçe" (25.1 pt) over "Dışı" (16.5 pt) is more than groupWidthRatio (1.5) times
        // wider, so the wrapped title is read as a group "Bütçe" over a column "Dışı".
        #expect(found.map(\.title) == ["Faaliyetler", "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(found.map(\.group) == [nil, group, group, group])
    }

    /// Balıkesir p. 37: "Ekonomik Kod 2024 (TL)" over the 05 and 06 columns (the 03 column
    /// lies left of the printed phrase); the other columns stack their three lines.
    @Test func economicCodeSpanningHeader() {
        let found = columns(BalikesirCostTable.header)
        #expect(found.map(\.title) == [
            "Faaliyet Adı", "Sorumlu Harcama Birimi", "03 Mal ve Hizmet Alım Giderleri",
            "05 Cari Transferler", "06 Sermaye Giderleri", "Toplam Kaynak İhtiyacı",
        ])
        #expect(found.map(\.group) == [nil, nil, nil, "Ekonomik Kod 2024 (TL)", "Ekonomik Kod 2024 (TL)", nil])
    }

    /// Kayseri p. 36: "Kaynak İhtiyacı 2024" is centred over Bütçe Dışı and reaches neither
    /// Bütçe nor Toplam. Being much wider than the column title under it, it names the
    /// group and does not widen the column.
    @Test func groupHeaderOverOneColumn() {
        let header = [
            W.word("Kaynak", 393.66, 140.65, 423.90, 148.63), W.word("İhtiyacı", 426.26, 140.65, 455.55, 148.63),
            W.word("2024", 457.91, 140.65, 476.82, 148.63),
            W.word("Faaliyetler", 173.27, 148.16, 215.32, 156.14),
            W.word("Bütçe", 358.25, 156.66, 381.87, 164.64),
            W.word("Bütçe", 414.46, 156.66, 438.07, 164.64), W.word("Dışı", 440.44, 156.66, 456.02, 164.64),
            W.word("Toplam", 485.31, 156.66, 515.54, 164.64),
        ]
        let found = columns(header)
        #expect(found.map(\.title) == ["Faaliyetler", "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(found.map(\.group) == [nil, nil, "Kaynak İhtiyacı 2024", nil])
        #expect(found[2].x0 == 414.46 && found[2].x1 == 456.02)
    }

    /// A title wrapped onto two lines of similar width is one column, not a group.
    @Test func stackedTitleIsOneColumn() {
        let header = W.phrase("2022", x: 380, y: 100) + W.phrase("Gerçekleşen", x: 370, y: 110)
            + W.phrase("2023", x: 460, y: 100) + W.phrase("Tahmin", x: 456, y: 110)
        let found = columns(header)
        #expect(found.map(\.title) == ["2022 Gerçekleşen", "2023 Tahmin"])
        #expect(found.map(\.group) == [nil, nil])
    }
}
