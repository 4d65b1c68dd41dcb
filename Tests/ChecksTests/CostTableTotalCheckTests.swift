@testable import Checks
import Dataset
import Testing

@Suite struct CostTableTotalCheckTests {
    typealias F = ProgramFixture

    /// Balıkesir H1.4's cost table: column 06 adds up to 290.000.000, but its total
    /// column (200.000.000 + 105.000.000) does not.
    @Test func totalColumnThatDoesNotAddUp() {
        let g = F.goal(4, [F.activity(1, budget: 190_000_000, total: 190_000_000,
                                      costs: [(.capital, .budget, 190_000_000)], statedCost: 200_000_000),
                           F.activity(2, budget: 100_000_000, total: 105_000_000,
                                      costs: [(.capital, .budget, 100_000_000)], statedCost: 105_000_000)],
                       costColumns: [.goodsAndServices: 0, .currentTransfers: 0, .capital: 290_000_000],
                       costTotal: 290_000_000, page: 39)
        let p = F.program(goals: [g])
        let columns = F.results(p, .costTableColumnTotal)
        #expect(columns.map(\.status) == [.ok, .ok, .ok, .mismatch])
        #expect(columns.last?.expected == "290000000.00")
        #expect(columns.last?.actual == "305000000.00")
        #expect(columns.allSatisfy { $0.subject == F.goalID(4) && $0.page == 39 })
        #expect(F.results(p, .costTableGrandTotal).map(\.status) == [.ok])
    }

    /// Balıkesir H6.3: the Genel Toplam row prints 43.900.000 under both 03 and 06 (and as
    /// its total), while the rows give 6.200.000 and 37.700.000.
    @Test func genelToplamRowWithAnAmountInTheWrongColumn() {
        let g = F.goal(22, [F.activity(1, budget: 6_200_000, total: 6_200_000,
                                       costs: [(.goodsAndServices, .budget, 6_200_000)], statedCost: 6_200_000),
                            F.activity(2, budget: 37_700_000, total: 37_700_000,
                                       costs: [(.capital, .budget, 37_700_000)], statedCost: 37_700_000)],
                       costColumns: [.goodsAndServices: 43_900_000, .currentTransfers: 0, .capital: 43_900_000],
                       costTotal: 43_900_000)
        let p = F.program(goals: [g])
        let columns = F.results(p, .costTableColumnTotal)
        #expect(columns.map(\.status) == [.mismatch, .ok, .mismatch, .ok])
        #expect(columns.first?.actual == "6200000.00")
        let grand = F.results(p, .costTableGrandTotal)
        #expect(grand.map(\.status) == [.mismatch])
        #expect(grand.first?.expected == "43900000.00")
        #expect(grand.first?.actual == "87800000.00")
    }

    /// Balıkesir H5.3: a row whose total (31.300.000) is not its cells (1.300.000) puts
    /// the total column out (64.000.000 against 34.000.000).
    @Test func rowTotalsAreWhatTheTotalColumnAddsUp() {
        let g = F.goal(17, [F.activity(1, budget: 1_300_000, total: 1_300_000,
                                       costs: [(.goodsAndServices, .budget, 1_300_000)], statedCost: 31_300_000),
                            F.activity(2, budget: 32_700_000, total: 32_700_000,
                                       costs: [(.goodsAndServices, .budget, 32_700_000)], statedCost: 32_700_000)],
                       costColumns: [.goodsAndServices: 34_000_000], costTotal: 34_000_000)
        let columns = F.results(F.program(goals: [g]), .costTableColumnTotal)
        #expect(columns.map(\.status) == [.ok, .mismatch])
        #expect(columns.last?.actual == "64000000.00")
    }

    @Test func goalWithoutACostTableIsNotChecked() {
        let p = F.program(goals: [F.goal(1, [F.activity(1, budget: 5, total: 5)])])
        #expect(F.results(p, .costTableColumnTotal).isEmpty)
        #expect(F.results(p, .costTableGrandTotal).isEmpty)
    }
}
