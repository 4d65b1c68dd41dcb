import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// A level's code with its letters joined to its numbers by a hyphen (“SA-1”, “PH-1.1.1”) is
/// read where a heading or a label prints a level's code, and nowhere else: a name or a
/// sentence opening with “E-5”, “T-1” or “EK-1” keeps its first word.
@Suite struct LevelCodeTests {
    typealias U = UnreadAndRefusalTests

    static func band(_ cells: [(String, Double)], y: Double = 100) -> RowBand { WordBoxes.band(page: 4, U.line(cells, y: y)) }

    /// A heading opens with a level's hyphened code; a sentence opening with a road's name is no heading.
    @Test func aHeadingReadsALevelsHyphenedCodeAndNoName() throws {
        let aim = try #require(GoalHeading.read(Self.band([("SA-1 – Vatandaşın ihtiyaçlarını karşılamak", 40)])))
        #expect(aim.code == "SA1" && aim.title == "Vatandaşın ihtiyaçlarını karşılamak")
        let goal = try #require(GoalHeading.read(Self.band([("PH-1.1.1 Park alanlarını genişletmek", 40)])))
        #expect(goal.code == "PH1.1.1")
        for sentence in ["E-5 Karayolu üzerindeki kavşak düzenlemeleri 2023 yılında tamamlanarak hizmete verilmiştir.",
                         "T-1 Tramvay Hattı", "M-4 Metro Hattı çalışmaları", "EK-1 Faaliyet listesi"] {
            #expect(GoalHeading.read(Self.band([(sentence, 40)])) == nil, "\(sentence)")
            #expect(GoalHeading.readAll(Self.band([(sentence, 40)])).isEmpty, "\(sentence)")
        }
    }

    /// A goal's label with its code first in the value: a level's hyphened code is the code, a
    /// title opening with a road's name keeps it.
    @Test func aLabelsValueGivesALevelsCodeAndKeepsAName() throws {
        let coded = try #require(GoalContext.row(Self.band([("Performans Hedefi:", 40), ("PH-1.1.1 Park alanlarını genişletmek", 200)])))
        #expect(coded.label == .goal && coded.labelCode == "PH1.1.1" && coded.value == "Park alanlarını genişletmek")
        let named = try #require(GoalContext.row(Self.band([("Performans Hedefi:", 40), ("E-5 Karayolu çevresini düzenlemek", 200)])))
        #expect(named.label == .goal && named.labelCode.isEmpty && named.value == "E-5 Karayolu çevresini düzenlemek")
        let labelled = try #require(GoalContext.row(Self.band([("Stratejik Hedef SH-1.1:", 40), ("Yeşil alanları artırmak", 200)])))
        #expect(labelled.label == .target && labelled.labelCode == "SH1.1")
    }

    /// A table cell's name opening with a hyphened word keeps it: the name splitter reads no
    /// hyphened code, whatever its letters.
    @Test(arguments: ["E-5 Karayolu ile Belediyesine tahsisli kıyılar", "T-1 Tramvay Hattına Yakın Plaj Sayısı", "PR-01 Proje yönetimi",
                      "PH-1.1 kapsamındaki işler"])
    func aNameOpeningWithAHyphenedWordKeepsIt(_ name: String) {
        let (code, text) = RowKey.split(Cell(words: U.line([(name, 40)], y: 100)), next: 1)
        #expect(code == nil)
        #expect(text == name)
    }

    /// A program whose activity and a paragraph between its tables open with a road's name:
    /// one goal, its code the heading's, the activity's name whole and uncoded.
    @Test func aRoadsNameNeitherCodesAnActivityNorHeadsAGoal() {
        var words = U.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 60)
        words += U.line([("H1.1 Ulaşımı güvenli kılmak", 40)], y: 100)
        words += U.line([("E-5 Karayolu üzerindeki kavşak düzenlemeleri 2023 yılında tamamlanarak hizmete verilmiştir.", 40)], y: 120)
        words += U.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 150)
        words += U.line([("E-5 Karayolu bakımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 170)
        words += U.line([("Genel Toplam", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 190)
        let program = U.recognize([WordBoxes.page(1, words)])
        #expect(program.goals.map(\.code) == ["H1.1"])
        #expect(program.goals.flatMap(\.activities).map(\.name) == ["E-5 Karayolu bakımı"])
        // Numbered by place, as an activity printing no code is.
        #expect(program.goals.flatMap(\.activities).map(\.code) == ["1"])
    }
}
