import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// A paragraph on a goal's money between its tables names "Toplam Maliyet", "Genel Toplam" and
/// the goal with amounts: its figures are the sentence's, neither a program total nor a table's
/// row left unread. The same phrase set apart from its amount, as a line of figures, states the total.
@Suite struct RunningTextTests {
    private static func program(_ after: [[(String, Double)]]) -> RecognizedProgram {
        var words = UnreadAndRefusalTests.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 60)
        words += UnreadAndRefusalTests.line([("A1 Yeşil alanları artırmak", 40)], y: 120)
        words += UnreadAndRefusalTests.line([("H1.1 Park alanlarını genişletmek", 40)], y: 160)
        words += UnreadAndRefusalTests.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 200)
        words += UnreadAndRefusalTests.line([("F1 Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 220)
        words += UnreadAndRefusalTests.line([("Genel Toplam", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 240)
        var y = 300.0
        for cells in after {
            words += UnreadAndRefusalTests.line(cells, y: y)
            y += 11
        }
        return UnreadAndRefusalTests.recognize([WordBoxes.page(1, words)])
    }

    @Test func aSentencesFiguresAreNoTotalNorRow() throws {
        let program = Self.program([
            [("Performans Hedefi H1.1 kapsamındaki faaliyetlerin Toplam Maliyet 1.000.000,00 TL olarak öngörülmüş olup", 40)],
            [("bunun 800.000,00 TL'si bütçeden karşılanacak; bu tutar Genel Toplam 4.000.000,00 TL içinde %25,00 paya sahiptir.", 40)],
        ])
        #expect(program.goals.count == 1 && program.totals.isEmpty, "\(program.totals)")
        #expect(!program.diagnostics.contains(where: LeftUnread.isUnread), "\(program.diagnostics)")
    }

    /// The sentence opens with the goal's label and code but runs on in lower case: it opens no goal,
    /// where a heading as long, its text capitalised, does.
    @Test func aSentenceOpensNoLevel() {
        func band(_ text: String) -> RowBand { WordBoxes.band(page: 2, UnreadAndRefusalTests.line([(text, 40)], y: 100)) }
        #expect(RunningText.continuesSentence(band("Performans Hedefi H1.1 kapsamındaki 2 faaliyetin Toplam Maliyet 1.600.000,00 TL olarak öngörülmüştür.")))
        #expect(!RunningText.continuesSentence(band("Performans Hedefi H1.1 Park alanlarını genişletmek ve yeşil alanları artırmak için çalışmak")))
    }

    @Test func aLineOfFiguresStatesTheTotal() throws {
        let program = Self.program([[("Toplam Faaliyet Sayısı", 40), ("1", 200), ("Toplam Maliyet", 300), ("1.000.000", 480)]])
        #expect(program.totals.map(\.amount) == [Amount(kurus: 100_000_000)], "\(program.totals)")
    }

    /// The total grouped with spaces (a no-break space between the groups: “1 000 000”) is one
    /// figure; its first group alone was read (1.00; the blind tests' t10v-nbspamounts, 12.00).
    @Test func aTotalGroupedWithSpacesIsOneFigure() throws {
        let program = Self.program([[("Toplam Faaliyet Sayısı", 40), ("1", 200), ("Toplam Maliyet", 300), ("1 000 000", 480)]])
        #expect(program.totals.map(\.amount) == [Amount(kurus: 100_000_000)], "\(program.totals)")
    }
}
