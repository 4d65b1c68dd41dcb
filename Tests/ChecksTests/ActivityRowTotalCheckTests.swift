@testable import Checks
import Dataset
import Testing

@Suite struct ActivityRowTotalCheckTests {
    typealias F = ProgramFixture

    @Test func partsThatAddUpAreOK() {
        let p = F.program(goals: [F.goal(1, [F.activity(1, budget: 800_000, off: 0, total: 800_000, page: 36)])])
        let r = F.results(p, .activityRowTotal)
        #expect(r.count == 1)
        #expect(r.first?.status == .ok)
        #expect(r.first?.subject == F.activityID(1, 1))
        #expect(r.first?.expected == "800000.00")
        #expect(r.first?.page == 36)
    }

    /// Balıkesir H1.4 F2 prints 100.000.000 + 0 with a Toplam of 105.000.000.
    @Test func rowWhosePartsDoNotAddUpIsAMismatch() {
        let p = F.program(goals: [F.goal(4, [F.activity(1, budget: 190_000_000, total: 190_000_000),
                                              F.activity(2, budget: 100_000_000, total: 105_000_000)])])
        let r = F.results(p, .activityRowTotal)
        #expect(r.map(\.status) == [.ok, .mismatch])
        #expect(r[1].subject == F.activityID(4, 2))
        #expect(r[1].expected == "105000000.00")
        #expect(r[1].actual == "100000000.00")
    }

    @Test func offBudgetPartCounts() {
        let p = F.program(goals: [F.goal(1, [F.activity(1, budget: 11_500_000, off: 2_000_000, total: 13_500_000)])])
        #expect(F.results(p, .activityRowTotal).map(\.status) == [.ok])
    }

    @Test func rowWithoutPartsStatesNothing() {
        let p = F.program(goals: [F.goal(1, [F.activity(1, budget: nil, off: nil, total: 5)])])
        #expect(F.results(p, .activityRowTotal).isEmpty)
    }
}
