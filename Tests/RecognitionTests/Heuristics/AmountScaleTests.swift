import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

private func cells(_ cs: [(String, Double, Int)], y: Double = 100, size: Double = 8) -> [Word] { WordBoxes.cells(cs, y: y, size: size) }

private func band(_ cs: [(String, Double, Int)], y: Double) -> RowBand { WordBoxes.band(page: 9, cells(cs, y: y)) }

/// Amounts stated in thousands of lira (“Bin TL”, `AmountScale`): read ×1000 into the contract's
/// lira where the header over them says so; read as printed, with a diagnostic, where the
/// header states two units.
@Suite struct AmountScaleTests {
    static func amount(_ text: String) -> Amount { TurkishNumber.amount(text)! }

    /// The resource summary with its total column “Genel Toplam (Bin TL)”: one decimal of a thousand.
    static func summary(totalHeading: String, activitiesHeading: String = "Faaliyet Toplamı") -> [RowBand] {
        [band([("Ekonomik Kod", 40, 0), (activitiesHeading, 200, 0), ("Genel Yönetim Giderleri", 300, 0), (totalHeading, 500, 0)], y: 100),
         band([("03", 40, 0), ("Mal ve Hizmet Alım Giderleri", 60, 0), ("3.337,0", 200, 0), ("57.577,5", 300, 0), ("60.914,5", 500, 0)], y: 130),
         band([("Toplam Kaynak İhtiyacı", 40, 0), ("3.337,0", 200, 0), ("57.577,5", 300, 0), ("60.914,5", 500, 0)], y: 150)]
    }

    @Test func aSummaryInThousandsIsReadInLira() {
        let (totals, notes) = SummaryTableReader.readResourceTable(Self.summary(totalHeading: "Genel Toplam (Bin TL)"))
        #expect(notes.isEmpty)
        #expect(SummaryTableTests.total(totals, .activities, .goodsAndServices, .budget) == Self.amount("3.337.000,00"))
        #expect(SummaryTableTests.total(totals, .generalAdmin, .goodsAndServices, .budget) == Self.amount("57.577.500,00"))
        #expect(SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914.500,00"))
    }

    /// “(000 TL)” and “Bin ₺” say thousands as well; a header naming no unit, or lira, reads as printed.
    @Test func theWordingsOfThousands() {
        for heading in ["Genel Toplam (000 TL)", "Genel Toplam (Bin ₺)", "GENEL TOPLAM (BİN TL)", "Genel Toplam Bin Türk Lirası"] {
            let (totals, _) = SummaryTableReader.readResourceTable(Self.summary(totalHeading: heading))
            #expect(SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914.500,00"), "\(heading)")
        }
        for heading in ["Genel Toplam", "Genel Toplam (TL)"] {
            let (totals, notes) = SummaryTableReader.readResourceTable(Self.summary(totalHeading: heading))
            #expect(notes.isEmpty && SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914,50"), "\(heading)")
        }
    }

    /// One column in thousands, another in lira: which the figures are cannot be told. Read as printed, and said.
    @Test func twoUnitsInOneHeaderAreStatedNotGuessed() {
        let (totals, notes) = SummaryTableReader.readResourceTable(
            Self.summary(totalHeading: "Genel Toplam (Bin TL)", activitiesHeading: "Faaliyet Toplamı (TL)"))
        #expect(SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914,50"))
        #expect(notes.count == 1 && notes[0].contains("page 9") && notes[0].contains("two units"))
    }

    /// A thousand times an amount past the largest read would overflow sums: read as printed, and said.
    @Test func thousandsBeyondAnyBudgetAreNotScaled() {
        let huge = Amount(kurus: TurkishNumber.maximumLira * 100)
        #expect(AmountScale.thousands.fits([Self.amount("60.914,5")]))
        #expect(!AmountScale.thousands.fits([huge]))
        let (scale, note) = AmountScale.thousands.decided([huge], page: 4, table: "cost table")
        #expect(scale == .lira && note?.hasPrefix("page 4: cost table") == true)
        #expect(AmountScale.lira.decided([huge], page: 4, table: "cost table") == (.lira, nil))
    }

