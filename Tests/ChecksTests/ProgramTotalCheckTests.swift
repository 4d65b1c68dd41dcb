@testable import Checks
import Dataset
import Testing

@Suite struct ProgramTotalCheckTests {
    typealias F = ProgramFixture

    /// A small program shaped like Kayseri's summary tables: two activities (03 and 06),
    /// general administration 20, no transfers; the İdare Performans Tablosu's lines by
    /// source and the Toplam Kaynak İhtiyacı Tablosu's by economic code.
    static func kayseriShaped(grandTotal: Int64 = 100, activityBudget: Int64 = 30) -> Program {
        let goals = [F.goal(1, [F.activity(1, budget: activityBudget, total: activityBudget,
                                           costs: [(.goodsAndServices, .budget, 30)]),
                                F.activity(2, budget: 50, total: 50, costs: [(.capital, .budget, 50)])])]
        func t(_ m: ProgramTotal.Measure, _ c: EconomicCode?, _ s: ProgramTotal.Source?, _ lira: Int64) -> ProgramTotal {
            ProgramTotal(measure: m, economicCode: c, source: s, amount: F.tl(lira), page: 127)
        }
        let totals = [
            t(.activities, nil, .budget, 80), t(.activities, nil, .offBudget, 0), t(.activities, nil, nil, 80),
            t(.activities, .goodsAndServices, .budget, 30), t(.activities, .capital, .budget, 50),
            t(.generalAdmin, nil, .budget, 20), t(.generalAdmin, nil, .offBudget, 0), t(.generalAdmin, nil, nil, 20),
            t(.generalAdmin, .goodsAndServices, .budget, 20),
            t(.transfers, nil, .budget, 0), t(.transfers, nil, .offBudget, 0), t(.transfers, nil, nil, 0),
            t(.total, nil, .budget, 100), t(.total, nil, .offBudget, 0), t(.total, nil, nil, grandTotal),
            t(.total, .goodsAndServices, .budget, 50), t(.total, .capital, .budget, 50),
        ]
        return F.program(goals: goals, totals: totals)
    }

    @Test func consistentSummaryTablesAreAllOK() {
        let r = F.results(Self.kayseriShaped(), .programTotal)
        // goals → activities: 3 sources + 2 codes; parts → total: 3 sources + 2 codes;
        // per-code → all-codes: activities, general_admin, total (budget).
        #expect(r.count == 13)
        #expect(r.allSatisfy { $0.status == .ok && $0.subject == F.id && $0.page == 127 })
    }

    @Test func grandTotalThatIsNotItsPartsIsAMismatch() {
        let r = F.results(Self.kayseriShaped(grandTotal: 101), .programTotal).filter { $0.status == .mismatch }
        #expect(r.count == 1)
        #expect(r.first?.expected == "101.00")
        #expect(r.first?.actual == "100.00")
        #expect(r.first?.detail.contains("against the grand total") == true)
    }

    @Test func goalsThatDoNotAddUpToTheStatedActivitiesTotal() {
        let r = F.results(Self.kayseriShaped(activityBudget: 31), .programTotal).filter { $0.status == .mismatch }
        // Bütçe and Toplam of the goal tables; the cost tables (03) still add up.
        #expect(r.map(\.actual) == ["81.00", "81.00"])
        #expect(r.allSatisfy { $0.expected == "80.00" })
    }

    @Test func aProgramThatStatesOnlyItsGrandTotalHasNothingToReAdd() {
        let p = F.program(goals: [F.goal(1, [F.activity(1, budget: 5, total: 5)])],
                          totals: [ProgramTotal(measure: .total, amount: F.tl(12))])
        #expect(F.results(p, .programTotal).isEmpty)
    }
}
