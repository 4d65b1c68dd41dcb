import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// Words of cells on one line: each (text, x) starting at x, words 0.3 font sizes apart.
private func band(page: Int = 3, _ cells: [(String, Double)], y: Double, size: Double = 8) -> RowBand {
    WordBoxes.band(page: page, cells.flatMap { text, x -> [Word] in
        var left = x
        return text.split(separator: " ").map { w in
            let width = Double(w.count) * size * 0.5
            defer { left += width + size * 0.3 }
            return WordBoxes.word(String(w), left, y, left + width, y + size, size: size)
        }
    })
}

/// Header blocks of several rows (HeaderBlock, GoalTableReader, TableSection).
@Suite struct HeaderBlockTests {
    static func yearRow(page: Int = 3, y: Double) -> RowBand { band(page: page, [("2022", 300), ("2023", 380), ("2024", 460)], y: y) }
    static func kindRow(page: Int = 3, y: Double) -> RowBand {
        band(page: page, [("Performans Göstergeleri", 40), ("Gerçekleşen", 290), ("Tahmin", 380), ("Hedef", 460)], y: y)
    }
    static func indicator(page: Int = 3, _ code: String, y: Double) -> RowBand {
        band(page: page, [("\(code) Yapılacak alan (ha)", 40), ("77.572", 300), ("91.350", 380), ("101.350", 460)], y: y)
    }

    /// The row of years printed above the kinds of value (cells set apart by a rule) is the
    /// header's first row: each value column gets its year.
    @Test func yearRowAboveTheKindsOfValue() throws {
        let rows = [Self.yearRow(y: 100), Self.kindRow(y: 115), Self.indicator("1", y: 135)]
        let (draft, _) = GoalTableReader.read(rows[...], titlePage: 3)
        let indicator = try #require(draft.indicators.first)
        #expect(indicator.values.map { "\($0.year) \($0.kind)" } == ["2022 actual", "2023 estimate", "2024 target"])
        #expect(draft.notes.isEmpty)
    }

    /// A header whose columns run together on one line takes no data row as its second row:
    /// “PG1.2.1 … % - 100” opens with a row's code, though “- 100” are no amounts.
    @Test func aRowOpeningWithItsCodeIsNoSecondHeaderRow() {
        let header = band([("Performans Göstergeleri Birim 2023 Beklenen 2024 Hedefi", 40)], y: 100)
        let row = band([("PG1.2.1 Tamamlanma Oranı", 40), ("%", 300), ("-", 380), ("100", 460)], y: 115)
        let (_, covered) = HeaderBlock.header(in: [header, row][...], at: 0, lowerBound: 0)
        #expect(covered == 0..<1)
        #expect(HeaderBlock.opensWithRowCode(row) && !HeaderBlock.opensWithRowCode(Self.yearRow(y: 100)))
    }

    /// Cells merged over both header rows and set at their top (Word's default): "Performans
    /// Göstergeleri" stands beside the years, the kinds of value stand under the years alone, a gap
    /// apart. The lower row leaves the first column blank, as no body row does: it joins the header,
    /// and where the header is repeated on the next page it is repeated with it.
    @Test func lowerRowUnderCellsMergedAtTheTop() throws {
        func top(page: Int = 3, y: Double) -> RowBand {
            band(page: page, [("Performans Göstergeleri", 40), ("2022", 300), ("2023", 380), ("2024", 460)], y: y)
        }
        func lower(page: Int = 3, y: Double) -> RowBand { band(page: page, [("Gerçekleşen", 290), ("Tahmin", 380), ("Hedef", 460)], y: y) }
        #expect(HeaderBlock.isLowerRow(lower(y: 115), under: top(y: 100)))
        #expect(!HeaderBlock.isLowerRow(Self.indicator("1", y: 135), under: top(y: 100)))
        let rows = [top(y: 100), lower(y: 115), Self.indicator("1", y: 135),
                    top(page: 4, y: 60), lower(page: 4, y: 75), Self.indicator(page: 4, "2", y: 95)]
        let (draft, _) = GoalTableReader.read(rows[...], titlePage: 3)
        #expect(draft.indicators.map(\.code) == ["1", "2"])
        #expect(draft.indicators.allSatisfy { $0.values.map { "\($0.year) \($0.kind)" } == ["2022 actual", "2023 estimate", "2024 target"] })
        #expect(draft.notes.isEmpty)
    }