    /// Millions (and billions) of lira, and the other spellings of thousands (“x1000”, “×1.000”,
    /// “TL (Bin)”), were read as lira before: 1,000,000 or 1000 times too small, silently.
    @Test func theWordingsOfMultiples() {
        let millions = ["Genel Toplam (Milyon TL)", "Genel Toplam (Milyon ₺)", "GENEL TOPLAM (MİLYON TL)", "Genel Toplam (x1.000.000 TL)"]
        for heading in millions {
            let (totals, notes) = SummaryTableReader.readResourceTable(Self.summary(totalHeading: heading))
            #expect(notes.isEmpty && SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914.500.000,00"), "\(heading)")
        }
        let thousands = ["Genel Toplam (x1000 TL)", "Genel Toplam (x1.000 TL)", "Genel Toplam (×1.000 TL)", "Genel Toplam TL (Bin)",
                         "Genel Toplam (1.000 TL)", "Genel Toplam (Bin)"]
        for heading in thousands {
            let (totals, notes) = SummaryTableReader.readResourceTable(Self.summary(totalHeading: heading))
            #expect(notes.isEmpty && SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914.500,00"), "\(heading)")
        }
        #expect(AmountScale.named("Toplam (Milyar TL)") == .billions)
        #expect(AmountScale.named("Bütçe (₺)") == .lira && AmountScale.named("Toplam ₺") == .lira && AmountScale.named("Kaynak İhtiyacı 2024 (TL)") == .lira)
    }

    /// A unit the lexicon does not know (another currency, a multiple it has no word for) is
    /// stated in the diagnostics and the amounts read as printed: never a silent lira.
    @Test func anUnknownUnitIsStatedNotTakenForLira() {
        for heading in ["Genel Toplam (USD)", "Genel Toplam (€)", "Genel Toplam (Yüz TL)", "Genel Toplam (x100 TL)", "Genel Toplam 100 TL"] {
            let (totals, notes) = SummaryTableReader.readResourceTable(Self.summary(totalHeading: heading))
            #expect(SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914,50"), "\(heading)")
            #expect(notes.count == 1 && notes[0].contains("page 9: resource summary") && notes[0].contains("does not know"), "\(heading): \(notes)")
        }
        // A year beside the lira is no multiple.
        #expect(AmountScale.named("Kaynak İhtiyacı (2024 TL)") == .lira && AmountScale.named("Bütçe 2024 TL") == .lira)
    }

    /// A line of its own stating the unit (“(Bin TL)”, “Tutarlar bin TL'dir”) over the header binds the table under it.
    @Test func aNoteLineOverTheHeaderStatesTheUnit() {
        for note in ["(Bin TL)", "Tutarlar bin TL'dir.", "(Tutarlar Milyon TL olarak gösterilmiştir)", "Para Birimi: Bin ₺"] {
            #expect(AmountScale.noted(band([(note, 40, 0)], y: 80)) != nil, "\(note)")
        }
        for line in ["(TL)", "Bin TL tutarındaki yol yapımı tamamlanacaktır", "Tutarlar TL'dir", "Toplam 5.000 Bin TL"] {
            #expect(AmountScale.noted(band([(line, 40, 0)], y: 80)) == nil, "\(line)")
        }
        let bands = [band([("Tutarlar bin TL'dir.", 40, 0)], y: 80)] + Self.summary(totalHeading: "Genel Toplam")
        let (totals, notes) = SummaryTableReader.readResourceTable(bands)
        #expect(notes.isEmpty && SummaryTableTests.total(totals, .total, nil, nil) == Self.amount("60.914.500,00"))
        // A note over the title (given by the walk) reads alike; the header's own unit comes first.
        let noted = SummaryTableReader.readResourceTable(Self.summary(totalHeading: "Genel Toplam"), noted: .millions).totals
        #expect(SummaryTableTests.total(noted, .total, nil, nil) == Self.amount("60.914.500.000,00"))
        let stated = SummaryTableReader.readResourceTable(Self.summary(totalHeading: "Genel Toplam (TL)"), noted: .millions).totals
        #expect(SummaryTableTests.total(stated, .total, nil, nil) == Self.amount("60.914,50"))
    }

    /// The program's one stated unit reaches its tables stating none; two stated units leave them as printed; both said.
    @Test func theProgramsUnitReachesTablesStatingNone() {
        func table(_ unit: AmountScale, _ page: Int) -> ProgramScale.Table { ProgramScale.Table(unit: unit, page: page, name: "activity table") }
        let once = ProgramScale.decide([table(.thousands, 3), table(.unstated, 4), table(.unstated, 5)])
        #expect(once.unit == .thousands && once.note?.hasPrefix("2 tables from page 4") == true && once.note?.contains("page 3") == true)
        let two = ProgramScale.decide([table(.thousands, 3), table(.lira, 6), table(.unstated, 4)])
        #expect(two.unit == .unstated && two.note?.contains("read as printed") == true)
        #expect(ProgramScale.decide([table(.lira, 3), table(.unstated, 4)]) == (.unstated, nil))
        #expect(ProgramScale.decide([table(.thousands, 3), table(.thousands, 4)]) == (.unstated, nil))
        // The summary stating none takes it.
        let summary = SummaryTableReader.readResourceTable(Self.summary(totalHeading: "Genel Toplam"), program: .thousands).totals
        #expect(SummaryTableTests.total(summary, .total, nil, nil) == Self.amount("60.914.500,00"))
    }
}
