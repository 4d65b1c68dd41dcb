import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// A goal heading takes the aim heading its code carries (“A1” of “H1.1”), not the nearest one
/// before it: an overview that lists every aim first, or aims printed out of order, still gives
/// each goal its own (GoalHeading.parent, ProgramRecognizer's walk).
@Suite struct HeadingParentTests {
    static func heading(_ code: String) -> GoalHeading { GoalHeading(code: code, title: "Başlık metni \(code)") }

    @Test func theAimWhoseCodeTheGoalCarries() {
        let named = ["A1", "A2", "A3", "H1.1"].enumerated().map { (heading: Self.heading($0.element), order: $0.offset) }
        #expect(GoalHeading.parent(of: Self.heading("H2.1"), among: named)?.code == "A2")
        #expect(GoalHeading.parent(of: Self.heading("H1.2"), among: named)?.code == "A1")
        // Three levels (“A1”, target “H1.1”, goal “PH1.1.1”): the outermost is the aim.
        #expect(GoalHeading.parent(of: Self.heading("PH1.1.1"), among: named)?.code == "A1")
        // A goal's own code carries no aim (“H4” under “A2”), or one of its own family: none.
        #expect(GoalHeading.parent(of: Self.heading("H4"), among: named) == nil)
        #expect(GoalHeading.parent(of: Self.heading("A1.1"), among: named) == nil)
    }

    /// Each level with letters of its own (“SA1”, “SH1.1”, “PH1.1.1”): the heading between the aim
    /// and the goal whose code the goal's carries is the target; two families give none.
    @Test func theTargetBetweenAimAndGoal() {
        let named = ["SA1", "SH1.1", "SH1.2", "SA2", "SH2.1"].enumerated().map { (heading: Self.heading($0.element), order: $0.offset) }
        let goal = Self.heading("PH1.2.3")
        let aim = GoalHeading.parent(of: goal, among: named)
        #expect(aim?.code == "SA1")
        #expect(GoalHeading.target(of: goal, aim: aim, among: named)?.code == "SH1.2")
        #expect(GoalHeading.target(of: Self.heading("PH2.1.1"), aim: Self.heading("SA2"), among: named)?.code == "SH2.1")
        // Balıkesir's two families (aim “A1”, goal “H1.1”, its own target): no target heading.
        let two = ["A1", "A2"].enumerated().map { (heading: Self.heading($0.element), order: $0.offset) }
        #expect(GoalHeading.target(of: Self.heading("H1.1"), aim: Self.heading("A1"), among: two) == nil)
    }

    /// A code printed in two words, its letters apart from its numbers, reads as one; a word and a
    /// figure do not.
    @Test func aCodeInTwoWords() {
        #expect(CodeReader.code("PH", then: "1.1.1") == "PH1.1.1")
        #expect(CodeReader.code("SA", then: "1") == "SA1")
        #expect(CodeReader.code("SH", then: "1.1.") == "SH1.1")
        #expect(CodeReader.code("TL", then: "5.000.000") == nil)
        #expect(CodeReader.code("Amaç", then: "1") == nil)
        #expect(CodeReader.code("PERF", then: "1") == nil)
        var words = Self.line("PH 1.2.3 Kentsel dönüşüm alanlarını dönüştürmek", y: 100)
        let band = RowBand(page: 1, lines: LineGrouping.lines(from: words), separatedBy: .gap)
        #expect(GoalHeading.read(band).map { [$0.code, $0.title] } == ["PH1.2.3", "Kentsel dönüşüm alanlarını dönüştürmek"])
        words = Self.line("TL 5.000.000 ödenek ayrılmıştır", y: 100)
        #expect(GoalHeading.read(RowBand(page: 1, lines: LineGrouping.lines(from: words), separatedBy: .gap)) == nil)
    }

    /// A level's words, then its letters and numbers apart: labelled (“Performans Hedefi PH 1.1.1:”,
    /// also wrapped with the letters on the label's first line over the numbers) and as a heading
    /// with a dash (“Stratejik Hedef SH 1.1 – …”).
    @Test func wordsThenACodeInTwoWords() throws {
        func band(_ words: [Word]) -> RowBand { RowBand(page: 1, lines: LineGrouping.lines(from: words), separatedBy: .gap) }
        let labelled = try #require(LabelledRow.read(band(UnreadAndRefusalTests.line([("Performans Hedefi PH 1.1.1:", 40), ("Park yapmak", 260)], y: 100))))
        #expect(labelled.label == .goal && labelled.labelCode == "PH1.1.1" && labelled.value == "Park yapmak")
        let wrapped = UnreadAndRefusalTests.line([("Stratejik Amaç SA", 40), ("Yeşil alanları artırmak", 260)], y: 100)
            + UnreadAndRefusalTests.line([("1:", 40)], y: 111)
        let aim = try #require(LabelledRow.read(band(wrapped)))
        #expect(aim.label == .aim && aim.labelCode == "SA1" && aim.value == "Yeşil alanları artırmak", "\(aim)")
        let heading = try #require(LabelledRow.read(band(Self.line("Stratejik Hedef SH 1.1 – Park alanlarını genişletmek", y: 100))))
        #expect(heading.label == .target && heading.labelCode == "SH1.1" && heading.value == "Park alanlarını genişletmek")
    }

    static func line(_ text: String, x: Double = 40, y: Double, size: Double = 9) -> [Word] {
        UnreadAndRefusalTests.line([(text, x)], y: y, size: size)
    }

    /// All aims listed first, then each goal's heading over its activity table: goal H1.1 is
    /// aim A1's though A2 was named last, H2.1 is A2's.
    @Test func overviewOfAimsBeforeTheGoals() {
        var words = Self.line("Örnek Belediyesi 2024 Yılı Performans Programı", y: 60)
        words += Self.line("A1 Kıyıları koruyarak turizmi geliştirmek", y: 100)
        words += Self.line("A2 Ulaşımı güvenli ve erişilebilir kılmak", y: 130)
        var y = 170.0
        for (goal, activity) in [("H1.1 Mavi bayraklı plajları arttırmak", "F1 Plaj temizliği"),
                                 ("H2.1 Yolların bakımını yapmak", "F1 Asfalt yenileme")] {
            words += Self.line(goal, y: y)
            words += UnreadAndRefusalTests.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: y + 30)
            words += UnreadAndRefusalTests.line([(activity, 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: y + 50)
            words += UnreadAndRefusalTests.line([("Genel Toplam", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: y + 70)
            y += 120
        }
        let program = UnreadAndRefusalTests.recognize([WordBoxes.page(1, words)])
        #expect(program.goals.map(\.code) == ["H1.1", "H2.1"])
        #expect(program.goals.map(\.aimCode) == ["A1", "A2"])
        #expect(program.goals.first?.aimTitle == "Kıyıları koruyarak turizmi geliştirmek")
    }
}
