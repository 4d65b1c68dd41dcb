import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

private func cells(_ cs: [(String, Double, Int)], y: Double = 100, size: Double = 8) -> [Word] { WordBoxes.cells(cs, y: y, size: size) }

private func band(_ cs: [(String, Double, Int)], y: Double) -> RowBand {
    WordBoxes.band(page: 9, cells(cs, y: y))
}

/// The resource summary (Toplam Kaynak İhtiyacı Tablosu) in both orientations and the
/// administration summary's wrapped program lines (SummaryTableReader).
@Suite struct SummaryTableTests {
    static func amount(_ text: String) -> Amount { TurkishNumber.amount(text)! }

    static func total(_ totals: [ProgramTotal], _ m: ProgramTotal.Measure, _ code: EconomicCode?, _ source: ProgramTotal.Source?) -> Amount? {
        totals.first { $0.measure == m && $0.economicCode == code && $0.source == source }?.amount
    }

    /// Codes as rows; its "Toplam Kaynak İhtiyacı" row gives each program line over all codes.
    static let codesAsRows: [RowBand] = [
        band([("Ekonomik Kod", 40, 0), ("Faaliyet Toplamı", 200, 0), ("Genel Yönetim Giderleri", 300, 0),
              ("Diğer İdarelere Transfer", 400, 0), ("Genel Toplam", 500, 0)], y: 100),
        band([("03", 40, 0), ("Mal ve Hizmet Alım Giderleri", 60, 0), ("3.337.000,00", 200, 0), ("57.577.000,00", 300, 0),
              ("0,00", 400, 0), ("60.914.000,00", 500, 0)], y: 130),
        band([("06", 40, 0), ("Sermaye Giderleri", 60, 0), ("65.163.000,00", 200, 0), ("120.000,00", 300, 0),
              ("0,00", 400, 0), ("65.283.000,00", 500, 0)], y: 150),
        band([("Toplam Kaynak İhtiyacı", 40, 0), ("68.500.000,00", 200, 0), ("57.697.000,00", 300, 0),
              ("0,00", 400, 0), ("126.197.000,00", 500, 0)], y: 170),
    ]

    @Test func codesAsRowsAndTheirTotalRow() {
        let totals = SummaryTableReader.readResources(Self.codesAsRows)
        #expect(Self.total(totals, .activities, .goodsAndServices, .budget) == Self.amount("3.337.000,00"))
        #expect(Self.total(totals, .generalAdmin, .capital, .budget) == Self.amount("120.000,00"))
        // The totals row: every source together, so no source.
        #expect(Self.total(totals, .activities, nil, nil) == Self.amount("68.500.000,00"))
        #expect(Self.total(totals, .total, nil, nil) == Self.amount("126.197.000,00"))
        #expect(totals.count == 12)
    }

    /// Turned: a row per program line, a column per economic code under "Ekonomik Kod", the
    /// code's name in vertical cells too narrow to reach the group header centred over them.
    static let turned: [RowBand] = [
        WordBoxes.band(page: 9, cells([("Ekonomik Kod", 250, 0)], y: 100) + cells([("Kaynak", 40, 1), ("Toplam Kaynak İhtiyacı", 420, 1)], y: 100)
            + cells([("03 Mal", 200, 2), ("06 Sermaye", 330, 2)], y: 100)),
        band([("Faaliyet Toplamı", 40, 0), ("3.337.000,00", 190, 0), ("65.163.000,00", 320, 0), ("68.500.000,00", 420, 0)], y: 150),
        band([("Genel Yönetim Giderleri", 40, 0), ("57.577.000,00", 190, 0), ("120.000,00", 320, 0), ("57.697.000,00", 420, 0)], y: 170),
        band([("Genel Toplam", 40, 0), ("60.914.000,00", 190, 0), ("65.283.000,00", 320, 0), ("126.197.000,00", 420, 0)], y: 190),
        band([("Sonraki sayfanın metni 2.000,00 ile 3.000,00", 40, 0)], y: 230),
    ]

