import Dataset
@testable import Diff
import Testing

/// The diff matches responsible units by canonical unit: a spelling variant is no change,
/// a real rename is reported once (with each side's most frequent spelling).
@Suite struct UnitMatchingTests {
    typealias M = MatcherTests

    static func goal(_ units: [String]) -> Goal {
        M.goal(1, M.roads, activities: units.enumerated().map { i, unit in
            M.activity(i + 1, ["Asfalt kaplama yapılması", "Kaldırım yapılması", "Yol çizgisi boyanması",
                               "Kavşak düzenlenmesi"][i], unit: unit)
        })
    }

    @Test func spellingVariantsAreNoChange() {
        let old = M.program(2024, [Self.goal(["Fen İşleri Dai. Bşk.", "Fen İşleri Dairesi Başkanlığı",
                                              "Kent Tarihi ve Tanıtım Daire Başkanlığı", "Kùltür Müdürlüğü"])])
        let new = M.program(2025, [Self.goal(["Fen İşleri Daire Başkanlığı", "Fen İşleri Dairesi Başkanlığı",
                                              "Kent Tarihi ve Tanıtımı Dairesi Başkanlığı", "Kültür Müdürlüğü"])])
        let r = ProgramDiff.compare(old: old, new: new)
        #expect(!M.kinds(r).contains(.activityUnitChanged), "\(r.changes.map(\.kind))")
        #expect(!M.kinds(r).contains(.responsibleUnitRenamed))
    }

    @Test func aRenamedUnitWithTwoSpellingsIsOneRename() {
        let old = M.program(2024, [Self.goal(["Bilgi İşlem Dai. Bşk.", "Bilgi İşlem Dairesi Başkanlığı",
                                              "Bilgi İşlem Dairesi Başkanlığı", "Zabıta Müdürlüğü"])])
        let new = M.program(2025, [Self.goal(["Bilgi İşlem ve Akıllı Şehir Daire Başkanlığı",
                                              "Bilgi İşlem ve Akıllı Şehir Daire Başkanlığı",
                                              "Bilgi İşlem ve Akıllı Şehir Daire Bşk.", "Zabıta Md."])])
        let r = ProgramDiff.compare(old: old, new: new)
        let renames = r.changes.filter { $0.kind == .responsibleUnitRenamed }
        #expect(renames.count == 1)
        #expect(renames.first?.oldValue == .text("Bilgi İşlem Dairesi Başkanlığı"))
        #expect(renames.first?.newValue == .text("Bilgi İşlem ve Akıllı Şehir Daire Başkanlığı"))
        #expect(renames.first?.extras.map(\.key) == ["activities_2024", "activities_2025"])
        // Each activity of the renamed unit is changed, caused by the rename; Zabıta's spelling is no change.
        let changed = r.changes.filter { $0.kind == .activityUnitChanged }
        #expect(changed.count == 3)
        #expect(changed.allSatisfy { $0.extras.contains { $0.key == "cause" } })
    }
}
