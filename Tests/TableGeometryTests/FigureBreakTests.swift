import Testing
import PageLayout

/// A figure a narrow cell broke over two lines reads as one figure; figures and words standing
/// one over the other stay apart.
@Suite struct FigureBreakTests {
    @Test func aFigureBrokenOverTwoLinesIsOneFigure() {
        #expect(WrappedText.join(["10.200.00", "0"]) == "10.200.000")
        #expect(WrappedText.join(["302.728.00", "0,00"]) == "302.728.000,00")
        #expect(WrappedText.join(["41.815.95", "5 adet"]) == "41.815.955 adet")
        #expect(WrappedText.join(["1,234,56", "7.00"]) == "1,234,567.00")
        #expect(WrappedText.join(["54.504.000,", "00"]) == "54.504.000,00")
        #expect(WrappedText.join(["4.434.000,0", "0"]) == "4.434.000,00")
    }

    @Test func wellFormedFiguresOneOverTheOtherStayApart() {
        #expect(WrappedText.join(["2024", "2025"]) == "2024 2025")
        #expect(WrappedText.join(["1.234", "567"]) == "1.234 567")
        #expect(WrappedText.join(["12,50", "3"]) == "12,50 3")
        #expect(WrappedText.join(["12,5", "3"]) == "12,5 3")
        #expect(WrappedText.join(["Madde 3.", "2 kez"]) == "Madde 3. 2 kez")
        #expect(WrappedText.join(["1.1.1", "2"]) == "1.1.1 2")
        #expect(WrappedText.join(["Gösterge 2023", "2024 Hedef"]) == "Gösterge 2023 2024 Hedef")
    }

    /// The slow path (a scalar at or above U+0300 in a line) joins alike.
    @Test func slowPathJoinsAlike() {
        #expect(WrappedText.join(["→ 10.200.00", "0"]) == "→ 10.200.000")
    }
}

/// A code a narrow code cell broke after one of its dots reads whole; a number ending a sentence stays apart.
@Suite struct CodeBreakTests {
    @Test func aCodeBrokenAfterItsDotIsOneCode() {
        #expect(WrappedText.join(["PG1.1.", "1"]) == "PG1.1.1")
        #expect(WrappedText.join(["1.2.", "3"]) == "1.2.3")
        #expect(WrappedText.join(["A1.2.", "10 Proje"]) == "A1.2.10 Proje")
        #expect(WrappedText.join(["PG10.3", ".2"]) == "PG10.3.2")
        #expect(WrappedText.join(["PG10.3", ".2 İç Kontrol"]) == "PG10.3.2 İç Kontrol")
    }

    @Test func aNumberEndingASentenceStaysApart() {
        #expect(WrappedText.join(["Madde 3.", "2 kez"]) == "Madde 3. 2 kez")
        #expect(WrappedText.join(["H1.", "2"]) == "H1. 2")
        #expect(WrappedText.join(["PG1.1.", "1a"]) == "PG1.1. 1a")
        #expect(WrappedText.join(["1..2.", "3"]) == "1..2. 3")
        #expect(WrappedText.join(["PG10", ".2"]) == "PG10 .2")
        #expect(WrappedText.join(["1.5", ".2."]) == "1.5 .2.")
    }
}