    @Test func turnedSummaryHasAColumnPerCode() {
        let totals = SummaryTableReader.readResources(Self.turned)
        #expect(Self.total(totals, .activities, .goodsAndServices, .budget) == Self.amount("3.337.000,00"))
        #expect(Self.total(totals, .activities, .capital, .budget) == Self.amount("65.163.000,00"))
        #expect(Self.total(totals, .generalAdmin, nil, nil) == Self.amount("57.697.000,00"))
        #expect(Self.total(totals, .total, .capital, .budget) == Self.amount("65.283.000,00"))
        // The table ends at its Genel Toplam row: the text after it is not read.
        #expect(totals.count == 9)
    }

    /// A group header standing between two columns, clear of both, names their group.
    @Test func groupHeaderBetweenItsColumnsIsNoColumn() {
        let columns = [Column(x0: 40, x1: 70, title: "Kaynak"), Column(x0: 200, x1: 215, title: "03 Mal"),
                       Column(x0: 250, x1: 300, title: "Ekonomik Kod"), Column(x0: 330, x1: 345, title: "06 Sermaye"),
                       Column(x0: 420, x1: 500, title: "Toplam Kaynak İhtiyacı")]
        let placed = TableSection.groupsPlaced(columns)
        #expect(placed.map(\.title) == ["Kaynak", "03 Mal", "06 Sermaye", "Toplam Kaynak İhtiyacı"])
        #expect(placed[1].group == "Ekonomik Kod" && placed[2].group == "Ekonomik Kod")
    }

    /// Centred over two wide titles (a spreadsheet's merged cell), the group header's box touches
    /// the left title's by a fraction of a point (Calc: 0.8 pt): still clear of it, still their group.
    @Test func groupHeaderTouchingAWideTitleIsNoColumn() {
        let columns = [Column(x0: 143.4, x1: 171.7, title: "Kaynak"), Column(x0: 298.6, x1: 416.6, title: "03 Mal ve Hizmet Alım Giderleri"),
                       Column(x0: 415.8, x1: 471.6, title: "Ekonomik Kod"), Column(x0: 492.1, x1: 571.0, title: "06 Sermaye Giderleri"),
                       Column(x0: 661.3, x1: 749.7, title: "Toplam Kaynak İhtiyacı")]
        let placed = TableSection.groupsPlaced(columns)
        #expect(placed.map(\.title) == ["Kaynak", "03 Mal ve Hizmet Alım Giderleri", "06 Sermaye Giderleri", "Toplam Kaynak İhtiyacı"])
        #expect(placed[1].group == "Ekonomik Kod" && placed[2].group == "Ekonomik Kod")
        // Overlapping a title as stacked phrases do, it is no longer clear of it.
        var overlapping = columns
        overlapping[2].x0 = 410
        #expect(TableSection.groupsPlaced(overlapping).count == columns.count)
    }

    /// Without a title the header tells the summary from a cost table: program lines as its
    /// columns, or (turned) a program line as the row under it.
    @Test func untitledSummaryIsToldByItsProgramLines() {
        #expect(TableStart.kind(Self.codesAsRows, at: 0) == .resourceSummary)
        #expect(TableStart.kind(Self.turned, at: 0) == .resourceSummary)
        let costHeader = band([("Ekonomik Kod", 40, 0), ("Bütçe Ödeneği", 200, 0), ("Döner Sermaye", 300, 0), ("Toplam", 500, 0)], y: 100)
        let costRow = band([("03", 40, 0), ("Mal ve Hizmet Alım Giderleri", 60, 0), ("820.000,00", 200, 0), ("0,00", 300, 0), ("820.000,00", 500, 0)], y: 130)
        #expect(TableStart.kind([costHeader, costRow], at: 0) == .cost)
    }

    /// "Ekonomik" over "Kod" in a narrow column is still the economic-code column.
    @Test func wrappedEconomicCodeHeader() {
        let header = band([("Ekonomik", 40, 0), ("Faaliyet", 120, 0), ("Genel Yönetim", 220, 0), ("Genel Toplam", 400, 0),
                           ("Kod", 48, 1), ("Toplamı", 122, 1), ("Giderleri", 225, 1)], y: 100)
        #expect(SummaryTableReader.isResourceHeader(header))
    }

