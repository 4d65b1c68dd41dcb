import PageLayout
import TableGeometry
import Testing

/// Rules are evidence of rows, not the only one: a table ruled only over its header, under it and
/// under its last row (booktabs) holds all its body rows between two rules, and its cells' text
/// parts them as on an unruled page (`TouchingRows`). A code under the row's code in a code
/// column starts a row, however full the name's line above looks.
@Suite struct RowsBetweenRulesTests {
    typealias W = WordFixture

    /// An indicator table as a browser prints it with little padding (blind t05, Kayseri 2024 p. 2,
    /// at 8 pt): every line one leading (9 pt) under the last, a code column, names wrapping, the
    /// unit and the figures on each row's first line. Row 5's name fills its line; row 6's code
    /// and figures stand right under row 5's.
    typealias Line = (y: Double, code: String?, name: String, unit: String?, figures: [String])
    static let lines: [Line] = [
        (124.0, "1", "İl bütününde revizyonu yapılacak nazım imar (Birikimli", "ha", ["77.572", "91.350", "101.350"]),
        (133.0, nil, "toplam revizyonu yapılacak alan) (ha)", nil, []),
        (142.0, "2", "İmar plan tadilatları yapılacak alan miktarı (Birikimli", "ha", ["13.166", "38.500", "51.500"]),
        (151.0, nil, "toplam tadilat yapılacak alan) (ha)", nil, []),
        (160.0, "5", "Halihazır yapmak (Birikimi toplam halihazır yapılacak alan (ha))", "ha", ["-", "1.500", "2.500"]),
        (169.0, "6", "İfraz-Tevhid-İhdas (Birikimi toplam İfraz-Tevhid-İhdas yapılacak", "m²", ["-", "300.000", "600.000"]),
        (178.0, nil, "alan (m ²))", nil, []),
    ]
    static let body: [Word] = lines.flatMap { line -> [Word] in
        let code: [Word] = line.code.map { W.phrase($0, x: 41, y: line.y) } ?? []
        let unit: [Word] = line.unit.map { W.phrase($0, x: 409, y: line.y) } ?? []
        let figures: [Word] = zip(line.figures, [600.0, 700, 800]).flatMap { W.rightAligned($0, right: $1, y: line.y) }
        return code + W.phrase(line.name, x: 79, y: line.y) + unit + figures
    }
    static let header: [Word] = W.phrase("Kod", x: 41, y: 103) + W.phrase("Performans Göstergesi", x: 79, y: 103)
        + W.phrase("Birim", x: 409, y: 103) + [600.0, 700, 800].enumerated().flatMap { k, right in W.rightAligned("\(2022 + k)", right: right, y: 103) }

    static let rowTexts = [
        "1 İl bütününde revizyonu yapılacak nazım imar (Birikimli ha 77.572 91.350 101.350 toplam revizyonu yapılacak alan) (ha)",
        "2 İmar plan tadilatları yapılacak alan miktarı (Birikimli ha 13.166 38.500 51.500 toplam tadilat yapılacak alan) (ha)",
        "5 Halihazır yapmak (Birikimi toplam halihazır yapılacak alan (ha)) ha - 1.500 2.500",
        "6 İfraz-Tevhid-İhdas (Birikimi toplam İfraz-Tevhid-İhdas yapılacak m² - 300.000 600.000 alan (m ²))",
    ]

    /// Ruled over the header, under it and under the last row only: the body's rows are its cells'.
    @Test func bodyRowsBetweenTwoRulesAreTheirCellsRows() {
        let rules = [100.0, 113, 188].map { W.rule(y: $0, from: 38, to: 805) }
        let rows = RowSegmenter.rows(lines: W.lines(Self.header + Self.body), rulings: rules, page: 2)
        #expect(rows.map(\.text) == ["Kod Performans Göstergesi Birim 2022 2023 2024"] + Self.rowTexts)
    }

