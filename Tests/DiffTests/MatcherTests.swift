import Dataset
@testable import Diff
import Testing

/// The matcher on small hand-made programs, one situation each.
@Suite struct MatcherTests {
    static func activity(_ no: Int, _ name: String, unit: String = "Fen İşleri Daire Başkanlığı", total: Int64 = 1_000_000) -> Activity {
        Activity(no: no, code: String(no), name: name, responsibleUnit: unit, budget: Amount(kurus: total * 100),
                 offBudget: .zero, total: Amount(kurus: total * 100),
                 costs: [ActivityCost(economicCode: .capital, source: .budget, amount: Amount(kurus: total * 100))])
    }

    static func indicator(_ no: Int, _ name: String, unit: String = "adet", target: String = "10", year: Int = 2024) -> Indicator {
        Indicator(no: no, code: String(no), name: name, unit: unit,
                  values: [IndicatorValue(year: year, kind: .target, value: target, raw: target)])
    }

    static func goal(_ no: Int, _ title: String, indicators: [Indicator] = [], activities: [Activity] = []) -> Goal {
        Goal(no: no, code: String(no), title: title, indicators: indicators, activities: activities)
    }

    static func program(_ year: Int, _ goals: [Goal]) -> Program {
        Program(id: "ornek-belediyesi-\(year)", administration: "Örnek Belediyesi", year: year, goals: goals)
    }

    static let roads = "Kent içi yolların bakım ve onarımını yaparak ulaşım güvenliğini artırmak."
    static let parks = "Park ve yeşil alanların sayısını artırarak yaşanabilir bir kent oluşturmak."
    static let water = "İçme suyu şebekesini yenileyerek su kayıplarını azaltmak."
    static let culture = "Kültürel etkinliklerin sayısını ve çeşitliliğini artırmak."

    static func kinds(_ r: DiffReport) -> [ChangeKind] { r.changes.map(\.kind) }

    @Test func turkishFoldingMakesCaseDotsAndHatsEqual() {
        #expect(ComparableText("İMAR PLANLARI, YAPMAK.").folded == ComparableText("imar planları yapmak").folded)
        #expect(ComparableText("ISIL İŞLEM").folded == "isil islem")
        #expect(ComparableText("KUDEB Müdürlüğü'ne").folded == ComparableText("Kudeb Müdürlüğüne").folded)
        #expect(TextSimilarity.score("Çevre  sağlığı", "ÇEVRE SAĞLIĞI") == 1)
        #expect(TextSimilarity.score("Park alanları yapmak", "İçme suyu şebekesi") < 0.3)
    }

    @Test func renumberedGoalsMatchByTitle() {
        let old = Self.program(2024, [Self.goal(1, Self.roads), Self.goal(2, Self.parks), Self.goal(3, Self.water)])
        // A new goal in front: every old goal moves one place down, keeping its order.
        let new = Self.program(2025, [Self.goal(1, Self.culture), Self.goal(2, Self.roads), Self.goal(3, Self.parks), Self.goal(4, Self.water)])
        let m = ProgramMatcher.match(old: old, new: new)
        #expect(m.goals.map { [$0.old.goal, $0.new.goal] } == [[0, 1], [1, 2], [2, 3]])
        let r = ProgramDiff.compare(old: old, new: new)
        #expect(Self.kinds(r).filter { $0 != .programYearChanged } == [.goalAdded, .goalRenumbered, .goalRenumbered, .goalRenumbered])
        #expect(r.changes.contains { $0.kind == .goalRenumbered && $0.oldValue == .text("1") && $0.newValue == .text("2") })
    }

    @Test func aGoalTakenOutOfOrderIsMovedNotRenumbered() {
        let old = Self.program(2024, [Self.goal(1, Self.roads), Self.goal(2, Self.parks), Self.goal(3, Self.water), Self.goal(4, Self.culture)])
        let new = Self.program(2025, [Self.goal(1, Self.culture), Self.goal(2, Self.roads), Self.goal(3, Self.parks), Self.goal(4, Self.water)])
        let r = ProgramDiff.compare(old: old, new: new)
        let moved = r.changes.filter { $0.kind == .goalMoved }
        #expect(moved.count == 1)
        #expect(moved.first?.oldValue == .integer(4))
        #expect(moved.first?.newValue == .integer(1))
        #expect(r.changes.filter { $0.kind == .goalRenumbered }.count == 3)
    }

    @Test func slightlyRewordedGoalIsRetitledNotReplaced() {
        let acts = [Self.activity(1, "Asfalt serim çalışmaları"), Self.activity(2, "Kaldırım yenileme çalışmaları")]
        let old = Self.program(2024, [Self.goal(1, "Çevre sağlığı ve bilincini oluşturarak sağlıklı yaşam sağlamak.", activities: acts)])
        let new = Self.program(2025, [Self.goal(1, "Çevre sağlığı ve çevre bilincini geliştirerek sağlıklı bir yaşam ortamı sağlamak.", activities: acts)])
        let r = ProgramDiff.compare(old: old, new: new)
        #expect(Self.kinds(r) == [.programYearChanged, .goalRetitled])
    }