    /// A program line wrapped over the label columns reads line by line ("Performans
    /// Hedefleri" / "Toplamı"), not column by column.
    @Test func wrappedProgramLineOfTheAdministrationSummary() {
        let header = band([("Performans Hedefi", 40, 0), ("Açıklama", 160, 0), ("Bütçe İçi (TL)", 250, 0),
                           ("Bütçe Dışı (TL)", 360, 0), ("Toplam (TL)", 450, 0)], y: 100)
        let line = band([("Performans Hedefleri", 40, 0), ("68.500.000,00", 250, 1), ("0,00", 380, 1), ("68.500.000,00", 450, 1),
                         ("Toplamı", 40, 2)], y: 130)
        let read = SummaryTableReader.readAdministration([header, line])
        #expect(Self.total(read.totals, .activities, nil, .budget) == Self.amount("68.500.000,00"))
        #expect(Self.total(read.totals, .activities, nil, nil) == Self.amount("68.500.000,00"))
    }

    /// The off-budget part split into its sources, with its own "Toplam" under them, before the
    /// "Genel Toplam" column: the group's total is the off-budget amount, the grand total the
    /// total; no source is taken for the off-budget part ("Yurt Dışı" holds "Dışı").
    @Test func offBudgetSourcesWithTheirOwnTotalBeforeTheGrandTotal() {
        let header = band([("Performans Hedefi", 40, 0), ("Açıklama", 120, 0), ("Bütçe", 215, 0),
                           ("Bütçe Dışı Kaynak", 330, 0), ("Genel Toplam", 500, 0),
                           ("Döner Sermaye", 260, 1), ("Diğer Yurt İçi", 330, 1), ("Yurt Dışı", 395, 1), ("Toplam", 440, 1)], y: 100)
        func row(_ label: String, _ amounts: [String], y: Double) -> RowBand {
            band([(label, 40, 0)] + zip(amounts, [200.0, 265, 330, 390, 430, 500]).map { ($0, $1, 0) }, y: y)
        }
        let rows = [header,
                    row("H1.1 Plajları arttırmak", ["800.000", "50.000", "20.000", "10.000", "80.000", "880.000"], y: 130),
                    row("Performans Hedefleri Toplamı", ["800.000", "50.000", "20.000", "10.000", "80.000", "880.000"], y: 150),
                    row("Genel Toplam", ["900.000", "50.000", "20.000", "10.000", "80.000", "980.000"], y: 170)]
        let totals = SummaryTableReader.readAdministration(rows).totals
        #expect(Self.total(totals, .activities, nil, .budget) == Self.amount("800.000"))
        #expect(Self.total(totals, .activities, nil, .offBudget) == Self.amount("80.000"))
        #expect(Self.total(totals, .activities, nil, nil) == Self.amount("880.000"))
        #expect(Self.total(totals, .total, nil, .offBudget) == Self.amount("80.000"))
        #expect(Self.total(totals, .total, nil, nil) == Self.amount("980.000"))
    }

    /// A code's name wrapped with its first line much wider ("03 Mal ve Hizmet Alım" over
    /// "Giderleri") stands as the column's group: the code is read from both.
    @Test func codeFromTheLineTakenForAGroup() {
        let column = Column(x0: 200, x1: 240, title: "Giderleri", group: "03 Mal ve Hizmet Alım")
        #expect(EconomicCodeReader.columnCode(column) == .goodsAndServices)
        #expect(SummaryTableReader.summaryCode(column) == .goodsAndServices)
        #expect(EconomicCodeReader.columnCode(Column(x0: 0, x1: 10, title: "Diğer Yurt İçi", group: "Bütçe Dışı Kaynak")) == nil)
    }

    /// A turned summary whose header stands at the foot of a page and is repeated on the next:
    /// the first row under it is past the repeat.
    @Test func untitledSummaryHeaderRepeatedBeforeItsRows() {
        let bands = [Self.turned[0], Self.turned[0]] + Self.turned.dropFirst()
        #expect(TableStart.kind(bands, at: 0) == .resourceSummary)
    }

    /// "Toplam Kaynak" over "İhtiyacı" taken for a group over the total column: still the total.
    @Test func totalColumnTitleTakenForAGroup() {
        var rows = Self.turned
        rows[0] = WordBoxes.band(page: 9, cells([("Ekonomik Kod", 250, 0)], y: 100) + cells([("Kaynak", 40, 1), ("Toplam Kaynak", 405, 1)], y: 100)
            + cells([("03 Mal", 200, 2), ("06 Sermaye", 330, 2), ("İhtiyacı", 420, 2)], y: 100))
        let totals = SummaryTableReader.readResources(rows)
        #expect(Self.total(totals, .generalAdmin, nil, nil) == Self.amount("57.697.000,00"))
    }

