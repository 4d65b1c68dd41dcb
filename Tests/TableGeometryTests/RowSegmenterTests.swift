import PageLayout
import TableGeometry
import Testing

/// Rows end at drawn rules in ruled tables and at vertical gaps in unruled ones.
@Suite struct RowSegmenterTests {
    typealias W = WordFixture

    func rows(_ words: [Word], rulings: [Ruling] = []) -> [RowBand] {
        RowSegmenter.rows(lines: W.lines(words), rulings: rulings, page: 7)
    }

    /// Rows set as tight as wrapped lines (2 pt apart): only the rules tell them apart.
    @Test func ruledRowsSplitAtRules() {
        let words = W.phrase("1 Revizyon nazım imar planları yapmak.", x: 60, y: 100) + W.rightAligned("5.500.000,00", right: 540, y: 100)
            + W.phrase("2 İmar uygulaması yapmak.", x: 60, y: 110) + W.rightAligned("1.101.000,00", right: 540, y: 110)
            + W.phrase("3 Kamulaştırmalar yapmak.", x: 60, y: 120) + W.rightAligned("39.899.000,00", right: 540, y: 120)
        let rules = [W.rule(y: 109, from: 55, to: 545), W.rule(y: 119, from: 55, to: 545)]
        let found = rows(words, rulings: rules)
        #expect(found.map(\.text) == [
            "1 Revizyon nazım imar planları yapmak. 5.500.000,00",
            "2 İmar uygulaması yapmak. 1.101.000,00",
            "3 Kamulaştırmalar yapmak. 39.899.000,00",
        ])
        #expect(found.map(\.separatedBy) == [.pageStart, .ruling, .ruling])
        #expect(found.allSatisfy { $0.page == 7 })
        // Without the rules the figures tell them apart: a figure does not wrap (TouchingRows).
        #expect(rows(words).map(\.separatedBy) == [.pageStart, .content, .content])
    }

    /// A heading set right under a table's total row (LibreOffice and Word put the next
    /// paragraph 0.3 pt under the table, or draw the last row's bottom rule cell by cell): its
    /// larger type starts a row of its own; the total row's own wrapped line stays in it.
    @Test func headingInLargerTypeUnderTotalRowStartsARow() {
        func heading(_ text: String, y: Double) -> [Word] {
            W.phrase(text, x: 45.5, y: y).map { word in
                let scale = 10 / W.fontSize
                let box = Rect(x0: 45.5 + (word.box.x0 - 45.5) * scale, y0: y, x1: 45.5 + (word.box.x1 - 45.5) * scale, y1: y + 13)
                return Word(text: word.text, box: box, fontSize: 10, isBold: true)
            }
        }
        let total = W.phrase("Genel Toplam", x: 47, y: 285.7) + W.rightAligned("1.101.000", right: 531.8, y: 285.7)
            + W.rightAligned("50.000.000", right: 795.2, y: 285.7)
        let wrapped = W.phrase("(TL)", x: 47, y: 293.8)
        let next = heading("Stratejik Hedef 1.2: Kentsel dönüşüm alanları belirleyerek.", y: 302.1)
        let found = rows(total + wrapped + next)
        #expect(found.map(\.text) == ["Genel Toplam 1.101.000 50.000.000 (TL)", "Stratejik Hedef 1.2: Kentsel dönüşüm alanları belirleyerek."])
        #expect(found.map(\.separatedBy) == [.pageStart, .typeSize])
        // Under a rule drawn in pieces too short to part rows, as LibreOffice draws a merged cell's.
        let pieces = [W.rule(y: 301.9, from: 45.5, to: 261.5), W.rule(y: 301.9, from: 447.5, to: 796.5)]
        #expect(rows(total + wrapped + next, rulings: pieces).map(\.separatedBy) == [.pageStart, .typeSize])
        // Lines of the table's own type size that touch stay one row (a wrapped cell).
        let sameSize = W.phrase("Stratejik Hedef 1.2: Kentsel dönüşüm alanları belirleyerek.", x: 47, y: 293.8)
        #expect(rows(total + sameSize).count == 1)
    }

    /// A ruled row whose code a narrow cell broke after a dot (“PG1.2.” over “1”) stays one
    /// row: the number under the code is its last, not a row of its own opening with a code.
    @Test func ruledRowKeepsACodeBrokenOverTwoLines() {
        let words = W.phrase("PG1.2.", x: 43, y: 203) + W.phrase("Tahsisli Plaj ve Kıyı Alanlarının Temizliğinin", x: 88, y: 203)
            + W.rightAligned("100", right: 540, y: 203)
            + W.phrase("1", x: 43, y: 214) + W.phrase("Tamamlanma Oranı", x: 88, y: 214)
        let rules = [W.rule(y: 201, from: 40, to: 545), W.rule(y: 227, from: 40, to: 545)]
        let found = rows(words, rulings: rules)
        #expect(found.count == 1)
        #expect(found.first?.lines.count == 2)
        // Two codes, each whole, are two rows between the same rules.
        let two = W.phrase("PG1.2.1", x: 43, y: 203) + W.rightAligned("100", right: 540, y: 203)
            + W.phrase("PG1.2.2", x: 43, y: 214) + W.rightAligned("50", right: 540, y: 214)
        #expect(rows(two, rulings: rules).count == 2)
        // Broken before a dot (“PG10.3” over “.2”) alike.
        let before = W.phrase("PG10.3", x: 43, y: 203) + W.phrase("İç Kontrol Sisteminin", x: 88, y: 203)
            + W.rightAligned("2", right: 540, y: 203) + W.phrase(".2", x: 43, y: 214) + W.phrase("Değerlendirme Sayısı", x: 88, y: 214)
        #expect(rows(before, rulings: rules).count == 1)
    }

    /// A ruled row whose text wraps keeps its lines until the next rule.
    @Test func ruledRowKeepsItsWrappedLines() {
        let words = W.phrase("Kentsel dönüşüm alanlarında", x: 60, y: 100) + W.phrase("altyapı yapmak.", x: 60, y: 110)
            + W.rightAligned("5.500.000,00", right: 540, y: 105)
            + W.phrase("İmar uygulaması yapmak.", x: 60, y: 121) + W.rightAligned("1.101.000,00", right: 540, y: 121)
        let found = rows(words, rulings: [W.rule(y: 119.5, from: 55, to: 545)])
        #expect(found.map(\.text) == ["Kentsel dönüşüm alanlarında 5.500.000,00 altyapı yapmak.", "İmar uygulaması yapmak. 1.101.000,00"])
        #expect(found.map { $0.lines.count } == [3, 1])
    }

    /// The rule under "Kaynak İhtiyacı 2024 (TL)" spans only its three columns: the header
    /// stays one row; the full-width rule under the header ends it.
    @Test func shortRuleUnderSpanningHeaderDoesNotSplit() {
        let words = W.phrase("Kaynak İhtiyacı 2024 (TL)", x: 370, y: 130) + W.phrase("Faaliyetler", x: 170, y: 135)
            + W.phrase("Bütçe", x: 360, y: 140) + W.phrase("Bütçe Dışı", x: 400, y: 140) + W.phrase("Toplam", x: 460, y: 140)
            + W.phrase("1 Revizyon nazım imar planları yapmak.", x: 60, y: 151) + W.rightAligned("5.500.000,00", right: 405, y: 151)
        let underGroup = W.rule(y: 139.5, from: 355, to: 490)
        let underHeader = W.rule(y: 149.5, from: 55, to: 545)
        let found = rows(words, rulings: [underGroup, underHeader])
        #expect(found.map(\.text) == [
            "Kaynak İhtiyacı 2024 (TL) Faaliyetler Bütçe Bütçe Dışı Toplam",
            "1 Revizyon nazım imar planları yapmak. 5.500.000,00",
        ])
        #expect(found.map(\.separatedBy) == [.pageStart, .ruling])
        // A rule as wide as the table at the same height would split the header.
        #expect(rows(words, rulings: [W.rule(y: 139.5, from: 55, to: 545), underHeader]).count == 3)
    }

    /// Vertical rules between columns never end a row.
    @Test func verticalRulesDoNotSplitRows() {
        let words = W.phrase("Kentsel dönüşüm alanlarında", x: 60, y: 100) + W.phrase("altyapı yapmak.", x: 60, y: 110)
        let columnRule = Ruling(axis: .vertical, position: 300, start: 90, end: 130)
        #expect(rows(words, rulings: [columnRule]).count == 1)
    }

    /// Kayseri p. 36, unruled activity rows 15 pt apart (7 pt of white between 8 pt lines).
    @Test func unruledRowsSplitAtGaps() {
        let words = [
            W.word("1", 84.81, 171.69, 89.54, 179.67), W.word("Revizyon", 120.66, 171.69, 155.62, 179.67),
            W.word("5.500.000,00", 355.59, 171.69, 405.22, 179.67),
            W.word("2", 84.81, 186.72, 89.54, 194.70), W.word("İmar", 120.66, 186.72, 137.66, 194.70),
            W.word("1.101.000,00", 355.59, 186.72, 405.22, 194.70),
            W.word("3", 84.81, 201.75, 89.54, 209.73), W.word("Kamulaştırmalar", 120.66, 201.75, 182.54, 209.73),
            W.word("39.899.000,00", 350.86, 201.75, 405.22, 209.73),
            W.word("Genel", 59.69, 232.80, 83.31, 240.78), W.word("Toplam", 85.67, 232.80, 115.90, 240.78),
            W.word("50.000.000,00", 350.86, 232.80, 405.22, 240.78),
        ]
        let found = rows(words)
        #expect(found.map(\.text) == ["1 Revizyon 5.500.000,00", "2 İmar 1.101.000,00", "3 Kamulaştırmalar 39.899.000,00", "Genel Toplam 50.000.000,00"])
        #expect(found.map(\.separatedBy) == [.pageStart, .gap, .gap, .gap])
    }

    /// Chromium's unruled activity table (Fixtures/chromium merged-costs, p. 2): wrapped lines
    /// touch (0.07 pt apart), rows are 4.6 pt apart — half a line — under the 0.6 line heights
    /// that part rows where lines are set further apart; beyond this page's line spacing, they split.
    @Test func unruledRowsWithLittlePaddingSplitBeyondThePageLineSpacing() {
        let words = [
            W.word("F1", 48, 218.51, 57.33, 227.44), W.word("Balıkesir", 59.55, 218.51, 90.19, 227.44),
            W.word("800.000", 517.85, 218.51, 546.74, 227.44),
            W.word("alanlarında", 48, 227.51, 87.55, 236.44), W.word("adete", 48, 236.51, 68, 245.44),
            W.word("etmek.", 48, 245.51, 71.99, 254.44),
            W.word("F2", 48, 259.01, 57.33, 267.94), W.word("Deniz", 59.55, 259.01, 79.98, 267.94),
            W.word("800.000", 517.85, 259.01, 546.74, 267.94),
            W.word("çalışmalarının", 48, 268.01, 97.75, 276.94),
            W.word("Genel", 48, 289.76, 70.21, 298.69), W.word("Toplam", 72.43, 289.76, 100.26, 298.69),
            W.word("1.600.000", 511.18, 289.76, 546.74, 298.69),
        ]
        let found = rows(words)
        #expect(found.map { $0.lines.count } == [4, 2, 1])
        #expect(found.map(\.separatedBy) == [.pageStart, .gap, .gap])
        // Ruled, the same page leaves gaps to 0.6 line heights; between its rules the rows are read
        // as unruled ones, kept where each opens with a code (F1, F2).
        #expect(rows(words, rulings: [W.rule(y: 288, from: 45, to: 550)]).map { $0.lines.count } == [4, 2, 1])
    }

    /// A wide landscape table whose cells do not wrap: many rows half a line apart and the only
    /// touching lines those of the heading above; the heading gives the page's line spacing.
    @Test func rowsThatRarelyWrapTakeTheLineSpacingFromTheFewThatDo() {
        var words = W.phrase("Amaç: 1 Şehrimizin doğal, tarihi ve kültürel mirasına uyumlu", x: 45, y: 50)
            + W.phrase("gelişimine yön veren planlı yaşanabilir bir kent oluşturmak.", x: 45, y: 58)
            + W.phrase("Hedef: 1.1 Tüm ölçeklerde imar planları hazırlayarak", x: 45, y: 66)
        for k in 0..<8 {
            let y = 90 + Double(k) * 11.5
            words += W.phrase("\(k + 1) Gösterge adı", x: 48, y: y) + W.rightAligned("1.500", right: 540, y: y)
        }
        let found = rows(words)
        #expect(found.map { $0.lines.count } == [3] + Array(repeating: 1, count: 8))
    }

    /// Balıkesir p. 37: lines of one name 1.4 pt apart stay together; rows 8 pt apart split.
    @Test func wrappedLinesStayInTheirGapSeparatedRow() {
        let found = rows(BalikesirActivityTable.body)
        #expect(found.map { $0.lines.count } == [3, 3, 1])
        #expect(found.map(\.separatedBy) == [.pageStart, .gap, .gap])
    }

    /// A page of a few headings over a table with turned header cells: the turned lines are
    /// tall (their height is their length) but do not make the headings' gap a wrapped line's.
    @Test func turnedHeaderCellsDoNotWidenTheRowGap() {
        let headings = W.phrase("Amaç A1 – Altyapı hizmetlerini geliştirmek.", x: 60, y: 100)
            + W.phrase("Performans Hedefi H1.1 – Plajları arttırmak.", x: 60, y: 114)
        let turned = ["Gerçekleşme 2020", "Gerçekleşme 2021", "Tahmini 2023", "Hedeflenen 2024"].enumerated().map { k, text in
            Word(text: text, box: Rect(x0: 300 + 12 * Double(k), y0: 140, x1: 308 + 12 * Double(k), y1: 210), fontSize: W.fontSize, rotation: 270)
        }
        let found = rows(headings + turned)
        #expect(found.prefix(2).map(\.text) == ["Amaç A1 – Altyapı hizmetlerini geliştirmek.", "Performans Hedefi H1.1 – Plajları arttırmak."])
    }

    @Test func noLinesNoRows() {
        #expect(RowSegmenter.rows(lines: [], rulings: [W.rule(y: 10, from: 0, to: 500)], page: 1).isEmpty)
    }

    /// Vertical header cells (text turned 90°) make lines as tall as their text is long; the
    /// gap that ends a row is still measured against the lines that run across the page.
    @Test func verticalHeaderCellsDoNotStretchTheRowGap() {
        func vertical(_ text: String, x: Double, bottom: Double) -> Word {
            Word(text: text, box: Rect(x0: x, y0: bottom - Double(text.count) * 4.5, x1: x + 9, y1: bottom), fontSize: 8, rotation: 90)
        }
        let header = [vertical("Gerçekleşen", x: 300, bottom: 150), vertical("Tahmin", x: 340, bottom: 150),
                      vertical("Hedeflenen", x: 380, bottom: 150), vertical("Birikimli", x: 420, bottom: 150)]
            + W.phrase("Performans Göstergesi", x: 60, y: 120)
        let data = W.phrase("1 Yapılacak alan", x: 60, y: 158) + W.rightAligned("77.572", right: 310, y: 158)
            + W.phrase("2 Tadilat alanı", x: 60, y: 176) + W.rightAligned("13.166", right: 310, y: 176)
            + W.phrase("3 İmar uygulaması", x: 60, y: 194) + W.rightAligned("1.482", right: 310, y: 194)
        let found = rows(header + data)
        #expect(found.count == 4)
        #expect(found.last?.text == "3 İmar uygulaması 1.482")
    }
}
