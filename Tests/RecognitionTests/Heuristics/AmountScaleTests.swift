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
        #expect(notes.count == 1 && notes[0].contains("page 9") && notes[0].contains("both in thousands of lira and in lira"))
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
}