    /// "Diğer İdarelere Transfer Edilecek" over "Kaynaklar" in one cell, its first line taken for
    /// a group over that column alone: the column is the transfers'. A group over several
    /// columns names none of them ("Bütçe Dışı Kaynak" over its sources).
    @Test func programLineTitleTakenForAGroupOverItsColumnAlone() {
        let columns = [Column(x0: 40, x1: 150, title: "Ekonomik Kod"),
                       Column(x0: 200, x1: 250, title: "Genel Yönetim Giderleri"),
                       Column(x0: 300, x1: 340, title: "Kaynaklar", group: "Diğer İdarelere Transfer Edilecek"),
                       Column(x0: 400, x1: 440, title: "Toplam", group: "Genel Yönetim"),
                       Column(x0: 460, x1: 500, title: "Payı", group: "Genel Yönetim")]
        #expect(SummaryTableReader.measure(ofColumn: 1, in: columns) == .generalAdmin)
        #expect(SummaryTableReader.measure(ofColumn: 2, in: columns) == .transfers)
        #expect(SummaryTableReader.measure(ofColumn: 4, in: columns) == nil)
    }

    /// "Ekonomik Kod" set apart by a rule over the code columns: the header is both rows, for
    /// telling the table (untitled) and for reading it.
    @Test func summaryHeaderInTwoRows() {
        let rows = [band([("Ekonomik Kod", 250, 0)], y: 90),
                    WordBoxes.band(page: 9, cells([("Kaynak", 40, 0), ("Toplam Kaynak İhtiyacı", 420, 0), ("03 Mal", 200, 0), ("06 Sermaye", 330, 0)], y: 110))]
            + Self.turned.dropFirst()
        #expect(TableStart.kind(rows, at: 0) == .resourceSummary)
        let totals = SummaryTableReader.readResources(rows)
        #expect(Self.total(totals, .activities, .capital, .budget) == Self.amount("65.163.000,00"))
        #expect(totals.count == 9)
    }

    /// "Ekonomik Kod (TL)" stacked onto the first code column's title: the code follows it.
    @Test func codeAfterTheGroupStackedOntoItsTitle() {
        #expect(EconomicCodeReader.columnCode("Ekonomik Kod (TL) 03 Mal ve Hizmet") == .goodsAndServices)
        #expect(EconomicCodeReader.columnCode("Ekonomik Kod") == nil)
        #expect(EconomicCodeReader.columnCode("Bütçe Ödeneği 2024") == nil)
    }

    /// An administration summary row: the label, then amounts at `xs`.
    static func adminRow(_ label: String, _ amounts: [String], xs: [Double], y: Double) -> RowBand {
        band([(label, 40, 0)] + zip(amounts, xs).map { ($0, $1, 0) }, y: y)
    }

    /// Each source a group over its amount and its share (“Bütçe İçi” over “TL | Pay”, the units
    /// alone on the header's second row) and the corner over the program lines blank: the units
    /// row joins the header, the group names the amount under it, and the labels are a column of
    /// their own, not part of the first amount's cell.
    @Test func sourcesOverTheirAmountAndShareUnderABlankCorner() {
        let header = [band([("Bütçe İçi", 262, 0), ("Bütçe Dışı", 382, 0), ("Toplam", 508, 0)], y: 80),
                      band([("TL", 250, 0), ("Pay", 310, 0), ("TL", 370, 0), ("Pay", 430, 0), ("TL", 490, 0), ("Pay", 550, 0)], y: 95)]
        let xs = [250.0, 310, 370, 430, 490, 550]
        let read = SummaryTableReader.readAdministration(header + [
            Self.adminRow("Performans Hedefleri Toplamı", ["800.000", "80,00", "0", "0,00", "800.000", "80,00"], xs: xs, y: 120),
            Self.adminRow("Genel Toplam", ["1.000.000", "100,00", "0", "0,00", "1.000.000", "100,00"], xs: xs, y: 140)])
        #expect(Self.total(read.totals, .activities, nil, .budget) == Self.amount("800.000"), "\(read.totals)")
        #expect(Self.total(read.totals, .activities, nil, .offBudget) == .zero, "\(read.totals)")
        #expect(Self.total(read.totals, .total, nil, nil) == Self.amount("1.000.000"), "\(read.totals)")
        #expect(read.shares.count == 2 && read.notes.isEmpty, "\(read.shares) \(read.notes)")
        #expect(HeaderBlock.isUnitsRow(header[1]) && HeaderBlock.isUnitsRow(band([("(TL)", 250, 0), ("(%)", 310, 0)], y: 95)))
        #expect(!HeaderBlock.isUnitsRow(band([("TL", 250, 0), ("2024", 310, 0)], y: 95)) && !HeaderBlock.isUnitsRow(header[0]))
    }

