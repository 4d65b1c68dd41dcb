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

    /// Words at their places on the page: (text, x0, x1) on a line from `y0` to `y1`.
    static func placed(_ words: [(String, Double, Double)], y0: Double, y1: Double, size: Double) -> [Word] {
        words.map { Word(text: $0.0, box: Rect(x0: $0.1, y0: y0, x1: $0.2, y1: y1), fontSize: size) }
    }

    /// 11 pt bold letter-spaced titles set at the top of their cells (a matrix variant's unruled
    /// activity table): "Bütçe" over "Dışı" stands 0.85 em from "Toplam", closer than cells are
    /// kept apart, so the line reads "Bütçe Toplam" over "Dışı". The river between the off-budget
    /// figures and the totals runs up into that gap, clear of "Dışı": "Toplam" stands on the body
    /// and "Bütçe" is the first line of its own wrapped title, so the phrase parts there.
    @Test func titleBesideAWrappedTitlePartsAtTheRiver() {
        let header = Self.placed([("Faaliyet", 155.19, 214.17), ("/", 220.64, 224.66), ("Proje", 231.12, 268.66),
                                  ("Kaynak", 378.16, 430.4), ("İhtiyacı", 436.87, 491.89), ("2025", 498.36, 532.9)], y0: 120.92, y1: 133.71, size: 11)
            + Self.placed([("Bütçe", 379.45, 420.16), ("Bütçe", 433.71, 474.43), ("Toplam", 483.77, 535.92)], y0: 143.9, y1: 156.69, size: 11)
            + Self.placed([("İçi", 391.31, 408.31), ("Dışı", 440.49, 467.65)], y0: 156.88, y1: 169.67, size: 11)
        let body = Self.placed([("1", 58, 65), ("Cami", 68.48, 96.65), ("projesi", 265.93, 302.73),
                                ("0,00", 400.92, 425.4), ("0,00", 451.28, 475.75), ("0,00", 512.77, 537.24)], y0: 179.86, y1: 192.66, size: 11)
            + Self.placed([("Genel", 58, 98.8), ("Toplam", 105.27, 157.42),
                           ("0,00", 398.57, 425.68), ("0,00", 448.59, 475.7), ("0,00", 510.07, 537.17)], y0: 202.84, y1: 215.64, size: 11)
        let lines = LineGrouping.lines(from: header)
        #expect(HeaderColumns.columns(headerLines: lines).map(\.title).contains { $0.hasPrefix("Bütçe Toplam") || $0 == "Dışı" })
        let found = HeaderColumns.columns(headerLines: lines, body: body)
        // "Bütçe" over the narrow "İçi" is taken for a group, as the activity reader knows (`budgetTitleTakenForAGroup`).
        #expect(found.map(\.title) == ["Faaliyet / Proje", "İçi", "Bütçe Dışı", "Toplam"])
        #expect(found[1].group?.hasPrefix("Bütçe") == true && found[3].group == "Kaynak İhtiyacı 2025")
    }

    /// A group header centred over three columns whose last word overhangs the title under it
    /// ("Kaynak İhtiyacı 2025" over "Bütçe Dışı", 8 pt): a river runs up to "2025", but the
    /// title under the group stands in the gap, so the river stops under it and the group stays whole.
    @Test func groupOverhangingItsTitleStaysWhole() {
        let header = Self.placed([("Kaynak", 619.6, 652.8), ("İhtiyacı", 655.6, 688.9), ("2025", 691.6, 713.9)], y0: 300.7, y1: 310, size: 8)
            + Self.placed([("Bütçe", 576.9, 602.6), ("Bütçe", 644.1, 669.8), ("Dışı", 672.6, 689.5), ("Toplam", 727.3, 760.4)],
                          y0: 320.1, y1: 329.4, size: 8)
        let body = [400.0, 420].flatMap { y in
            Self.placed([("69.533.000", 579.0, 629.6), ("0", 690.3, 695.8), ("69.533.000", 733.3, 783.8)], y0: y, y1: y + 9.3, size: 8)
        }
        let found = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header), body: body)
        #expect(found.map(\.title) == ["Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(found[1].group == "Kaynak İhtiyacı 2025")
        // Chromium, 10 pt: the river stops short of "Bütçe Dışı", but no figure stands under that title.
        let chromium = Self.placed([("Kaynak", 626.4, 660.3), ("İhtiyacı", 662.8, 695.6), ("2024", 698.1, 718.1)], y0: 159.8, y1: 170.9, size: 10)
            + Self.placed([("Bütçe", 581.2, 605.6), ("Bütçe", 650.5, 674.9), ("Dışı", 677.4, 694.0), ("Toplam", 734.9, 767.3)],
                          y0: 177.1, y1: 188.2, size: 10)
        let figures = [193.6, 222.1].flatMap { y in
            Self.placed([("800.000", 602.6, 635.1), ("0", 697.6, 702.6), ("800.000", 760.2, 792.7)], y0: y, y1: y + 11.1, size: 10)
        }
        #expect(HeaderColumns.columns(headerLines: LineGrouping.lines(from: chromium), body: figures).map(\.title) == ["Bütçe", "Bütçe Dışı", "Toplam"])
    }
}