    @Test func aRewrittenGoalIsKeptByItsIndicatorsAndActivities() {
        let inds = [Self.indicator(1, "Yenilenen şebeke uzunluğu (km)", unit: "km")]
        let acts = [Self.activity(1, "Şebeke yenileme çalışmaları"), Self.activity(2, "Sayaç değişimi")]
        let old = Self.program(2024, [Self.goal(1, "Su kayıplarını azaltmak.", indicators: inds, activities: acts), Self.goal(2, Self.parks)])
        let new = Self.program(2025, [Self.goal(1, "Altyapı hizmetlerinde kayıp ve kaçakları önlemek.", indicators: inds, activities: acts), Self.goal(2, Self.parks)])
        let r = ProgramDiff.compare(old: old, new: new)
        #expect(Self.kinds(r).filter { $0 != .programYearChanged && $0 != .indicatorTargetChanged } == [.goalRetitled])
    }

    @Test func anActivityMovedToAnotherGoalIsReportedAsMoved() {
        let old = Self.program(2024, [
            Self.goal(1, Self.roads, activities: [Self.activity(1, "Asfalt serim çalışmaları"), Self.activity(2, "Yeni hibe projelerinin yazılması")]),
            Self.goal(2, Self.parks, activities: [Self.activity(1, "Park yapım çalışmaları")]),
        ])
        let new = Self.program(2025, [
            Self.goal(1, Self.roads, activities: [Self.activity(1, "Asfalt serim çalışmaları")]),
            Self.goal(2, Self.parks, activities: [Self.activity(1, "Park yapım çalışmaları"), Self.activity(2, "Yeni hibe projelerinin yazılması")]),
        ])
        let r = ProgramDiff.compare(old: old, new: new)
        let moved = r.changes.filter { $0.kind == .activityMoved }
        #expect(moved.count == 1)
        #expect(moved.first?.oldValue == .text("1"))
        #expect(moved.first?.newValue == .text("2"))
        #expect(!Self.kinds(r).contains(.activityAdded))
        #expect(!Self.kinds(r).contains(.activityRemoved))
        // Shown under its new goal.
        #expect(moved.first?.group == 1)
    }

    @Test func nearDuplicateGoalsAreNotConfused() {
        // "Şehri cazibe merkezi haline getirmek." is removed; its longer sibling stays (renumbered).
        let short = "Şehri cazibe merkezi haline getirmek."
        let long = "Şehri kültürel ve sosyal alanda cazibe merkezi haline getirmek."
        let old = Self.program(2024, [
            Self.goal(1, long, activities: [Self.activity(1, "Konser ve festival organizasyonları")]),
            Self.goal(2, short, activities: [Self.activity(1, "Bilim merkezinde eğitim etkinlikleri")]),
        ])
        let new = Self.program(2025, [
            Self.goal(1, Self.culture),
            Self.goal(2, long, activities: [Self.activity(1, "Konser ve festival organizasyonları")]),
        ])
        let m = ProgramMatcher.match(old: old, new: new)
        #expect(m.goals.map { [$0.old.goal, $0.new.goal] } == [[0, 1]])
        let r = ProgramDiff.compare(old: old, new: new)
        #expect(r.changes.contains { $0.kind == .goalRemoved && $0.old?.text == short })
        #expect(r.changes.contains { $0.kind == .goalAdded && $0.new?.text == Self.culture })
        #expect(!Self.kinds(r).contains(.goalRetitled))
    }

    @Test func identicalActivityNamesPairByCodeAndAreNotAmbiguous() {
        let same = "Çevresel denetim ve eğitim faaliyetleri"
        let old = Self.program(2024, [Self.goal(1, Self.parks, activities: [
            Self.activity(1, same, total: 100), Self.activity(2, same, total: 900)])])
        let new = Self.program(2025, [Self.goal(1, Self.parks, activities: [
            Self.activity(1, same, total: 130), Self.activity(2, same, total: 1_200)])])
        let m = ProgramMatcher.match(old: old, new: new)
        #expect(m.activities.map { [$0.old.item, $0.new.item] } == [[0, 0], [1, 1]])
        #expect(m.ambiguities.isEmpty)
    }

    @Test func aTieWithNothingToBreakItIsReportedAsAmbiguous() {
        // The same name twice, and both renumbered: no code, unit or text tells them apart.
        let same = "Çevresel denetim ve eğitim faaliyetleri"
        let old = Self.program(2024, [Self.goal(1, Self.parks, activities: [Self.activity(1, same), Self.activity(2, same)])])
        var newGoal = Self.goal(1, Self.parks, activities: [Self.activity(3, same), Self.activity(4, same)])
        newGoal.activities[0].no = 1
        newGoal.activities[1].no = 2
        let new = Self.program(2025, [newGoal])
        let r = ProgramDiff.compare(old: old, new: new)
        let ambiguous = r.changes.filter { $0.kind == .matchAmbiguous }
        #expect(!ambiguous.isEmpty)
        #expect(ambiguous.first?.extra("level") == .text("activity"))
    }

