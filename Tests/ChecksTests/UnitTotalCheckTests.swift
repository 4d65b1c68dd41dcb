@testable import Checks
import Dataset
import Testing

@Suite struct UnitTotalCheckTests {
    typealias F = ProgramFixture

    /// Balıkesir's Emlak ve İstimlak row: Hedef 290.000.000 while its activities (goal
    /// table Toplam) are 190.000.000 + 105.000.000; its lines add up to its Toplam.
    @Test func unitHedefAgainstItsActivities() {
        let unit = "Emlak ve İstimlak Dairesi Başkanlığı"
        let p = F.program(
            goals: [F.goal(4, [F.activity(1, budget: 190_000_000, total: 190_000_000, unit: unit),
                               F.activity(2, budget: 100_000_000, total: 105_000_000, unit: unit)]),
                    F.goal(5, [F.activity(1, budget: 7, total: 7, unit: "Fen İşleri Dairesi Başkanlığı")])],
            totals: [ProgramTotal(measure: .total, amount: F.tl(330_000_000), page: 109)],
            units: [StatedUnitCost(unit: unit, activities: F.tl(290_000_000), personnel: F.tl(17_500_000),
                                   generalAdmin: F.tl(22_500_000), total: F.tl(330_000_000), page: 106)])
        let r = F.results(p, .unitTotal)
        #expect(r.map(\.status) == [.mismatch, .ok])
        #expect(r[0].expected == "290000000.00")
        #expect(r[0].actual == "295000000.00")
        #expect(r[0].page == 106)
        let program = F.results(p, .programTotal)
        #expect(program.map(\.status) == [.ok])
        #expect(program.first?.page == 109)
    }

    /// "Fen İşleri Dai. Bşk." in the cost tables is "Fen İşleri Dairesi Başkanlığı" in the unit table.
    @Test func unitNamesSpelledDifferentlyStillMatch() {
        let p = F.program(
            goals: [F.goal(1, [F.activity(1, budget: 549_900_000, total: 549_900_000, unit: "Fen İşleri Dai. Bşk."),
                               F.activity(2, budget: 135_100_000, total: 135_100_000, unit: "Fen İşleri Dairesi Başkanlığı")])],
            units: [StatedUnitCost(unit: "Fen İşleri Dairesi Başkanlığı", activities: F.tl(685_000_000), page: 106)])
        #expect(F.results(p, .unitTotal).map(\.status) == [.ok])
    }

    @Test func unitLinesThatDoNotAddUpToItsToplam() {
        let p = F.program(units: [StatedUnitCost(unit: "Zabıta Dairesi Başkanlığı", personnel: F.tl(50), generalAdmin: F.tl(7),
                                                 total: F.tl(60), page: 109)])
        let r = F.results(p, .unitTotal)
        #expect(r.map(\.status) == [.mismatch])
        #expect(r.first?.actual == "57.00")
    }

    @Test func unitsThatDoNotAddUpToTheGrandTotal() {
        let p = F.program(totals: [ProgramTotal(measure: .total, amount: F.tl(100))],
                          units: [StatedUnitCost(unit: "A Dairesi", total: F.tl(60), page: 1),
                                  StatedUnitCost(unit: "B Dairesi", total: F.tl(30), page: 1)])
        let r = F.results(p, .programTotal)
        #expect(r.map(\.status) == [.mismatch])
        #expect(r.first?.actual == "90.00")
    }
}