    /// Under a blank first cell (an indicator printed without its number in the "No" column), a
    /// row of counts, plain integers with neither dot nor comma, is the table's first row, not the
    /// header's lower row: a lower row names columns, and its only figures are years ("2022 2023
    /// 2024" under cells merged at the top) or economic codes ("03").
    @Test func countsUnderABlankFirstCellAreData() throws {
        let top = band([("No", 20), ("Performans Göstergeleri", 40), ("2022", 300), ("2023", 380), ("2024", 460)], y: 100)
        let kinds = band([("Gerçekleşen", 290), ("Tahmin", 380), ("Hedef", 460)], y: 115)
        let counts = band([("Ağaç dikilen park", 40), ("12", 300), ("15", 380), ("20", 460)], y: 135)
        let next = band([("2", 20), ("Yapılan park", 40), ("3", 300), ("4", 380), ("5", 460)], y: 150)
        #expect(HeaderBlock.isLowerRow(kinds, under: top))
        #expect(HeaderBlock.isLowerRow(band([("2022", 300), ("2023", 380), ("2024", 460)], y: 115), under: top))
        #expect(HeaderBlock.isLowerRow(band([("03 Mal", 300), ("06 Sermaye", 380)], y: 115), under: top))
        #expect(!HeaderBlock.isLowerRow(counts, under: top))
        #expect(!HeaderBlock.isLowerRow(next, under: top))
        #expect(!HeaderBlock.isLowerRow(band([("12", 300), ("15", 380), ("%20", 460)], y: 135), under: top))
        // A header of one row, over the first page's rows and repeated over the next page's.
        func header(page: Int, y: Double) -> RowBand {
            band(page: page, [("No", 20), ("Performans Göstergeleri", 40), ("2022 Gerçekleşen", 290), ("2023 Tahmin", 380), ("2024 Hedef", 460)], y: y)
        }
        func row(page: Int, _ code: String?, _ name: String, y: Double) -> RowBand {
            band(page: page, (code.map { [($0, 20.0)] } ?? []) + [(name, 40), ("12", 300), ("15", 380), ("20", 460)], y: y)
        }
        let rows = [header(page: 3, y: 100), row(page: 3, nil, "Ağaç dikilen park", y: 115), row(page: 3, "2", "Yapılan park", y: 130),
                    header(page: 4, y: 60), row(page: 4, nil, "Açılan kreş", y: 75), row(page: 4, "4", "Yapılan yol", y: 90)]
        let (draft, _) = GoalTableReader.read(rows.prefix(3), titlePage: 3)
        #expect(draft.indicators.map(\.name) == ["Ağaç dikilen park", "Yapılan park"])
        let first = try #require(draft.indicators.first)
        #expect(first.values.map { "\($0.year) \($0.kind) \($0.raw)" } == ["2022 actual 12", "2023 estimate 15", "2024 target 20"])
        // Under the repeated header the row stays a row of the table (what it then continues, at the
        // head of a page and without a code, is `RowContinuation`'s to say).
        let section = TableSection.build(header: rows[0], data: Array(rows.dropFirst()), isRepeatedHeader: { $0.text.hasPrefix("No ") })
        #expect(section.rows.map { $0.text(1) } == ["Ağaç dikilen park", "Yapılan park", "Açılan kreş", "Yapılan yol"])
    }

    /// A row of five years is a group row too (more words than a worded year group).
    @Test func fiveYearsAreAGroupRow() {
        let years = band([("2021", 200), ("2022", 260), ("2023", 320), ("2024", 380), ("2025", 440)], y: 100)
        #expect(HeaderBlock.isGroupRow(years))
    }

