import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// The program-based form (Program Bazlı Bütçe) and its neighbours: the budget's program levels
/// are known and stated unread, an appropriation alone is the activity's budget and total, and a
/// title numbered within its part and goal ("Tablo 2.3.1") is a title.
@Suite struct ProgramFormTests {
    static func band(_ text: String) -> RowBand {
        WordBoxes.band(page: 3, DocumentNameTests.line(text, y: 100))
    }

    @Test func theBudgetsProgramLevelsAreStatedUnread() throws {
        for label in ["Program: Kentsel Altyapı", "Alt Program: İmar ve Planlama", "Alt Program Hedefi: Planlı bir kent",
                      "ALT PROGRAMIN HEDEFİ: Planlı bir kent"] {
            let note = try #require(GoalTableReader.programLevel(Self.band(label)), "\(label)")
            #expect(LeftUnread.isUnread(note) && note.contains(GoalTableReader.programLevelStatement) && note.hasPrefix("page 3: "))
        }
        // A sentence opening with the word, a goal's label, a level's words in a value: none.
        for other in ["Program kapsamında yürütülen faaliyetler: yol, park", "Performans Hedefi 1: Planlı bir kent",
                      "Stratejik Amaç 1: Program ve projeler", "Performans Programı"] {
            #expect(GoalTableReader.programLevel(Self.band(other)) == nil, "\(other)")
        }
    }

    /// "Ödenek (TL)" or "Bütçe Ödeneği" as the only amount column: the budget and the total; beside
    /// another column of amounts the reader does not know, or a total, only the budget.
    @Test func anAppropriationAloneIsTheBudgetAndTheTotal() {
        let rows = [["Yol", "Fen", "800.000,00"], ["Park", "Park", "250.000,00"]]
        for title in ["Ödenek (TL)", "Bütçe Ödeneği"] {
            let c = ActivityRows.amountColumns(ResourceColumnTests.section(["Faaliyet Adı", "Sorumlu Birim", title], rows: rows))
            #expect(c.budget == 2 && c.total == 2 && c.offBudget == nil, "\(title)")
        }
        let unknown = ResourceColumnTests.section(["Faaliyet Adı", "Ödenek (TL)", "Katsayı"], rows: [["Yol", "800.000,00", "12,50"]])
        #expect(ActivityRows.amountColumns(unknown).total == nil)
        let total = ResourceColumnTests.section(["Faaliyet Adı", "Ödenek", "Toplam"], rows: [["Yol", "800.000,00", "900.000,00"]])
        #expect(ActivityRows.amountColumns(total).budget == 1 && ActivityRows.amountColumns(total).total == 2)
    }

    /// Labelled rows ending a page put their labels in its foot margin, on many pages where cost
    /// tables follow one another: a label is content, never furniture (the matrix's program-and-plan
    /// k25 A4 6.5 pt variant lost an activity's "Açıklamalar:" so).
    @Test func aLabelAtAPagesFootIsNoFurniture() {
        for label in ["Açıklamalar:", "Faaliyet Adı:", "Sorumlu Harcama Birimi:", "Alt Program Hedefi:"] {
            #expect(PageFurniture.belongsToContent(TextLine(words: DocumentNameTests.line(label, y: 800))), "\(label)")
        }
        #expect(!PageFurniture.belongsToContent(TextLine(words: DocumentNameTests.line("Kayseri Büyükşehir Belediyesi", y: 800))))
    }

    @Test func aTitleNumberedWithinItsPartAndGoalIsATitle() {
        func kind(_ text: String) -> TableKind? { TableKind.of(TextLine(words: DocumentNameTests.line(text, y: 100))) }
        #expect(kind("Tablo 2.3.1: Performans Hedefi Tablosu") == .goal)
        #expect(kind("Tablo 2.3.12: Faaliyet Maliyet Tablosu") == .cost)
        #expect(kind("Tablo 3.1.1: Toplam Kaynak İhtiyacı Tablosu") == .resourceSummary)
        // Still a short line: a sentence naming the table is none.
        #expect(kind("Bu bölümde yer alan performans hedefi tablosu birimlerce hazırlanmıştır") == nil)
    }
}
