@testable import Checks
import Dataset
import Testing

@Suite struct CountCheckTests {
    typealias F = ProgramFixture

    static func goals(_ n: Int, activitiesEach: Int, unit: String = "") -> [Goal] {
        (1...n).map { g in F.goal(g, (1...activitiesEach).map { F.activity($0, budget: 1, total: 1, unit: unit) }) }
    }

    @Test func statedCountsOfGoalsAndActivitiesThatMatch() {
        let p = F.program(goals: Self.goals(3, activitiesEach: 2),
                          counts: [StatedCount(kind: .goals, count: 3, page: 116),
                                   StatedCount(kind: .activities, count: 6, page: 116)])
        #expect(F.results(p, .goalCount).map(\.status) == [.ok])
        #expect(F.results(p, .activityCount).map(\.status) == [.ok])
        #expect(F.results(p, .goalCount).first?.page == 116)
    }

    @Test func statedCountsThatDoNotMatchAreMismatches() {
        let p = F.program(goals: Self.goals(3, activitiesEach: 2),
                          counts: [StatedCount(kind: .goals, count: 51, page: 116),
                                   StatedCount(kind: .activities, count: 154, page: 116)])
        let goals = F.results(p, .goalCount)
        #expect(goals.map(\.status) == [.mismatch])
        #expect(goals.first?.expected == "51")
        #expect(goals.first?.actual == "3")
        #expect(F.results(p, .activityCount).first?.actual == "6")
    }

    /// Kayseri states "154 adet Faaliyet/Proje" twice in one paragraph: one check.
    @Test func aRestatedCountIsCheckedOnce() {
        let p = F.program(goals: Self.goals(1, activitiesEach: 2),
                          counts: [StatedCount(kind: .activities, count: 2, page: 116),
                                   StatedCount(kind: .activities, count: 2, page: 116)])
        #expect(F.results(p, .activityCount).count == 1)
    }

    /// Balıkesir's unit table: a count per unit, and "Toplam Faaliyet Sayısı" for all.
    @Test func perUnitCountsMatchTheActivitiesOfTheUnitWhateverItsSpelling() {
        let goals = [F.goal(1, [F.activity(1, budget: 1, total: 1, unit: "Kent Tarihi ve Tanıtım Dairesi Başkanlığı"),
                                F.activity(2, budget: 1, total: 1, unit: "Kent Tarihi ve Tanıtımı Dai. Bşk."),
                                F.activity(3, budget: 1, total: 1, unit: "Zabıta Daire Başkanlığı")])]
        let p = F.program(goals: goals, counts: [
            StatedCount(kind: .activities, count: 3, page: 109),
            StatedCount(kind: .activities, scope: "Kent Tarihi ve Tanıtımı Dairesi Başkanlığı", count: 2, page: 108),
            StatedCount(kind: .activities, scope: "Zabıta Dairesi Başkanlığı", count: 2, page: 109),
            StatedCount(kind: .activities, scope: "Tesisler Dairesi Başkanlığı", count: 0, page: 109),
        ])
        let r = F.results(p, .activityCount)
        // all activities; the per-unit counts added up (2 + 2 + 0 = 4 against 3); each unit.
        #expect(r.map(\.status) == [.ok, .mismatch, .ok, .mismatch, .ok])
        #expect(r[3].detail.contains("Zabıta"))
        #expect(r[3].actual == "1")
    }
}
