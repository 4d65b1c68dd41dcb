import PageLayout
import TableGeometry
import Testing

/// Rows that do not follow their table's columns are cut at their own white space.
@Suite struct RowRiversTests {
    typealias W = WordFixture

    @Test func wordSpacesJoinAndRiversSplit() {
        // "05 Cari" is one block (an ordinary word space); the 6 pt gap after it is a river
        // (more than half the 8 pt font size).
        let words = W.phrase("05 Cari", x: 100, y: 10) + W.phrase("0", x: 100 + 7 * W.charWidth + W.wordSpace + 6, y: 10)
        let blocks = RowRivers.blocks(of: words)
        #expect(blocks.count == 2)
        #expect(RowRivers.boundaries(of: words, columnCount: 2)?.count == 1)
        #expect(RowRivers.boundaries(of: words, columnCount: 3) == nil)
    }

    @Test func crossingIsStrict() {
        let word = W.word("12.000.000", 401.6, 10, 446.3, 18)
        #expect(RowRivers.crossesBoundary([word], [407.3]))
        #expect(!RowRivers.crossesBoundary([word], [401.6, 446.3]))
    }

    /// Balıkesir p. 76: F4 and F5 are laid out wider than the table. Cut at the table's
    /// boundaries their units land in the 03 column and their 03 amounts in the 06 one;
    /// cut at their own rivers (shared with the Genel Toplam row below them, which has no
    /// unit and alone would give one block too few) every cell is where it belongs.
    @Test func rowsLaidOutWiderAreCutAtTheirOwnRivers() {
        let table = GeometryChain(header: BalikesirWideRows.header, body: BalikesirWideRows.body, rulings: BalikesirWideRows.rulings)
        #expect(table.columns.count == 6)
        let texts = table.texts
        #expect(texts.count == 4, "\(texts)")
        guard texts.count == 4 else { return }
        let unit = "İlçe Hizmetleri 1. Bölge Dairesi Başkanlığı"
        #expect(texts[0][1] == unit && texts[0][2] == "20.800.000", "F3 \(texts[0])")
        #expect(table.rows[0].ownBoundaries == nil, "F3 follows the table's columns")
        #expect(texts[1] == ["F4 Belediye erişim ve hizmet sunum gayretlerinin e-Devlet üzerinden yürütülebilmesi için gereken çalışmaları yapmak,",
                             unit, "12.000.000", "0", "0", "12.000.000"])
        #expect(Array(texts[2].dropFirst()) == [unit, "71.400.000", "0", "0", "71.400.000"], "F5 \(texts[2])")
        #expect(texts[3] == ["Genel Toplam", "", "195.000.000", "0", "0", "195.000.000"])
        #expect(table.rows[1...3].allSatisfy { $0.ownBoundaries != nil })
        #expect(!table.rows.contains { $0.isRunningText })
    }

    /// Balıkesir p. 88: an explanation opening the page is one paragraph across the
    /// columns — running text, not cells to refit — while the Genel Toplam row is cells.
    @Test func explanationAcrossTheColumnsIsRunningText() {
        let bands = RowSegmenter.rows(lines: W.lines(BalikesirExplanationAtPageStart.body),
                                      rulings: BalikesirExplanationAtPageStart.rulings, page: 88)
        // The boundaries the rest of that page's cost table gives.
        let rows = CellSplitter.split(bands, boundaries: [216.0, 272.6, 350.0, 407.3, 474.2])
        #expect(rows.count == 2)
        guard rows.count == 2 else { return }
        #expect(rows[0].isRunningText)
        #expect(rows[0].ownBoundaries == nil)
        #expect(!rows[1].isRunningText)
        #expect(rows[1].text(0) == "Genel Toplam" && rows[1].text(2) == "129.000.000")
    }
}