    /// On the next page the header is repeated with its row of years: neither is data.
    @Test func repeatedHeaderTakesItsYearRow() throws {
        let rows = [Self.yearRow(y: 100), Self.kindRow(y: 115), Self.indicator("1", y: 135),
                    Self.yearRow(page: 4, y: 60), Self.kindRow(page: 4, y: 75), Self.indicator(page: 4, "2", y: 95)]
        let (draft, _) = GoalTableReader.read(rows[...], titlePage: 3)
        #expect(draft.indicators.map(\.code) == ["1", "2"])
        #expect(draft.indicators.allSatisfy { $0.values.count == 3 })
    }

    /// "Faaliyet" / "ve" / "Projeler" wrapped in a narrow cell: no line names the activities,
    /// the cell does.
    @Test func activityTitleWrappedInItsCell() {
        func at(_ text: String, _ x: Double, _ y: Double) -> Word { WordBoxes.word(text, x, y, x + Double(text.count) * 4, y + 8, size: 8) }
        let header = WordBoxes.band(page: 3, [at("Faaliyet", 40, 100), at("ve", 48, 110), at("Projeler", 40, 120),
                                              at("Bütçe", 300, 110), at("Toplam", 420, 110)])
        #expect(GoalTableReader.isActivityHeader(header))
        let sentence = band([("Faaliyet", 40)], y: 100)
        #expect(!GoalTableReader.isActivityHeader(sentence))
    }

    /// The activities' header on one line right under the indicators, opening with the numbers'
    /// title ("No | Faaliyet / Proje Adı | Bütçe | Bütçe Dışı | Toplam | Açıklama", the blind tests'
    /// Calc template T03): it starts the activities, which are no further indicators.
    @Test func activityHeaderAfterTheNumbersTitle() {
        let cells: [(String, Double, Int)] = [("No", 40, 0), ("Faaliyet / Proje Adı", 80, 0), ("Bütçe", 300, 0), ("Bütçe Dışı", 360, 0),
                                              ("Toplam", 430, 0), ("Açıklama", 500, 0)]
        let header = WordBoxes.band(page: 3, WordBoxes.cells(cells, y: 160))
        #expect(GoalTableReader.isActivityHeader(header))
        let rows = [WordBoxes.band(page: 3, WordBoxes.cells([("No", 40, 0), ("Performans Göstergesi", 80, 0), ("Ölçü Birimi", 300, 0),
                                                            ("2022", 360, 0), ("2023", 430, 0), ("2024", 500, 0)], y: 100)),
                    WordBoxes.band(page: 3, WordBoxes.cells([("1", 40, 0), ("Halihazır yapmak", 80, 0), ("ha", 300, 0), ("1.450", 360, 0),
                                                            ("2.400", 430, 0), ("3.300", 500, 0)], y: 130)),
                    header,
                    WordBoxes.band(page: 3, WordBoxes.cells([("1", 40, 0), ("Revizyon nazım imar planları yapmak.", 80, 0), ("5.500.000,00", 300, 0),
                                                            ("0,00", 360, 0), ("5.500.000,00", 430, 0)], y: 190)),
                    WordBoxes.band(page: 3, WordBoxes.cells([("Genel Toplam", 40, 0), ("5.500.000,00", 300, 0), ("0,00", 360, 0),
                                                            ("5.500.000,00", 430, 0)], y: 210))]
        let (draft, _) = GoalTableReader.read(rows[...], titlePage: 3)
        #expect(draft.indicators.map(\.code) == ["1"])
        #expect(draft.activities.map(\.name) == ["Revizyon nazım imar planları yapmak."])
    }

    /// A total row whose label wraps ("Hedef" over "Toplamı") with the amounts between.
    @Test func totalRowLabelWrappedAroundItsAmounts() {
        let row = WordBoxes.band(page: 3, band([("Hedef", 40)], y: 100).words + band([("₺1.101.000", 200), ("₺50.000.000", 300)], y: 104).words
                                    + band([("Toplamı", 40)], y: 112).words)
        #expect(row.lines.count > 1)
        #expect(GoalTableReader.isGrandTotal(row))
        let activity = WordBoxes.band(page: 3, band([("5 Hedef", 40)], y: 100).words + band([("1.000,00", 200)], y: 104).words
                                          + band([("Toplamı alanı", 40)], y: 112).words)
        #expect(!GoalTableReader.isGrandTotal(activity))
    }