    /// The program lines alone under a header naming only Bütçe, Bütçe Dışı Kaynak and Toplam
    /// over a blank corner (no unit, no share, no goal column: Kayseri's İdare Performans Tablosu
    /// as a word processor prints it): the lines under it say what it is.
    @Test func programLinesUnderABlankCornerWithoutUnits() {
        let xs = [250.0, 370, 490]
        let rows = [band([("Bütçe", 262, 0), ("Bütçe Dışı Kaynak", 370, 0), ("Toplam", 508, 0)], y: 80),
                    Self.adminRow("Performans Hedefleri Maliyetleri Toplamı", ["8.022.000.000,00", "0,00", "8.022.000.000,00"], xs: xs, y: 100),
                    Self.adminRow("Genel Yönetim Giderleri", ["3.478.000.000,00", "0,00", "3.478.000.000,00"], xs: xs, y: 115),
                    Self.adminRow("Diğer İdarelere Transfer Edilecek Kaynaklar", ["0,00", "0,00", "0,00"], xs: xs, y: 130),
                    Self.adminRow("Genel Toplam", ["11.500.000.000,00", "0,00", "11.500.000.000,00"], xs: xs, y: 145)]
        let totals = SummaryTableReader.readAdministration(rows).totals
        #expect(Self.total(totals, .activities, nil, .budget) == Self.amount("8.022.000.000,00"))
        #expect(Self.total(totals, .generalAdmin, nil, .offBudget) == Self.amount("0,00"))
        #expect(Self.total(totals, .total, nil, nil) == Self.amount("11.500.000.000,00"))
        #expect(totals.count == 12)
        // A header naming the same money over rows that are no program line is none of it.
        #expect(SummaryTableReader.readAdministration([rows[0], Self.adminRow("Park yapımı", ["5.000,00", "0,00", "5.000,00"], xs: xs, y: 100)]).totals.isEmpty)
    }

    /// A code left of the first column under a blank corner keys its row with the first column, as
    /// before (an indicator's number under an empty cell); so does a first column of text.
    @Test func noCornerColumnOverCodesOrBesideText() {
        let header = band([("Bütçe", 250, 0), ("Toplam", 370, 0)], y: 95)
        let codes = [band([("1", 40, 0), ("800.000", 250, 0), ("800.000", 370, 0)], y: 120)]
        #expect(TableSection.build(header: header, data: codes, isRepeatedHeader: { _ in false }).columns.count == 2)
        let texts = band([("Faaliyetler", 250, 0), ("Toplam", 370, 0)], y: 95)
        let named = [band([("Ek", 40, 0), ("Yol yapımı", 250, 0), ("800.000", 370, 0)], y: 120)]
        #expect(TableSection.build(header: texts, data: named, isRepeatedHeader: { _ in false }).columns.count == 2)
        let labels = [band([("Genel Toplam", 40, 0), ("800.000", 250, 0), ("800.000", 370, 0)], y: 120)]
        let section = TableSection.build(header: header, data: labels, isRepeatedHeader: { _ in false })
        #expect(section.columns.map(\.title) == ["", "Bütçe", "Toplam"])
        #expect(section.rows.first?.text(0) == "Genel Toplam")
    }

