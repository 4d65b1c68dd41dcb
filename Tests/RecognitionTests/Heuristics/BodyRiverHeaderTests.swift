import PageLayout
import TableGeometry
import Testing

/// Header cells that run together on a line (no rule, a word space between them) are parted
/// where the body's white-space river runs up into the header (`HeaderColumns.splitAtBodyRivers`),
/// and a group header reaches the columns whose body stands under it (`HeaderColumns.bodyReaches`).
@Suite struct BodyRiverHeaderTests {
    typealias T = LibreOfficeRunTogetherHeader
    /// Words of 8 pt body text set as phrases (the geometry tests' word fixture).
    enum W {
        static let fontSize = 8.0
        /// Average advance of one character of 8 pt body text.
        static let charWidth = 4.5
        /// An ordinary word space at 8 pt (~0.3 em).
        static let wordSpace = 2.4

        static func phrase(_ text: String, x: Double, y: Double) -> [Word] {
            var left = x
            return text.split(separator: " ").map { part in
                let width = Double(part.count) * charWidth
                defer { left += width + wordSpace }
                return Word(text: String(part), box: Rect(x0: left, y0: y, x1: left + width, y1: y + fontSize), fontSize: fontSize)
            }
        }

        static func rightAligned(_ text: String, right: Double, y: Double) -> [Word] {
            let width = Double(text.count) * charWidth + Double(max(0, text.split(separator: " ").count - 1)) * (wordSpace - charWidth)
            return phrase(text, x: right - width, y: y)
        }
    }

    /// The header lines (those above the first amount) and the body of a fixture.
    func parts(_ words: [Word]) -> (header: [TextLine], body: [Word]) {
        let firstAmount = words.filter { $0.text.first?.isNumber == true && $0.text.contains(".") }.map(\.box.y0).min() ?? 0
        return (LineGrouping.lines(from: words.filter { $0.box.y0 < firstAmount - 1 }), words.filter { $0.box.y0 >= firstAmount - 1 })
    }

    /// 7 pt "Bütçe Ödeneği Bütçe Dışı Kaynak": the two cells 1.7 pt apart, their own words 1.9 pt.
    /// The header alone reads one column; the figures under "Bütçe Ödeneği" end inside the gap
    /// and a river runs from there to the "0" of "Bütçe Dışı Kaynak".
    @Test func runTogetherCellsPartAtTheBodyRiver() {
        let (header, body) = parts(T.malVeHizmet)
        #expect(HeaderColumns.columns(headerLines: header).map(\.title).contains("Kaynak İhtiyacı (TL) 2024 Bütçe Ödeneği Bütçe Dışı Kaynak"))
        let found = HeaderColumns.columns(headerLines: header, body: body)
        #expect(found.map(\.title) == ["Faaliyet ve Projeler", "Sorumlu Birim", "Ekonomik Kod (TL) 03 Mal ve Hizmet",
                                       "Bütçe Ödeneği", "Bütçe Dışı Kaynak", "Toplam"])
        // Parted, the line under "Kaynak İhtiyacı (TL) 2024" has two cells for it to span.
        #expect(found.map(\.group) == [nil, nil, nil, "Kaynak İhtiyacı (TL) 2024", "Kaynak İhtiyacı (TL) 2024", nil])
    }

    /// One row's words may leave a gap that lines up with a header gap by chance: the river
    /// needs body words on either side on `riverEvidenceRows` rows.
    @Test func oneRowIsNoEvidence() {
        let (header, body) = parts(T.malVeHizmet)
        let firstRow = body.filter { $0.box.y0 < (body.map(\.box.y0).min() ?? 0) + 1 }
        #expect(!HeaderColumns.columns(headerLines: header, body: firstRow).map(\.title).contains("Bütçe Ödeneği"))
    }

    /// "Kaynak İhtiyacı (TL) 2024" centred over its three columns stands over the title of one
    /// ("Bütçe Dışı Kaynak") and the figures of another ("Bütçe Ödeneği", right-aligned, wider
    /// than its title): it spans them, so it names a group, not a column of its own.
    @Test func groupHeaderReachesTheFiguresUnderIt() {
        let (header, body) = parts(T.sermaye)
        #expect(HeaderColumns.columns(headerLines: header).map(\.title).contains("Kaynak İhtiyacı (TL) 2024 Bütçe Dışı Kaynak"))
        let found = HeaderColumns.columns(headerLines: header, body: body)
        #expect(found.map(\.title) == ["Faaliyet ve Projeler", "Sorumlu Birim", "Ekonomik Kod (TL) 06 Sermaye",
                                       "Bütçe Ödeneği", "Bütçe Dışı Kaynak", "Toplam"])
        #expect(found[4].group == "Kaynak İhtiyacı (TL) 2024")
    }

    /// A one-column header over a narrow right-aligned figure: the white space left of the
    /// figure is a river, but no body word stands under the words left of it, so the cell stays whole.
    @Test func headerOverNarrowFiguresStaysWhole() {
        let header = W.phrase("Faaliyetler", x: 100, y: 100) + W.phrase("Bütçe Dışı Kaynak", x: 300, y: 100)
        let body = (1...3).flatMap { k -> [Word] in
            let y = 100 + 12 * Double(k)
            return W.phrase("Deniz temizliği", x: 100, y: y) + W.rightAligned("0", right: 300 + 17 * W.charWidth, y: y)
        }
        let found = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header), body: body)
        #expect(found.map(\.title) == ["Faaliyetler", "Bütçe Dışı Kaynak"])
    }
}
