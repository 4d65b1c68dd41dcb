import PageLayout
@testable import TableGeometry
import Testing

/// Rows of unruled tables whose cells stand at the top, middle or bottom of their rows: a row is
/// where its anchor column (labels, codes, names) starts a new entry, and a cell's lines go
/// with the row whose other cells they align with (`RowAlignment`, `TouchingRows`).
@Suite struct RowAlignmentTests {
    typealias W = WordFixture

    func rows(_ words: [Word]) -> [String] {
        RowSegmenter.rows(lines: W.lines(words), rulings: [], page: 1).map(\.text)
    }

    /// Calc's labelled rows (Fixtures/calc capital-words …-text, p. 2), set at the foot of their
    /// rows: a label stands on its value's last line; lines of one value 7 pt apart (boxes
    /// overlapping by 1 pt), rows 8.1 pt apart. "AÇIKLAMA:" has no value and stands right under
    /// the goal's label, which its line would not fit after.
    static let labelsAtTheFoot: [Word] =
        W.phrase("İDARE ADI:", x: 46, y: 66) + W.phrase("KAYSERİ BÜYÜKŞEHİR BELEDİYESİ", x: 166, y: 66)
        + W.phrase("Şehrimizin doğal, tarihi ve kültürel mirasına uyumlu; doğayı koruyarak, sosyal,", x: 166, y: 74.1)
        + W.phrase("AMAÇ 1:", x: 46, y: 81.1) + W.phrase("ekonomik ve fiziksel gelişimine yön veren bir kent oluşturmak.", x: 166, y: 81.1)
        + W.phrase("Tüm ölçeklerde imar planları hazırlayarak sağlıklı, planlı bir çevre ve şehrin", x: 166, y: 89.2)
        + W.phrase("HEDEF 1.1:", x: 46, y: 96.2) + W.phrase("kültürel ve rekreatif donatı alanları oluşturmak.", x: 166, y: 96.2)
        + W.phrase("Sorumlu birimlerin tümü ile eşgüdüm içinde yürütülecek planlama ve uygulama", x: 166, y: 104.3)
        + W.phrase("BİRİM:", x: 46, y: 111.3) + W.phrase("İmar ve Şehircilik Daire Başkanlığı", x: 166, y: 111.3)
        + W.phrase("PERFORMANS HEDEFİ 1:", x: 46, y: 119.4) + W.phrase("İlgili mevzuat çerçevesinde imar planları yapmak.", x: 166, y: 119.4)
        + W.phrase("AÇIKLAMA:", x: 46, y: 127.5)

    @Test func labelsAtTheFootOfTheirRowsEndTheirRows() {
        let found = rows(Self.labelsAtTheFoot)
        #expect(found.count == 6, "\(found)")
        #expect(found.last == "AÇIKLAMA:", "\(found)")
        #expect(found.dropLast().last?.hasPrefix("PERFORMANS HEDEFİ 1:") == true)
        #expect(found[1].hasPrefix("Şehrimizin") && found[1].contains("AMAÇ 1:") && found[1].hasSuffix("oluşturmak."))
    }

    @Test func aPageOfLabelsAtTheFootIsBottomAligned() {
        let bands = RowSegmenter.rows(lines: W.lines(Self.labelsAtTheFoot), rulings: [], page: 1)
        #expect(RowAlignment.of(bands) == .bottom)
    }

    /// Cells at the top: each row's shorter cells start on its first line. One-line rows show
    /// no alignment at all.
    @Test func rowsVoteForWhereTheirShorterCellsStand() {
        func band(_ words: [Word]) -> RowBand { RowBand(page: 1, lines: W.lines(words), separatedBy: .gap) }
        let top = (0..<3).map { k -> RowBand in
            let y = 100 + Double(k) * 30
            return band(W.phrase("F\(k) Uzun bir faaliyet adı", x: 46, y: y) + W.rightAligned("800.000", right: 400, y: y)
                        + W.phrase("ikinci satırı", x: 46, y: y + 9))
        }
        #expect(RowAlignment.of(top) == .top)
        let oneLine = band(W.phrase("F9 Kısa ad", x: 46, y: 300) + W.rightAligned("1.000", right: 400, y: 300))
        #expect(RowAlignment.of([oneLine, oneLine, oneLine]) == nil)
        #expect(RowAlignment.of(top.prefix(2) + [oneLine]) == nil, "two rows are too few to tell")
    }

    /// Top-aligned, the same lines are rows as the text says; bottom-aligned splitting leaves
    /// a row alone when its anchor column's lines run on (a name wrapped beside its figures).
    @Test func aNameWrappedOverItsFiguresStaysOneRow() {
        let words = W.phrase("1 İl bütününde revizyonu yapılacak nazım imar planı (Birikimli toplam", x: 46, y: 192.7)
            + W.phrase("revizyonu yapılacak alan) (ha)", x: 46, y: 200.7) + W.phrase("ha", x: 380, y: 200.7)
            + W.rightAligned("91.350", right: 445, y: 200.7) + W.rightAligned("101.350", right: 495, y: 200.7)
        #expect(RowAlignment.splitAtBottoms(W.lines(words)).count == 1)
    }