    /// Budget and total named, the off-budget column under a title the lexicon does not know
    /// (“Hibe”): the document's sums (total − budget) name it, never its place.
    @Test func anUnnamedColumnIsNamedByTheSums() {
        let header = band([("Performans Hedefi", 40, 0), ("Bütçe (TL)", 250, 0), ("Hibe", 340, 0), ("Toplam (TL)", 430, 0)], y: 100)
        let xs = [250.0, 340, 430]
        let read = SummaryTableReader.readAdministration([header,
            Self.adminRow("Performans Hedefleri Toplamı", ["800.000,00", "80.000,00", "880.000,00"], xs: xs, y: 130),
            Self.adminRow("Genel Toplam", ["900.000,00", "80.000,00", "980.000,00"], xs: xs, y: 150)])
        #expect(Self.total(read.totals, .activities, nil, .offBudget) == Self.amount("80.000,00"))
        #expect(Self.total(read.totals, .total, nil, .budget) == Self.amount("900.000,00"))
        #expect(Self.total(read.totals, .total, nil, nil) == Self.amount("980.000,00"))
        #expect(read.notes.isEmpty, "\(read.notes)")
    }

    /// Three amount columns under one group naming budget and total (“Bütçe ve Bütçe Dışı
    /// Toplamı (TL)”), their own titles naming nothing: the sums tell the total (the column that
    /// is the other two added), not which of the others is the budget. Those two are stated as
    /// left unread, never assigned by their order.
    @Test func unnamedColumnsAreNotTakenByPosition() {
        let header = band([("Performans Hedefi", 40, 0), ("Bütçe ve Bütçe Dışı Toplamı (TL)", 250, 0),
                           ("Sütun A", 250, 1), ("Sütun B", 340, 1), ("Sütun C", 430, 1)], y: 100)
        let xs = [250.0, 340, 430]
        let read = SummaryTableReader.readAdministration([header,
            Self.adminRow("Performans Hedefleri Toplamı", ["800.000,00", "80.000,00", "880.000,00"], xs: xs, y: 140),
            Self.adminRow("Genel Toplam", ["900.000,00", "80.000,00", "980.000,00"], xs: xs, y: 160)])
        #expect(Self.total(read.totals, .total, nil, nil) == Self.amount("980.000,00"), "\(read.totals)")
        #expect(!read.totals.contains { $0.source != nil }, "\(read.totals)")
        #expect(read.notes.count == 2 && read.notes.allSatisfy(LeftUnread.isUnread), "\(read.notes)")
        #expect(read.notes.contains { $0.contains("Sütun A") } && read.notes.contains { $0.contains("Sütun B") }, "\(read.notes)")
    }

    /// The same columns whose amounts do not add up: none is named, all three are stated unread.
    @Test func columnsThatDoNotAddUpAreLeftUnread() {
        let header = band([("Performans Hedefi", 40, 0), ("Bütçe ve Bütçe Dışı Toplamı (TL)", 250, 0),
                           ("Sütun A", 250, 1), ("Sütun B", 340, 1), ("Sütun C", 430, 1)], y: 100)
        let xs = [250.0, 340, 430]
        let read = SummaryTableReader.readAdministration([header,
            Self.adminRow("Genel Toplam", ["900.000,00", "80.000,00", "990.000,00"], xs: xs, y: 160)])
        #expect(read.totals.isEmpty, "\(read.totals)")
        #expect(read.notes.count == 3, "\(read.notes)")
    }

    /// Budget named, off-budget and total under unknown titles with a group over both ("Toplam
    /// (TL)", which names neither alone): the column that is the budget plus the other is the
    /// total, the other the off-budget part — a line of zeros tells nothing, the goals' line does.
    @Test func theBudgetNamedTellsTheOtherTwoBySums() {
        let header = band([("Performans Hedefi", 40, 0), ("Bütçe Ödeneği", 250, 0), ("Toplam (TL)", 370, 0), ("Pay", 520, 0),
                           ("Sütun B", 340, 1), ("Sütun C", 430, 1)], y: 100)
        let xs = [250.0, 340, 430, 520]
        let read = SummaryTableReader.readAdministration([header,
            Self.adminRow("Diğer İdarelere Transfer Edilecek Kaynaklar", ["0,00", "0,00", "0,00", "0"], xs: xs, y: 140),
            Self.adminRow("Performans Hedefleri Toplamı", ["800.000,00", "80.000,00", "880.000,00", "90"], xs: xs, y: 160),
            Self.adminRow("Genel Toplam", ["900.000,00", "80.000,00", "980.000,00", "100"], xs: xs, y: 180)])
        #expect(Self.total(read.totals, .activities, nil, .offBudget) == Self.amount("80.000,00"), "\(read.totals)")
        #expect(Self.total(read.totals, .total, nil, nil) == Self.amount("980.000,00"))
        #expect(read.notes.isEmpty, "\(read.notes)")
    }
}

