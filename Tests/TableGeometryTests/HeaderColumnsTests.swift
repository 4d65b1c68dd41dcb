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

    /// Kinds over their years in narrow columns (the k25 matrix variant's header, scaled to 8 pt):
    /// "Gerçekleşme Tahmini Hedeflenen" 0.82 em apart, each centred over its year, are three cells.
    @Test func wordsCentredEachOverAColumnAreCellsOfTheirOwn() {
        let header = [W.word("Gerçekleşme", 231.81, 100, 289.89, 108), W.word("Tahmini", 296.44, 100, 332.46, 108),
                      W.word("Hedeflenen", 339.01, 100, 390.71, 108),
                      W.word("2023", 249.74, 116, 271.98, 124), W.word("2024", 303.34, 116, 325.58, 124),
                      W.word("2025", 353.74, 116, 375.98, 124)]
        let found = columns(header)
        // Each column's kind over its year (as group, or stacked on its title where it is not much wider).
        #expect(found.map { [$0.group, $0.title].compactMap { $0 }.joined(separator: " ") }
            == ["Gerçekleşme 2023", "Tahmini 2024", "Hedeflenen 2025"])
        // A group centred over its columns names both: no word of it stands centred over one.
        let group = W.phrase("Gerçekleşen Değerler", x: 240, y: 100) + W.phrase("2022", x: 240, y: 116) + W.phrase("2023", x: 300, y: 116)
        #expect(columns(group).map(\.group) == ["Gerçekleşen Değerler", "Gerçekleşen Değerler"])
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

    /// A matrix resource summary (11 pt, unruled, turned code titles): "Ekonomik Kod" centred over
    /// two turned titles stands in the white space between their narrow text, over their figures.
    /// The turned cells' columns reach as wide as their figures, so the group header stands on them,
    /// not on the body: it is never parted at the body's river under its word space into two
    /// columns of its own ("Ekonomik" | "Kod"), which took the first code's figures.
    @Test func groupOverTurnedTitlesIsNoColumn() {
        func word(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, turned: Bool = false) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: 11, rotation: turned ? 270 : 0)
        }
        let header = [
            word("Ekonomik", 269.83, 345.65, 330.12, 358.44), word("Kod", 333.95, 345.65, 357.88, 358.44),
            word("Kaynak", 104.25, 387.38, 149.89, 400.17),
            word("03", 244.06, 419.94, 256.85, 435.23, turned: true), word("Mal", 244.06, 393.99, 256.85, 416.11, turned: true),
            word("ve", 244.06, 375.54, 256.85, 390.16, turned: true), word("Hizmet", 257.03, 383.61, 269.83, 427.14, turned: true),
            word("06", 364.25, 426.8, 377.04, 442.09, turned: true), word("Sermaye", 364.25, 368.68, 377.04, 422.97, turned: true),
            word("Toplam", 471.45, 395.87, 484.25, 441.42, turned: true), word("Kaynak", 471.45, 346.4, 484.25, 392.04, turned: true),
            word("İhtiyacı", 484.43, 371, 497.23, 416.79, turned: true),
        ]
        let rows: [(String, [(String, Double, Double)])] = [
            ("Faaliyet Toplamı", [("3.337.000,00", 236.29, 309.71), ("65.163.000,00", 343.11, 423.53), ("68.500.000,00", 456.75, 537.17)]),
            ("Genel Yönetim Giderleri", [("57.577.000,00", 229.26, 309.68), ("120.000,00", 360.4, 423.34), ("57.697.000,00", 456.8, 537.23)]),
            ("Genel Toplam", [("60.914.000,00", 220.73, 309.69), ("65.283.000,00", 334.32, 423.28), ("126.197.000,00", 440.55, 537.15)]),
        ]
        var body: [Word] = []
        for (k, row) in rows.enumerated() {
            let y = 452.09 + 23 * Double(k)
            body += row.0.split(separator: " ").enumerated().map { j, w in word(String(w), 58 + 45 * Double(j), y, 58 + 45 * Double(j) + 40, y + 12.79) }
            body += row.1.map { word($0.0, $0.1, y, $0.2, y + 12.79) }
        }
        let found = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header), body: body)
        #expect(found.map(\.title) == ["Kaynak", "03 Mal ve Hizmet", "06 Sermaye", "Toplam Kaynak İhtiyacı"])
    }

    /// The İdare Performans Tablosu's "Maliyet" centred over only Bütçe İçi and Bütçe Dışı, their
    /// titles narrower than their columns: it overlaps neither, yet stands in their gutter with
    /// nothing under it, so it names their group and is no column of its own.
    @Test func groupInTheGutterOfTwoNarrowTitles() {
        let header = W.phrase("Açıklamalar", x: 100, y: 136) + W.phrase("Maliyet", x: 262, y: 124)
            + W.phrase("Bütçe İçi", x: 220, y: 148) + W.phrase("Bütçe Dışı", x: 300, y: 148) + W.phrase("Toplam", x: 380, y: 136)
        let found = columns(header)
        #expect(found.map(\.title) == ["Açıklamalar", "Bütçe İçi", "Bütçe Dışı", "Toplam"])
        #expect(found.map(\.group) == [nil, "Maliyet", "Maliyet", nil])
    }

    /// A Word cost table: "Faaliyet Adı" set at the top between code titles turned and set at the
    /// bottom of their cells stands over their gutter with nothing under it in the header, but
    /// the activities' names stand under it in the body, beyond both neighbours' reach: it is a
    /// column, not a group over "Sıra No" and "01 …" (found by review).
    @Test func aTitleOverItsOwnBodyInAGutterIsNoGroup() {
        func phrase(_ text: String, x: Double, y: Double) -> [Word] {
            var words: [Word] = [], left = x
            for part in text.split(separator: " ") {
                let width = Double(part.count) * 4.5
                words.append(Word(text: String(part), box: Rect(x0: left, y0: y, x1: left + width, y1: y + 8), fontSize: 8))
                left += width + 2.4
            }
            return words
        }
        // Turned to read upwards, anchored at the cell's bottom as Word sets such text.
        func turned(_ text: String, x: Double, bottom: Double) -> [Word] {
            var words: [Word] = [], b = bottom
            for part in text.split(separator: " ") {
                let w = Double(part.count) * 4.5
                words.append(Word(text: String(part), box: Rect(x0: x, y0: b - w, x1: x + 8, y1: b), fontSize: 8, rotation: 270))
                b -= w + 2.4
            }
            return words
        }
        let header = turned("Sıra No", x: 62, bottom: 260) + phrase("Faaliyet Adı", x: 90, y: 100)
            + turned("01 Personel Giderleri", x: 180, bottom: 260)
            + turned("02 Sosyal Güvenlik Kurumlarına Devlet Primi Giderleri", x: 215, bottom: 260)
            + turned("03 Mal ve Hizmet Alım Giderleri", x: 250, bottom: 260)
            + turned("Toplam", x: 285, bottom: 260)
        var body: [Word] = []
        for (k, y) in [270.0, 284].enumerated() {
            body += phrase("\(k + 1)", x: 63, y: y) + phrase("Park bakımı", x: 90, y: y)
                + phrase("10,00", x: 172, y: y) + phrase("2,00", x: 210, y: y) + phrase("5,00", x: 245, y: y) + phrase("17,00", x: 280, y: y)
        }
        let found = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header), body: body)
        #expect(found.map(\.title).contains("Faaliyet Adı"))
        #expect(found.allSatisfy { $0.group == nil }, "\(found.map { ($0.group ?? "-") + "/" + $0.title })")
        #expect(found.count == 6)
    }

    /// A title set at the top of its cell beside wrapped titles stands over their gutter too,
    /// but their columns hold a line as high as it: a column, not a group.
    @Test func aTopAlignedTitleBesideWrappedTitlesIsNoGroup() {
        let header = W.phrase("Performans", x: 100, y: 124) + W.phrase("Göstergesi", x: 100, y: 136)
            + W.phrase("Birim", x: 160, y: 124) + W.phrase("2024", x: 200, y: 124) + W.phrase("Hedef", x: 200, y: 136)
        let found = columns(header)
        #expect(found.map(\.title) == ["Performans Göstergesi", "Birim", "2024 Hedef"])
        #expect(found.map(\.group) == [nil, nil, nil])
    }

    /// Titles merged over both header rows and set at the top stand wholly above turned code
    /// titles; a full-width row of the body (an activity's description under its costs) runs
    /// under all the turned cells. A block under several turned cells is no one's column, so
    /// "Faaliyet Adı" is not taken for a group over them and stays a column.
    @Test func aFullWidthBodyRowIsNoTurnedCellsColumn() {
        func turned(_ text: String, _ x: Double) -> Word {
            Word(text: text, box: Rect(x0: x, y0: 80, x1: x + 11, y1: 140), fontSize: 11, rotation: 270)
        }
        let header = W.phrase("Faaliyet Adı", x: 40, y: 50) + W.phrase("Ekonomik Kod", x: 250, y: 50)
            + [turned("03", 240), turned("05", 330), turned("06", 410)]
        let body = W.phrase("F1 Plaj temizliği", x: 40, y: 160) + W.rightAligned("20.000.000", right: 300, y: 160)
            + W.rightAligned("0", right: 380, y: 160) + W.rightAligned("0", right: 460, y: 160)
            + W.phrase("Sahillerimize yeni kimlik kazandırmak, turizme katkı sağlamak için kullanılan bütçedir.", x: 40, y: 180)
        let found = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header), body: body)
        #expect(found.map(\.title) == ["Faaliyet Adı", "03", "05", "06"])
    }

    /// A matrix activity table (summary-first, 9.5 pt, rules only): "Kaynak İhtiyacı 2024" is centred
    /// over "Bütçe Dışı", its year past that title's end, over the widest of Toplam's right-aligned
    /// figures ("39899000,00") and over no header text. Those figures are headed by "Toplam" on the
    /// line below: the year is no column of its own (it was, empty in every row, stated as a
    /// column '2024' not understood).
    @Test func aGroupsYearOverANeighboursFiguresIsNoColumn() {
        func word(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 11.05), fontSize: 9.5)
        }
        let header = [
            word("Faaliyetler", 216.12, 325.73, 273.45), word("Sorumlu", 442.94, 320.12, 487.64), word("Harcama", 490.95, 320.12, 538.30),
            word("Birimi", 474.87, 331.33, 506.43),
            word("Kaynak", 610.75, 315.12, 650.16), word("İhtiyacı", 653.47, 315.12, 693.01), word("2024", 696.32, 315.12, 722.73),
            word("Bütçe", 574.43, 336.33, 605.03), word("Bütçe", 639.79, 336.33, 670.39), word("Dışı", 673.69, 336.33, 693.73),
            word("Toplam", 724.11, 336.33, 763.45),
        ]
        let rows: [(String, [(String, Double, Double)])] = [
            ("Revizyon", [("5500000,00", 572.35, 629.74), ("0,00", 674.64, 695.78), ("5500000,00", 726.43, 783.82)]),
            ("Uygulama", [("1101000,00", 572.35, 629.74), ("0,00", 674.64, 695.78), ("1101000,00", 726.43, 783.82)]),
            ("Kamulaştırma", [("39899000,00", 566.31, 629.74), ("0,00", 674.64, 695.78), ("39899000,00", 720.38, 783.81)]),
            ("Genel", [("50000000,00", 566.31, 629.74), ("0,00", 672.29, 695.70), ("50000000,00", 714.07, 783.69)]),
        ]
        var body: [Word] = []
        for (k, row) in rows.enumerated() {
            let y = 363.15 + 32.42 * Double(k)
            body += [word(row.0, 67.05, y, 130), word("Fen", 439.62, y, 455), word("İşleri", 458, y, 485)]
            body += row.1.map { word($0.0, $0.1, y, $0.2) }
        }
        let found = HeaderColumns.columns(headerLines: LineGrouping.lines(from: header), body: body)
        #expect(found.map(\.title) == ["Faaliyetler", "Birimi", "Bütçe", "Bütçe Dışı", "Toplam"],
                "\(found.map { ($0.group ?? "-") + "/" + $0.title })")
        #expect(found.first { $0.title == "Bütçe Dışı" }?.group == "Kaynak İhtiyacı 2024")
    }
}