    /// A justified name's first line spreads its words across the column; the white space
    /// between them, wide, is blank under the shorter last line, but it is the line's own even
    /// spacing (equal gaps), not a cell that ended: the name stays with the figures on its last line.
    /// Bottom-aligned rows whose figures stand in equal columns, evenly spaced, right after a
    /// name's last line that fills its column: the gaps are as wide as each other, but figures
    /// are no justified line's words, so the figures' cells end their rows.
    @Test func evenlySpacedFiguresAfterAFullLastLineEndTheirRows() {
        var words: [Word] = []
        for r in 0..<6 {
            let y = 100 + Double(r) * 20
            words += W.phrase("F\(r) Kırsal mahallelerde yürütülecek yol yapım ve", x: 46, y: y)
            let last = W.phrase("bakım onarım çalışmaları kapsamında asfalt serimi", x: 46, y: y + 8)
            words += last
            var right = last.map(\.box.x1).max()! + 33 + 6 * W.charWidth
            for _ in 0..<4 {
                words += W.rightAligned("12.500", right: right, y: y + 8)
                right += 33 + 6 * W.charWidth
            }
        }
        #expect(RowAlignment.splitAtBottoms(W.lines(words)).count == 6)
    }

    @Test func aJustifiedLineSpreadAcrossItsColumnIsNoCell() {
        var spread: [Word] = []
        var x = 46.0
        for word in "İl bütününde revizyonu yapılacak nazım imar planı".split(separator: " ") {
            let width = Double(word.count) * W.charWidth
            spread.append(Word(text: String(word), box: Rect(x0: x, y0: 192.7, x1: x + width, y1: 200.7), fontSize: 8))
            x += width + 9
        }
        let words = spread + W.phrase("revizyonu alan) (ha)", x: 46, y: 200.7) + W.phrase("ha", x: 380, y: 200.7)
            + W.rightAligned("91.350", right: 445, y: 200.7)
        #expect(RowAlignment.splitAtBottoms(W.lines(words)).count == 1)
        // Beside a unit cell set with ordinary word spaces (narrower than the name's spread): the
        // name's gaps are as wide as each other, so they are still its own spacing.
        let unit = W.phrase("İmar ve Şehircilik", x: 400, y: 192.7) + W.phrase("Daire Başkanlığı", x: 400, y: 200.7)
        #expect(RowAlignment.splitAtBottoms(W.lines(spread.filter { $0.box.x1 < 390 } + unit + W.phrase("revizyonu alan) (ha)", x: 46, y: 200.7)
            + W.rightAligned("91.350", right: 545, y: 200.7))).count == 1)
        // The same line set with ordinary word spaces beside a value cell of its own: that cell ended.
        let label = W.phrase("PERFORMANS HEDEFİ 1:", x: 46, y: 124) + W.phrase("İlgili mevzuat çerçevesinde imar planları yapmak.", x: 166, y: 124)
            + W.phrase("AÇIKLAMA:", x: 46, y: 132)
        #expect(RowAlignment.splitAtBottoms(W.lines(label)).count == 2)
    }

    /// LibreOffice's touching rows (Fixtures/libreoffice indicator-units …, p. 6): codes centred
    /// in a narrow "No" column start right of the total's label, which starts at the table's
    /// edge; the code column holds one word a line, so the name beside it says where a row ends.
    @Test func codesCentredInTheirColumnStartRows() {
        let words = W.phrase("1", x: 53.8, y: 79) + W.phrase("Şehrin gelişimine katkı sağlayan projeler", x: 68.6, y: 79)
            + W.phrase("Etüt ve Projeler Daire Başkanlığı", x: 378, y: 79)
            + W.rightAligned("1.700.000,00", right: 644, y: 79) + W.rightAligned("0,00", right: 709, y: 79)
            + W.phrase("2", x: 53.8, y: 87) + W.phrase("Diğer tarihi eserlerin restorasyon projeleri", x: 68.6, y: 87)
            + W.phrase("Etüt ve Projeler Daire Başkanlığı", x: 378, y: 87)
            + W.rightAligned("11.600.000,00", right: 644, y: 87) + W.rightAligned("0,00", right: 709, y: 87)
            + W.phrase("Genel Toplam", x: 47, y: 95) + W.rightAligned("13.300.000,00", right: 644, y: 95) + W.rightAligned("0,00", right: 709, y: 95)
        let found = rows(words)
        #expect(found.count == 3, "\(found)")
        #expect(found.first?.hasPrefix("1 Şehrin") == true && found.last?.hasPrefix("Genel Toplam") == true)
    }

    /// A larger title set 2 pt over a table's first label joins it, and the rows under it still
    /// part at the body's spacing (the spacing is measured against the text right above).
    @Test func aTitleOverTheFirstRowLeavesTheRowsUnderItToTheirSpacing() {
        let title = [Word(text: "Tablo", box: Rect(x0: 214, y0: 53, x1: 240, y1: 64), fontSize: 9.5),
                     Word(text: "1:", box: Rect(x0: 243, y0: 53, x1: 251, y1: 64), fontSize: 9.5)]
        let found = rows(title + Self.labelsAtTheFoot)
        #expect(found.count == 6, "\(found)")
        #expect(found.first?.hasPrefix("Tablo 1: İDARE ADI:") == true && found.first?.hasSuffix("BELEDİYESİ") == true)
    }
}
