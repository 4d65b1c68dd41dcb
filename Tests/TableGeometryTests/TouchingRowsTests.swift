import PageLayout
import TableGeometry
import Testing

/// Rows set without rules and without cell padding touch: the cells' text tells where a row
/// starts (`TouchingRows`), and a shaded header row ends where its shading does.
@Suite struct TouchingRowsTests {
    typealias W = WordFixture

    func rows(_ words: [Word], rulings: [Ruling] = [], shades: [ShadedBox] = []) -> [RowBand] {
        RowSegmenter.rows(lines: W.lines(words), rulings: rulings, shades: shades, page: 2)
    }

    /// Chromium's tight cells (Fixtures/chromium merged-costs …-tight, p. 2), cells at the top of
    /// their rows, every line one leading (9 pt) under the last: F1's unit ends a line before its
    /// name does, so the unit column resumes on F2's first line; Genel Toplam's figures resume
    /// under F2's, after F2's unit's last line.
    static let touching: [Word] =
        W.phrase("F1 Balıkesir Büyükşehir Belediyesine", x: 47, y: 198) + W.phrase("İklim Değişikliği", x: 264, y: 198)
        + W.rightAligned("800.000", right: 380, y: 198) + W.rightAligned("800.000", right: 440, y: 198)
        + W.phrase("alanlarında bulunan 5 adet Mavi Bayraklı", x: 47, y: 207) + W.phrase("Sıfır Atık Dairesi", x: 264, y: 207)
        + W.phrase("adete çıkarmak ve koordine", x: 47, y: 216) + W.phrase("Başkanlığı", x: 264, y: 216)
        + W.phrase("etmek.", x: 47, y: 225)
        + W.phrase("F2 Deniz yüzey temizliğinin sağlanması", x: 47, y: 234) + W.phrase("İklim Değişikliği", x: 264, y: 234)
        + W.rightAligned("800.000", right: 380, y: 234) + W.rightAligned("800.000", right: 440, y: 234)
        + W.phrase("çalışmalarının yürütülmesi.", x: 47, y: 243) + W.phrase("Sıfır Atık Dairesi", x: 264, y: 243)
        + W.phrase("Başkanlığı", x: 264, y: 252)
        + W.phrase("Genel Toplam", x: 47, y: 261) + W.rightAligned("1.600.000", right: 380, y: 261)
        + W.rightAligned("1.600.000", right: 440, y: 261)

    @Test func aColumnResumingOnALineThatStartsAtTheLeftEdgeStartsARow() {
        let found = rows(Self.touching)
        #expect(found.map { $0.lines.count } == [4, 3, 1])
        #expect(found.map(\.separatedBy) == [.pageStart, .content, .content])
        #expect(found[1].text.hasPrefix("F2 Deniz"))
    }

    /// One-line rows: no column is ever blank, but a figure under a figure is the next row's.
    @Test func aFigureUnderAFigureStartsARow() {
        let words = W.phrase("PG1.4.1 İmar Planına Göre Kamulaştırılan Alan", x: 47, y: 707) + W.phrase("m²", x: 360, y: 707)
            + W.rightAligned("90.000", right: 548, y: 707)
            + W.phrase("PG1.4.2 Plansız Alanda Kamulaştırılan Alan", x: 47, y: 716) + W.phrase("m²", x: 360, y: 716)
            + W.rightAligned("90.000", right: 548, y: 716)
        #expect(rows(words).map(\.text) == ["PG1.4.1 İmar Planına Göre Kamulaştırılan Alan m² 90.000",
                                            "PG1.4.2 Plansız Alanda Kamulaştırılan Alan m² 90.000"])
    }

    /// A header whose group row stands a line above the column titles: the titles' line starts
    /// at the left edge and a column "resumes" under the group, but the band's first line (the
    /// group row) does not start in the first column, so these are not rows set at the top.
    @Test func aGroupRowOverItsTitlesStaysOneHeader() {
        let words = W.phrase("Ekonomik Kod 2024 (TL)", x: 300, y: 100) + W.phrase("Sorumlu", x: 200, y: 100)
            + W.phrase("Faaliyet Adı", x: 47, y: 118) + W.phrase("Harcama", x: 200, y: 109) + W.phrase("03 Mal ve", x: 300, y: 118)
            + W.phrase("05 Cari", x: 360, y: 118) + W.phrase("Birimi", x: 200, y: 118)
        #expect(rows(words).count == 1)
    }

    /// Cells set at the bottom (or middle) of their rows: the next unit starts under a name line
    /// that is full (its next word did not fit), so the line does not start a row.
    @Test func aColumnResumingBesideAFullWrappedLineDoesNotStartARow() {
        // The name column wraps at 165 pt: "Bayraklı" does not fit after "Mavi" (ends at 206).
        let words = W.phrase("F1 Balıkesir Büyükşehir Belediyesine", x: 47, y: 198) + W.phrase("İklim", x: 216, y: 198)
            + W.phrase("kıyı alanlarında bulunan beş adet Mavi", x: 47, y: 207)
            + W.phrase("Bayraklı plajların sayısının artırılması", x: 47, y: 216) + W.phrase("Dairesi", x: 216, y: 216)
        #expect(rows(words).count == 1)
    }

    /// The same touching rows under a rule (a table ruled over its header only): rules are
    /// evidence of rows, not the only one; between them the text parts the rows as it does unruled.
    @Test func rowsUnderARuleArePartedByTheirText() {
        #expect(rows(Self.touching, rulings: [W.rule(y: 40, from: 45, to: 550)]).map { $0.lines.count } == [4, 3, 1])
    }

    /// A shaded header over touching rows ends where its shading does; two header rows shaded
    /// one by one meet without a visible edge and stay one header.
    @Test func aHeaderEndsWhereItsShadingDoes() {
        let header = W.phrase("Faaliyetler", x: 120, y: 170) + W.phrase("Sorumlu Harcama", x: 264, y: 170)
            + W.phrase("Bütçe", x: 360, y: 179) + W.phrase("Birimi", x: 280, y: 179) + W.phrase("Toplam", x: 410, y: 179)
        let body = W.phrase("F1 Balıkesir Büyükşehir Belediyesine", x: 47, y: 188) + W.phrase("İklim Değişikliği", x: 264, y: 188)
            + W.rightAligned("800.000", right: 380, y: 188) + W.rightAligned("800.000", right: 440, y: 188)
        let shades = [ShadedBox(box: Rect(x0: 45, y0: 169.5, x1: 450, y1: 178.5), grey: 0.9),
                      ShadedBox(box: Rect(x0: 45, y0: 178.5, x1: 450, y1: 187.5), grey: 0.9)]
        let found = rows(header + body, shades: shades)
        #expect(found.map { $0.lines.count } == [2, 1])
        #expect(found.last?.text.hasPrefix("F1") == true)
        // Unshaded, the header's last line and the first row touch: one band.
        #expect(rows(header + body).count == 1)
    }
}
