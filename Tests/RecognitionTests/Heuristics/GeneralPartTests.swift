import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// The general part real programs open with (contents, the plan in prose, the budget by
/// economic code) names aims, goals and amounts too: none of it is read as the goals' context
/// or costs, and the budget table is stated left unread. The matrix prints it whole
/// (`GeneralPart.swift` in LayoutVariantTests); these are its rules one by one.
@Suite struct GeneralPartTests {
    private static func line(_ cells: [(String, Double)], y: Double) -> [Word] { UnreadAndRefusalTests.line(cells, y: y) }
    private static func band(_ cells: [(String, Double)], y: Double = 100) -> RowBand { WordBoxes.band(page: 2, line(cells, y: y)) }

    /// A goal heading and an untitled activity table under `cover`, after `before` (lines 40 pt apart).
    private static func program(cover: String, before: [[(String, Double)]]) -> RecognizedProgram {
        var words = line([(cover, 40)], y: 60)
        var y = 120.0
        for cells in before {
            words += line(cells, y: y)
            y += 40
        }
        words += line([("A1 Yeşil alanları artırmak", 40)], y: y)
        words += line([("H1.1 Park alanlarını genişletmek", 40)], y: y + 40)
        words += line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: y + 80)
        words += line([("F1 Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: y + 100)
        words += line([("Genel Toplam", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: y + 120)
        return UnreadAndRefusalTests.recognize([WordBoxes.page(1, words)])
    }

    @Test func aContentsEntryRunsLeaderDotsToItsPage() {
        let entry = Self.band([("Performans Hedefi H1.5: Bisiklet yollarını artırmak", 40), ("..........", 300), ("14", 500)])
        #expect(ContentsEntry.isEntry(entry))
        #expect(!ContentsEntry.isEntry(Self.band([("Performans Hedefi H1.5: Bisiklet yollarını artırmak 14", 40)])))
        #expect(!ContentsEntry.isEntry(Self.band([("Toplam", 40), ("..........", 300), ("yok", 500)])))
    }

    /// The contents list the goals as labelled rows would (“Performans Hedefi H1.5:”): read as
    /// context, the last would name the first goal table's goal.
    @Test func theContentsNameNoGoal() throws {
        let program = Self.program(cover: "Örnek Belediyesi 2024 Yılı Performans Programı", before: [
            [("Stratejik Amaç A1: Yeşil alanları artırmak", 40), ("..........", 300), ("8", 500)],
            [("Performans Hedefi H1.5: Bisiklet yollarını artırmak", 40), ("..........", 300), ("14", 500)],
        ])
        let goal = try #require(program.goals.first)
        #expect(goal.code == "H1.1" && goal.title == "Park alanlarını genişletmek")
        #expect(goal.aimCode == "A1" && goal.aimTitle == "Yeşil alanları artırmak")
    }

    /// A sentence opening with a level's words, a colon further on: no label “1 kapsamında …
    /// belirlenmiştir”, at most a heading with the code the words are followed by.
    @Test func aSentenceWithAColonIsNoLabel() throws {
        let row = try #require(LabelledRow.read(Self.band([("Stratejik Amaç 1 kapsamında şu hedefler belirlenmiştir: 1.1 Park yapmak", 40)])))
        #expect(row.label == .aim && row.labelCode == "1")
        let label = try #require(LabelledRow.read(Self.band([("Stratejik Amaç 1:", 40), ("Yeşil alanları artırmak", 200)])))
        #expect(label.labelCode == "1" && label.value == "Yeşil alanları artırmak")
    }

    /// The sentence wrapped so that its colon opens the second line at the left margin, the words
    /// between right of it: “Stratejik Amaç” over “belirlenmiştir:” is no label whose code is a word.
    @Test func aSentencesColonAtTheMarginIsNoLabelsCode() throws {
        let words = Self.line([("Stratejik Amaç 2 kapsamında ulaşım amacına ulaşmak için şu hedefler", 40)], y: 100)
            + Self.line([("belirlenmiştir:", 40), ("2.5 Ulaşım projeleri hazırlamak.", 110)], y: 111)
        let row = try #require(LabelledRow.read(WordBoxes.band(page: 2, words)))
        #expect(row.label == .aim && row.labelCode == "2", "\(row)")
    }

    /// The budget by economic code after a goal table (an aim's introduction, the annexes): it
    /// names no activity, so it is no goal's costs wherever it stands, and is stated left unread.
    @Test func theBudgetAfterTheGoalsIsNoGoalsCosts() throws {
        var words = Self.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 60)
        words += Self.line([("A1 Yeşil alanları artırmak", 40)], y: 120)
        words += Self.line([("H1.1 Park alanlarını genişletmek", 40)], y: 160)
        words += Self.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 200)
        words += Self.line([("F1 Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 220)
        words += Self.line([("Genel Toplam", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 240)
        words += Self.line([("Ekonomik Kod", 40), ("2024 Yılı Bütçesi", 300), ("Pay (%)", 480)], y: 300)
        words += Self.line([("01 Personel Giderleri", 40), ("3.000.000", 300), ("75,00", 480)], y: 320)
        words += Self.line([("03 Mal ve Hizmet Alım Giderleri", 40), ("1.000.000", 300), ("25,00", 480)], y: 340)
        words += Self.line([("Toplam", 40), ("4.000.000", 300), ("100,00", 480)], y: 360)
        let program = UnreadAndRefusalTests.recognize([WordBoxes.page(1, words)])
        let goal = try #require(program.goals.first)
        #expect(program.goals.count == 1 && goal.activities.map(\.code) == ["F1"])
        #expect(goal.activities.allSatisfy { $0.costs.isEmpty } && program.totals.isEmpty)
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.hasPrefix("page 1: cost table naming no activity") },
                "\(program.diagnostics)")
    }

    /// The plan as a table: its header names the three levels side by side, and names none of them.
    @Test func aHeaderOfTheLevelsIsNoLabel() {
        #expect(GoalContext.row(Self.band([("Stratejik Amaç", 40), ("Stratejik Hedef", 220), ("Performans Hedefi", 400)])) == nil)
        #expect(GoalContext.row(Self.band([("Stratejik Amaç", 40), ("Yeşil alanları artırmak", 220)]))?.label == .aim)
    }

    /// The plan in prose names the aim first (“Stratejik Amaç A1 kapsamında …”); the heading over
    /// the goals names it again (“A1 …”): the nearer naming gives the aim its text.
    @Test func aHeadingNamingTheCodeAgainGivesItsText() throws {
        let program = Self.program(cover: "Örnek Belediyesi 2024 Yılı Performans Programı", before: [
            [("Stratejik Amaç A1 kapsamında parklar için performans hedefleri belirlenmiştir.", 40)],
        ])
        let goal = try #require(program.goals.first)
        #expect(goal.aimCode == "A1" && goal.aimTitle == "Yeşil alanları artırmak")
    }

    /// “PERFORMANS BİLGİLERİ” set right over the first aim shares its band: a title, no level;
    /// a caption's first line, which names nothing until the next does, stays the caption's.
    @Test func aPartsTitleOverAnAimIsNoLevel() {
        let words = Self.line([("PERFORMANS BİLGİLERİ", 40)], y: 100) + Self.line([("Stratejik Amaç 1 Şehrimizin mirasını korumak", 40)], y: 111)
            + Self.line([("Stratejik Hedef 1.1 İmar planları hazırlamak", 40)], y: 122)
        let rows = GoalContext.levelRows(WordBoxes.band(page: 2, words))
        #expect(rows.map(\.label) == [.aim, .target] && rows.first?.value == "Şehrimizin mirasını korumak")
        let caption = Self.line([("Park alanlarını genişletmek. (Performans", 40)], y: 100) + Self.line([("Hedefi H1.1)", 40)], y: 111)
        #expect(GoalContext.levelRows(WordBoxes.band(page: 2, caption)).isEmpty)
    }

    /// The year's budget by economic code before any goal table: found by its header, no goal's
    /// costs, no program total, stated left unread. Under a budget's cover the same pages are a budget's.
    @Test func theBudgetByEconomicCodeIsNoGoalsCosts() throws {
        let budget: [[(String, Double)]] = [
            [("Ekonomik Kod", 40), ("2024 Yılı Bütçesi", 300), ("Pay (%)", 480)],
            [("01 Personel Giderleri", 40), ("3.000.000", 300), ("75,00", 480)],
            [("03 Mal ve Hizmet Alım Giderleri", 40), ("1.000.000", 300), ("25,00", 480)],
            [("Toplam", 40), ("4.000.000", 300), ("100,00", 480)],
        ]
        let program = Self.program(cover: "Örnek Belediyesi 2024 Yılı Performans Programı", before: budget)
        let goal = try #require(program.goals.first)
        #expect(program.goals.count == 1 && goal.activities.map(\.code) == ["F1"])
        #expect(goal.activities.allSatisfy { $0.costs.isEmpty } && program.totals.isEmpty)
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.hasPrefix("page 1: cost table before any goal table") },
                "\(program.diagnostics)")
        let refused = Self.program(cover: "Örnek Belediyesi 2024 Yılı Bütçesi", before: budget)
        #expect(refused.goals.isEmpty && refused.documentName?.kind == .budget)
    }
}