    /// Between rules, lines set edge to edge (a browser's line boxes, 0.2 pt apart at 8 pt), rows
    /// 2.3 pt apart: the total row, standing in the name column (not at the codes' edge), parts
    /// from the last row at its padding, so the table ends there.
    @Test func aTotalRowBetweenRulesEndsAtItsPadding() {
        let body = W.phrase("1", x: 41, y: 110.3) + W.phrase("İl bütününde revizyonu yapılacak nazım imar (Birikimli", x: 79, y: 110.3)
            + W.phrase("ha", x: 409, y: 110.3) + W.rightAligned("101.350", right: 600, y: 110.3)
            + W.phrase("toplam revizyonu yapılacak alan) (ha)", x: 79, y: 118.5)
            + W.phrase("2", x: 41, y: 128) + W.phrase("İmar plan tadilatları yapılacak alan miktarı (Birikimli", x: 79, y: 128)
            + W.phrase("ha", x: 409, y: 128) + W.rightAligned("51.500", right: 600, y: 128)
            + W.phrase("toplam tadilat yapılacak alan) (ha)", x: 79, y: 136.2)
            + W.phrase("Genel Toplam", x: 79, y: 146.5) + W.rightAligned("152.850", right: 600, y: 146.5)
        let rules = [108.0, 156].map { W.rule(y: $0, from: 38, to: 605) }
        let rows = RowSegmenter.rows(lines: W.lines(body), rulings: rules, page: 2)
        #expect(rows.map(\.text) == ["1 İl bütününde revizyonu yapılacak nazım imar (Birikimli ha 101.350 toplam revizyonu yapılacak alan) (ha)",
                                      "2 İmar plan tadilatları yapılacak alan miktarı (Birikimli ha 51.500 toplam tadilat yapılacak alan) (ha)",
                                      "Genel Toplam 152.850"])
    }

    /// Unruled, the same: row 6 starts at its code, under row 5's full name line.
    @Test func aCodeUnderTheRowsCodeStartsARow() {
        let rows = RowSegmenter.rows(lines: W.lines(Self.body), rulings: [], page: 2)
        #expect(rows.map(\.text) == Self.rowTexts)
    }

    /// An activity band of a booktabs table (blind t05, Kayseri 2024 p. 3): one activity, its unit
    /// wrapped, two cost lines and the total, lines edge to edge and rows 2.3 pt apart. Its one
    /// wrapped cell shows its own spacing once; the rows' padding shows more often. The page's
    /// indicator table above, its names wrapping, shows the page's.
    static let activityBand: [Word] = W.phrase("1", x: 41, y: 163.3) + W.phrase("Sahabiye Kentsel Dönüşüm Projesi", x: 79, y: 163.3)
        + W.phrase("Kentsel Dönüşüm Daire", x: 300, y: 163.3) + W.rightAligned("6.500.000,00", right: 600, y: 163.3)
        + W.phrase("Başkanlığı", x: 300, y: 171.5)
        + W.phrase("03 Mal ve Hizmet Alım Giderleri", x: 93, y: 181.8) + W.rightAligned("1.036.000,00", right: 600, y: 181.8)
        + W.phrase("06 Sermaye Giderleri", x: 93, y: 192.1) + W.rightAligned("5.464.000,00", right: 600, y: 192.1)
        + W.phrase("Genel Toplam", x: 79, y: 202.4) + W.rightAligned("6.500.000,00", right: 600, y: 202.4)
    static let activityRows = ["1 Sahabiye Kentsel Dönüşüm Projesi Kentsel Dönüşüm Daire 6.500.000,00 Başkanlığı",
                               "03 Mal ve Hizmet Alım Giderleri 1.036.000,00", "06 Sermaye Giderleri 5.464.000,00", "Genel Toplam 6.500.000,00"]
    /// The indicator rows over it, each name wrapped edge to edge (0.2 pt).
    static let indicatorBand: [Word] = W.phrase("1", x: 41, y: 110.3) + W.phrase("İl bütününde revizyonu yapılacak nazım imar (Birikimli", x: 79, y: 110.3)
        + W.rightAligned("101.350", right: 600, y: 110.3) + W.phrase("toplam revizyonu yapılacak alan) (ha)", x: 79, y: 118.5)
        + W.phrase("2", x: 41, y: 128) + W.phrase("İmar plan tadilatları yapılacak alan miktarı (Birikimli", x: 79, y: 128)
        + W.rightAligned("51.500", right: 600, y: 128) + W.phrase("toplam tadilat yapılacak alan) (ha)", x: 79, y: 136.2)

    /// Between rules, a band too short to show the page's spacing is read with the page's: its
    /// rows part at their padding.
    @Test func aShortBandBetweenRulesTakesThePagesSpacing() {
        let header = W.phrase("No", x: 41, y: 151) + W.phrase("Faaliyet", x: 79, y: 151) + W.phrase("Sorumlu Birim", x: 300, y: 151)
            + W.rightAligned("Bütçe", right: 600, y: 151)
        let rules = [108.0, 146, 150, 160, 212].map { W.rule(y: $0, from: 38, to: 605) }
        let rows = RowSegmenter.rows(lines: W.lines(Self.indicatorBand + header + Self.activityBand), rulings: rules, page: 3)
        #expect(Array(rows.map(\.text).suffix(4)) == Self.activityRows)
    }

    /// A table broken by the page goes on under the page's top as under a rule: the page's first
    /// band, ruled under its last row, parts at its rows' padding (blind t05, Kayseri 2024 p. 5).
    @Test func aBandUnderThePagesTopIsBetweenRules() {
        let moved = Self.activityBand.map { w in
            Word(text: w.text, box: Rect(x0: w.box.x0, y0: w.box.y0 - 120, x1: w.box.x1, y1: w.box.y1 - 120), fontSize: w.fontSize)
        }
        let rules = [92.0, 108, 146].map { W.rule(y: $0, from: 38, to: 605) }
        let rows = RowSegmenter.rows(lines: W.lines(moved + Self.indicatorBand), rulings: rules, page: 5)
        #expect(Array(rows.map(\.text).prefix(4)) == Self.activityRows)
    }

    /// Between two rules, an activity and the total under it: two rows, each holding a figure
    /// under the other's (a cell's second paragraph holds none).
    @Test func anActivityAndItsTotalBetweenRulesAreTwoRows() {
        let band = W.phrase("1", x: 41, y: 163.3) + W.phrase("Cami Kebir sur içi kentsel yenileme projesi", x: 79, y: 163.3)
            + W.phrase("Kentsel Dönüşüm Daire", x: 300, y: 163.3) + W.rightAligned("0,00", right: 600, y: 163.3)
            + W.phrase("Başkanlığı", x: 300, y: 171.5)
            + W.phrase("Genel Toplam", x: 79, y: 181.8) + W.rightAligned("0,00", right: 600, y: 181.8)
        let rules = [108.0, 146, 160, 192].map { W.rule(y: $0, from: 38, to: 605) }
        let rows = RowSegmenter.rows(lines: W.lines(Self.indicatorBand + band), rulings: rules, page: 3)
        #expect(Array(rows.map(\.text).suffix(2)) == ["1 Cami Kebir sur içi kentsel yenileme projesi Kentsel Dönüşüm Daire 0,00 Başkanlığı",
                                                       "Genel Toplam 0,00"])
    }

    /// A row ruled on its own whose name cell holds two paragraphs stays one row: its second
    /// paragraph holds no figure.
    @Test func aCellsSecondParagraphBetweenRulesStaysInItsRow() {
        let band = W.phrase("1", x: 41, y: 163.3) + W.phrase("Cami Kebir sur içi kentsel yenileme projesi", x: 79, y: 163.3)
            + W.rightAligned("0,00", right: 600, y: 163.3)
            + W.phrase("(yeni proje)", x: 79, y: 173.6)
        let rules = [108.0, 146, 160, 184].map { W.rule(y: $0, from: 38, to: 605) }
        let rows = RowSegmenter.rows(lines: W.lines(Self.indicatorBand + band), rulings: rules, page: 3)
        #expect(rows.last?.text == "1 Cami Kebir sur içi kentsel yenileme projesi 0,00 (yeni proje)")
    }
}
