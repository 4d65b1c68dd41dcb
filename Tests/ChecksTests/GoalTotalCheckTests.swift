@testable import Checks
import Dataset
import Testing

@Suite struct GoalTotalCheckTests {
    typealias F = ProgramFixture

    @Test func activitiesThatAddUpToGenelToplamAreOK() {
        let g = F.goal(1, [F.activity(1, budget: 800_000, total: 800_000), F.activity(2, budget: 800_000, total: 800_000)],
                       stated: (1_600_000, 0, 1_600_000), page: 36)
        let r = F.results(F.program(goals: [g]), .goalTotal)
        #expect(r.count == 3)
        #expect(r.allSatisfy { $0.status == .ok && $0.subject == F.goalID(1) && $0.page == 36 })
        #expect(r.map(\.expected) == ["1600000.00", "0.00", "1600000.00"])
    }

    /// Balıkesir H7.1: 41.500.000 + 41.500.000 + 81.300.000 + 0 under a Genel Toplam of 166.100.000.
    @Test func goalWhoseActivitiesDoNotAddUpIsAMismatchInEachColumn() {
        let g = F.goal(26, [F.activity(1, budget: 41_500_000, total: 41_500_000),
                            F.activity(2, budget: 41_500_000, total: 41_500_000),
                            F.activity(3, budget: 81_300_000, total: 81_300_000),
                            F.activity(4, budget: 0, total: 0)],
                       stated: (166_100_000, 0, 166_100_000))
        let r = F.results(F.program(goals: [g]), .goalTotal)
        #expect(r.map(\.status) == [.mismatch, .ok, .mismatch])
        #expect(r[0].expected == "166100000.00")
        #expect(r[0].actual == "164300000.00")
    }

    /// Balıkesir H1.4: the Bütçe column adds up (290.000.000) but the Toplam column, which
    /// carries F2's 105.000.000, does not.
    @Test func onlyTheColumnThatDisagreesIsAMismatch() {
        let g = F.goal(4, [F.activity(1, budget: 190_000_000, total: 190_000_000),
                           F.activity(2, budget: 100_000_000, total: 105_000_000)],
                       stated: (290_000_000, 0, 290_000_000))
        let r = F.results(F.program(goals: [g]), .goalTotal)
        #expect(r.map(\.status) == [.ok, .ok, .mismatch])
        #expect(r[2].actual == "295000000.00")
    }

    @Test func columnsTheRowDoesNotPrintAreNotChecked() {
        let g = F.goal(1, [F.activity(1, budget: 5, total: 5)], stated: (nil, nil, 5))
        #expect(F.results(F.program(goals: [g]), .goalTotal).map(\.expected) == ["5.00"])
        #expect(F.results(F.program(goals: [F.goal(1, [F.activity(1, budget: 5, total: 5)])]), .goalTotal).isEmpty)
    }
}
