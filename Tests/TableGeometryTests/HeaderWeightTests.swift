import PageLayout
import TableGeometry
import Testing

/// A header told from the body by its weight alone: its cells bold, the body's regular, no rule
/// or shading under it, each body row ruled under (blind t10 without its header's shading).
@Suite struct HeaderWeightTests {
    typealias W = WordFixture

    static func bold(_ words: [Word]) -> [Word] {
        words.map { Word(text: $0.text, box: $0.box, fontSize: $0.fontSize, isBold: true) }
    }

    /// A title, the header's two lines (years over kinds) and two body rows, each row's name
    /// wrapped; a rule under each body row only. The header's last line stands 3.5 pt (0.44 of a
    /// line) over the first row's: less than a ruled page's row gap.
    static let title = bold(W.phrase("PERFORMANS HEDEFİ TABLOSU", x: 41, y: 120))
    static let header = bold(W.phrase("2022", x: 560, y: 137) + W.phrase("Kod", x: 41, y: 145) + W.phrase("Performans Göstergeleri", x: 120, y: 145)
        + W.phrase("Ölçü", x: 500, y: 145) + W.phrase("Gerçekleşme", x: 545, y: 145))
    static let body = W.phrase("İl bütününde revizyonu yapılacak nazım imar planı", x: 120, y: 156.5)
        + W.phrase("1", x: 41, y: 164.7) + W.phrase("toplam revizyonu yapılacak alan) (ha)", x: 120, y: 164.7)
        + W.phrase("ha", x: 500, y: 164.7) + W.rightAligned("77.572", right: 600, y: 164.7)
        + W.phrase("İmar plan tadilatları yapılacak alan miktarı", x: 120, y: 180)
        + W.phrase("2", x: 41, y: 188.2) + W.phrase("tadilat yapılacak alan) (ha)", x: 120, y: 188.2)
        + W.phrase("ha", x: 500, y: 188.2) + W.rightAligned("13.166", right: 600, y: 188.2)

    @Test func aBoldHeaderEndsOverTheFirstRegularRow() {
        let rules = [175.0, 199].map { W.rule(y: $0, from: 38, to: 605) }
        let rows = RowSegmenter.rows(lines: W.lines(Self.title + Self.header + Self.body), rulings: rules, page: 2)
        #expect(rows.map(\.text) == [
            "PERFORMANS HEDEFİ TABLOSU",
            "2022 Kod Performans Göstergeleri Ölçü Gerçekleşme",
            "İl bütününde revizyonu yapılacak nazım imar planı 1 toplam revizyonu yapılacak alan) (ha) ha 77.572",
            "İmar plan tadilatları yapılacak alan miktarı 2 tadilat yapılacak alan) (ha) ha 13.166",
        ])
        #expect(rows.map(\.separatedBy)[2] == .weight)
    }

    /// A bold first line over its cell's regular line, set at the cell's line spacing, stays in its row.
    @Test func aBoldLineOverItsCellsNextLineStaysInItsRow() {
        let cell = Self.bold(W.phrase("Revizyon nazım imar planları", x: 120, y: 137)) + W.phrase("yapmak ve uygulamak.", x: 120, y: 145.2)
        let rows = RowSegmenter.rows(lines: W.lines(cell), rulings: [W.rule(y: 156, from: 38, to: 605)], page: 2)
        #expect(rows.map(\.text) == ["Revizyon nazım imar planları yapmak ve uygulamak."])
    }
}