    @Test func renamedActivityAndUnitChangesInsideAGoal() {
        let old = Self.program(2024, [Self.goal(1, Self.roads,
            indicators: [Self.indicator(1, "Raylı sistem hattının uzunluğu (Birikimli km değeri)(km)", unit: "km")],
            activities: [Self.activity(1, "İş sağlığı ve iş güvenliği hizmetlerini gerçekleştirmek."),
                         Self.activity(2, "Özel izin belgeli araçların belge düzenleme faaliyeti")])])
        let new = Self.program(2025, [Self.goal(1, Self.roads,
            indicators: [Self.indicator(1, "Raylı sistem hattının uzunluğu (Birikimli metre değeri)(m)", unit: "m", year: 2025)],
            activities: [Self.activity(1, "İş sağlığı ve güvenliği hizmetlerini yürütmek ve denetlemek."),
                         Self.activity(2, "Gençlik merkezi ve kütüphane yapım işi")])])
        let r = ProgramDiff.compare(old: old, new: new)
        let k = Self.kinds(r)
        #expect(k.contains(.indicatorUnitChanged))
        #expect(k.contains(.activityRenamed))
        // An unrelated replacement is a removal and an addition, not a rename.
        #expect(k.filter { $0 == .activityRenamed }.count == 1)
        #expect(k.contains(.activityAdded))
        #expect(k.contains(.activityRemoved))
    }

    @Test func aUnitThatDisappearsIntoAnotherIsRenamed() {
        let a = [Self.activity(1, "Sulama tesisi yapımı", unit: "Tarımsal Hizmetler Daire Başkanlığı"),
                 Self.activity(2, "Hayvancılığın desteklenmesi", unit: "Tarımsal Hizmetler Daire Başkanlığı")]
        var b = a
        for i in b.indices { b[i].responsibleUnit = "Tarımsal Hizmetler ve Kırsal Kalkınma Daire Başkanlığı" }
        let r = ProgramDiff.compare(old: Self.program(2024, [Self.goal(1, Self.parks, activities: a)]),
                                    new: Self.program(2025, [Self.goal(1, Self.parks, activities: b)]))
        let renamed = r.changes.filter { $0.kind == .responsibleUnitRenamed }
        #expect(renamed.count == 1)
        #expect(renamed.first?.newValue == .text("Tarımsal Hizmetler ve Kırsal Kalkınma Daire Başkanlığı"))
        #expect(r.changes.filter { $0.kind == .activityUnitChanged }.count == 2)
    }

    @Test func budgetChangeCarriesAbsoluteAndPercent() {
        let old = Self.program(2024, [Self.goal(1, Self.parks, activities: [Self.activity(1, "Park yapımı", total: 1_000_000)])])
        let new = Self.program(2025, [Self.goal(1, Self.parks, activities: [Self.activity(1, "Park yapımı", total: 1_250_000)])])
        let r = ProgramDiff.compare(old: old, new: new)
        let c = r.changes.first { $0.kind == .activityBudgetChanged }
        #expect(c?.extra("change") == .amount(Amount(kurus: 25_000_000)))
        #expect(c?.extra("percent") == .decimal("+25.00"))
        #expect(c?.extra("ratio") == .decimal("1.2500"))
    }

    @Test func goalsWithTheSameTitlePairByTheirChildren() {
        // Balıkesir prints one title for two targets (H3.1 and H5.4); H5.3 is removed, so H5.4 becomes H5.3.
        let same = "Hemşerilerin sanatsal ve mesleki kapasitelerini artıracak programlar sunmak."
        func coded(_ no: Int, _ code: String, _ title: String, _ activity: String) -> Goal {
            var g = Self.goal(no, title, activities: [Self.activity(1, activity), Self.activity(2, activity + " ve yaygınlaştırılması")])
            g.code = code
            return g
        }
        let old = Self.program(2024, [coded(1, "H3.1", same, "Müzik kursları"), coded(2, "H5.3", Self.water, "Şebeke yenileme"),
                                      coded(3, "H5.4", same, "Meslek edindirme kursları")])
        let new = Self.program(2025, [coded(1, "H3.1", same, "Müzik kursları"), coded(2, "H5.3", same, "Meslek edindirme kursları")])
        let m = ProgramMatcher.match(old: old, new: new)
        #expect(m.goals.map { [$0.old.goal, $0.new.goal] } == [[0, 0], [2, 1]])
        #expect(m.ambiguities.isEmpty)
        let r = ProgramDiff.compare(old: old, new: new)
        #expect(r.changes.contains { $0.kind == .goalRenumbered && $0.oldValue == .text("H5.4") && $0.newValue == .text("H5.3") })
        #expect(r.changes.contains { $0.kind == .goalRemoved && $0.old?.text == Self.water })
    }

    @Test func theSameProgramHasNoChanges() {
        let p = Self.program(2024, [Self.goal(1, Self.roads, indicators: [Self.indicator(1, "Yol (km)", unit: "km")],
                                              activities: [Self.activity(1, "Asfalt")])])
        #expect(ProgramDiff.compare(old: p, new: p).changes.isEmpty)
    }
}