    /// Group headers side by side at different heights ("Ekonomik" / "Kod (TL)" beside
    /// "Kaynak İhtiyacı (TL) 2024") make one group row of three lines, left out of the table above.
    @Test func groupRowOfSeveralLines() {
        let row = WordBoxes.band(page: 3, band([("Ekonomik", 300)], y: 100).words + band([("Kaynak İhtiyacı (TL) 2024", 400)], y: 105).words
                                    + band([("Kod (TL)", 300)], y: 110).words)
        #expect(row.lines.count == 3)
        #expect(HeaderBlock.isGroupRow(row, severalLines: true))
        #expect(!HeaderBlock.isGroupRow(row))
        let paragraph = WordBoxes.band(page: 3, band([("Bu kaynak ile yapılacak işler şunlardır: yol, kaldırım,", 40)], y: 100).words
                                          + band([("park, bahçe, meydan ve otopark alanlarının düzenlenmesi.", 40)], y: 110).words)
        #expect(!HeaderBlock.isGroupRow(paragraph, severalLines: true))
    }

    /// An untitled indicator table whose row of years stands above its header: the walk
    /// starts the table at the row of years, so each value column has its year.
    @Test func untitledTableStartsAtItsYearRow() throws {
        let words = band([("Performans Hedefi 1: İmar planları yapmak.", 40)], y: 60).words + Self.yearRow(y: 100).words
            + Self.kindRow(y: 115).words + Self.indicator("1", y: 135).words
            + band([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 460)], y: 160).words
            + band([("1 Revizyon yapmak.", 40), ("5.500.000,00", 300), ("0,00", 380), ("5.500.000,00", 460)], y: 175).words
            + band([("Genel Toplam", 40), ("5.500.000,00", 300), ("0,00", 380), ("5.500.000,00", 460)], y: 190).words
        let program = ProgramRecognizer.recognize(pages: [WordBoxes.page(3, words)], title: "2024 Yılı Performans Programı")
        let goal = try #require(program.goals.first)
        let indicator = try #require(goal.indicators.first)
        #expect(indicator.values.map { "\($0.year) \($0.kind)" } == ["2022 actual", "2023 estimate", "2024 target"])
    }

    /// "Bütçe" over "İçi" in a narrow column: the wider first line is taken for a group, and
    /// the activity reader still finds the budget there.
    @Test func budgetTitleTakenForAGroup() {
        let section = TableSection(columns: [
            Column(x0: 40, x1: 100, title: "Faaliyet / Proje"),
            Column(x0: 400, x1: 415, title: "İçi", group: "Bütçe Kaynak İhtiyacı 2025"),
            Column(x0: 440, x1: 480, title: "Bütçe Dışı", group: "Kaynak İhtiyacı 2025"),
            Column(x0: 490, x1: 530, title: "Toplam", group: "Kaynak İhtiyacı 2025"),
        ], rows: [])
        let columns = ActivityRows.amountColumns(section)
        #expect(columns.budget == 1 && columns.offBudget == 2 && columns.total == 3)
    }

    /// A header merged from a group row and the row of names under it keeps only the rules both
    /// draw: the group's spanning cell draws none between the columns under it.
    @Test func aMergedHeaderKeepsTheRulesEveryRowDraws() {
        var group = Self.yearRow(y: 100), names = Self.kindRow(y: 112)
        group.verticalRules = [30, 280, 540]
        names.verticalRules = [30, 280, 370, 450, 540]
        #expect(HeaderBlock.merged([group, names]).verticalRules == [30, 280, 540])
        #expect(HeaderBlock.merged([names]).verticalRules == names.verticalRules)
    }
}