/// The İdare Performans Tablosu without a title, units or shares: known by its columns alone,
/// a column of performance goals beside budget and total columns (SummaryTableReader, TableStart).
@Suite struct UntitledAdministrationSummaryTests {
    /// “Performans” over “Hedefi” in a narrow first cell; no line holds the phrase.
    static let header = band([("Performans", 40, 0), ("Faaliyetler", 110, 1), ("Açıklamalar", 200, 1), ("Bütçe İçi", 400, 1),
                              ("Bütçe Dışı", 470, 1), ("Toplam", 540, 1), ("Hedefi", 44, 2)], y: 100)

    @Test func goalColumnBesideBudgetAndTotalIsTheSummary() {
        #expect(SummaryTableReader.isAdministrationHeader(Self.header))
        #expect(TableStart.kind([Self.header], at: 0) == .administrationSummary)
    }

    @Test func itsRowsGiveTheProgramLines() {
        let rows = [Self.header,
                    band([("H1.1", 40, 0), ("Plajları arttırmak", 200, 0), ("800.000", 400, 0), ("0", 470, 0), ("800.000", 540, 0)], y: 130),
                    band([("Performans Hedefleri Toplamı", 40, 0), ("800.000", 400, 0), ("0", 470, 0), ("800.000", 540, 0)], y: 150),
                    band([("Genel Toplam", 40, 0), ("900.000", 400, 0), ("0", 470, 0), ("900.000", 540, 0)], y: 170)]
        let totals = SummaryTableReader.readAdministration(rows).totals
        #expect(SummaryTableTests.total(totals, .activities, nil, .budget) == SummaryTableTests.amount("800.000"))
        #expect(SummaryTableTests.total(totals, .total, nil, nil) == SummaryTableTests.amount("900.000"))
    }

    /// An activity table's header (no goal column), even with “TL”, starts a goal table.
    @Test func activityHeaderWithUnitsIsNoSummary() {
        let activities = band([("Faaliyetler", 40, 0), ("Bütçe (TL)", 400, 0), ("Bütçe Dışı (TL)", 470, 0), ("Toplam (TL)", 540, 0)], y: 100)
        #expect(!SummaryTableReader.namesGoalsWithTheirMoney(activities))
        #expect(TableStart.kind([activities], at: 0) == .goal)
    }

    /// A labelled row holds the words in its one value cell: no columns of money.
    @Test func goalLabelWithMoneyWordsIsNoSummary() {
        let label = band([("Performans Hedefi:", 40, 0), ("Bütçe toplamının etkin kullanılmasını sağlamak", 160, 0)], y: 100)
        #expect(!SummaryTableReader.namesGoalsWithTheirMoney(label))
    }

    /// The lira sign in the header's titles (“Bütçe İçi (₺)”, “Toplam ₺”) states the unit as “(TL)”
    /// does: the program lines under a blank corner are the summary's (the sign folded away, the
    /// header named no unit, and the summary was left unread).
    @Test func liraSignInTheAdministrationHeader() {
        for titles in [["Bütçe İçi (₺)", "Bütçe Dışı (₺)", "Toplam (₺)"], ["Bütçe ₺", "Bütçe Dışı ₺", "Toplam ₺"]] {
            let header = band(zip(titles, [250.0, 370, 490]).map { ($0, $1, 0) }, y: 95)
            let xs = [250.0, 370, 490]
            let read = SummaryTableReader.readAdministration([header,
                SummaryTableTests.adminRow("Performans Hedefleri Toplamı", ["800.000", "0", "800.000"], xs: xs, y: 120),
                SummaryTableTests.adminRow("Genel Toplam", ["1.000.000", "0", "1.000.000"], xs: xs, y: 140)])
            #expect(SummaryTableTests.total(read.totals, .activities, nil, .budget) == SummaryTableTests.amount("800.000"), "\(titles): \(read.totals)")
            #expect(SummaryTableTests.total(read.totals, .total, nil, nil) == SummaryTableTests.amount("1.000.000"), "\(titles)")
            #expect(SummaryTableReader.isAdministrationHeader(header))
        }
    }
}
