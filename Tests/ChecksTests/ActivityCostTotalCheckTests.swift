@testable import Checks
import Dataset
import Testing

@Suite struct ActivityCostTotalCheckTests {
    typealias F = ProgramFixture

    /// Kayseri "Sahabiye Kentsel Dönüşüm Projesi": 03 1.036.000 + 06 5.464.000 = 6.500.000.
    @Test func codesThatAddUpToTheCostTotalAndAgreeWithTheGoalTableAreOK() {
        let a = F.activity(1, budget: 6_500_000, total: 6_500_000,
                           costs: [(.goodsAndServices, .budget, 1_036_000), (.capital, .budget, 5_464_000)],
                           statedCost: 6_500_000)
        let p = F.program(goals: [F.goal(2, [a])])
        #expect(F.results(p, .activityCostTotal).map(\.status) == [.ok])
        #expect(F.results(p, .activityCostAgreement).map(\.status) == [.ok])
    }

    /// Balıkesir H1.4 F1: the cost row prints 190.000.000 under 06 and 200.000.000 as its
    /// total, while the goal table gives the activity 190.000.000.
    @Test func costRowWhoseTotalDisagreesWithItsCellsAndTheGoalTable() {
        let a = F.activity(1, budget: 190_000_000, total: 190_000_000,
                           costs: [(.capital, .budget, 190_000_000)], statedCost: 200_000_000)
        let p = F.program(goals: [F.goal(4, [a])])
        let total = F.results(p, .activityCostTotal)
        #expect(total.map(\.status) == [.mismatch])
        #expect(total.first?.expected == "200000000.00")
        #expect(total.first?.actual == "190000000.00")
        let agreement = F.results(p, .activityCostAgreement)
        #expect(agreement.map(\.status) == [.mismatch])
        #expect(agreement.first?.expected == "190000000.00")
        #expect(agreement.first?.actual == "200000000.00")
        #expect(agreement.first?.subject == F.activityID(4, 1))
    }

    /// Balıkesir H1.4 F2: cells 100.000.000, total 105.000.000, goal table 105.000.000:
    /// the cells are wrong, the two totals agree.
    @Test func costCellsShortOfAnAgreedTotal() {
        let a = F.activity(2, budget: 100_000_000, total: 105_000_000,
                           costs: [(.capital, .budget, 100_000_000)], statedCost: 105_000_000)
        let p = F.program(goals: [F.goal(4, [a])])
        #expect(F.results(p, .activityCostTotal).map(\.status) == [.mismatch])
        #expect(F.results(p, .activityCostAgreement).map(\.status) == [.ok])
    }

    @Test func offBudgetSourcesCountTowardsTheTotal() {
        let a = F.activity(1, budget: 10, off: 5, total: 15,
                           costs: [(.goodsAndServices, .budget, 10), (.goodsAndServices, .revolvingFund, 5)], statedCost: 15)
        #expect(F.results(F.program(goals: [F.goal(1, [a])]), .activityCostTotal).map(\.status) == [.ok])
    }

    @Test func withoutAStatedCostTotalTheCellsStandForTheCostTable() {
        let a = F.activity(1, budget: 1_300_000, total: 1_300_000, costs: [(.goodsAndServices, .budget, 1_200_000)])
        let p = F.program(goals: [F.goal(1, [a])])
        #expect(F.results(p, .activityCostTotal).isEmpty)
        let agreement = F.results(p, .activityCostAgreement)
        #expect(agreement.map(\.status) == [.mismatch])
        #expect(agreement.first?.actual == "1200000.00")
    }

    @Test func activityWithNoCostTableIsNotChecked() {
        let p = F.program(goals: [F.goal(1, [F.activity(1, budget: 5, total: 5)])])
        #expect(F.results(p, .activityCostTotal).isEmpty)
        #expect(F.results(p, .activityCostAgreement).isEmpty)
    }
}
