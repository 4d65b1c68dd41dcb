import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// Targets stand for goals only where each names one goal table alone (`TargetGoals`): a
/// document whose target serves several tables is read by position, with a note for each
/// goal, and its codes never mix the target's and the position's (a mix reads as a second
/// program starting, and the whole file would be refused).
@Suite struct TargetGoalsTests {
    /// A titled goal table on its own page: `labels` (lines above its activities), then as many
    /// activities as a table's end must be followed by before it is read (`RowWalk.rowsPastEnd`):
    /// each table is read, and its goal drafted, when the next page comes.
    static func goalPage(_ page: Int, labels: [String]) -> Page {
        var words = UnreadAndRefusalTests.line([("PERFORMANS HEDEFİ TABLOSU", 200)], y: 80)
        for (k, text) in labels.enumerated() { words += UnreadAndRefusalTests.line([(text, 40)], y: 110 + Double(k) * 20) }
        words += UnreadAndRefusalTests.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 200)
        let activities = ProgramRecognizer.RowWalk.rowsPastEnd
        for k in 0..<activities {
            words += UnreadAndRefusalTests.line([("F\(k + 1) Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 220 + Double(k) * 20)
        }
        words += UnreadAndRefusalTests.line([("Genel Toplam", 40), ("\(activities).000.000", 300), ("0", 380), ("\(activities).000.000", 480)],
                                            y: 220 + Double(activities) * 20)
        return WordBoxes.page(page, words)
    }

    /// The goals' codes as a caller streaming the pages sees them (drafted after each page, all
    /// of them again when recoded, as `ProgramExtractor` does), every code it saw on the way,
    /// and the program as `finish` codes it. The goal pages come after the cover and empty pages
    /// enough for the furniture to be learnt, so that goals are drafted while pages still arrive.
    static func read(_ goalPages: [Page]) -> (streamed: [String], seen: Set<String>, finished: RecognizedProgram) {
        let opening = [WordBoxes.page(1, UnreadAndRefusalTests.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 40))]
            + (2...PageStreamRecognizer.furnitureWindow).map { WordBoxes.page($0, []) }
        var stream = PageStreamRecognizer(title: nil)
        var streamed: [String] = []
        var seen: Set<String> = []
        var recodings = 0
        for page in opening + goalPages {
            stream.add(page)
            if stream.recodings != recodings { recodings = stream.recodings; streamed = [] }
            streamed += stream.draftedGoals(from: streamed.count).map(\.code)
            seen.formUnion(streamed)
        }
        return (streamed, seen, stream.finish())
    }
    /// `labels`' goal tables, then three more each under a target of its own: a goal table is
    /// drafted at the latest once `ProgramRecognizer.RowWalk.titlesAhead` titles follow it.
    static func goalPages(_ labels: [[String]]) -> [Page] {
        let following = (1...ProgramRecognizer.RowWalk.titlesAhead).map { ["Hedef 1.2.\($0): Yol yapmak"] }
        return (labels + following).enumerated().map { k, l in goalPage(PageStreamRecognizer.furnitureWindow + 1 + k, labels: l) }
    }

    static func positional(_ program: RecognizedProgram) -> Int {
        program.diagnostics.filter { $0.contains("neither a label nor a heading naming the goal") }.count
    }

    /// “Stratejik Hedef 1.1” in three goal tables' rows, their goals labelled in words the
    /// lexicon does not know: three goals by position, each with its note, all under target 1.1.
    @Test(arguments: ["", "Perf. Hedefi 1: İmar planı", "P. Hedefi 1: İmar planı", "Performans Hedef No 1: İmar planı",
                      "Hedef No 1: İmar planı", "Performans Göstergesi Hedefi 1: İmar planı"])
    func aTargetRepeatedOverThreeTables(goalLabel: String) {
        let labels = ["Stratejik Hedef 1.1: Plan yapmak"] + (goalLabel.isEmpty ? [] : [goalLabel])
        let (streamed, _, program) = Self.read(Self.goalPages([labels, labels, labels]))
        #expect(program.goals.map(\.code) == ["1", "2", "3", "4", "5", "6"], "\(program.goals.map(\.code)) \(program.diagnostics)")
        #expect(!streamed.isEmpty && program.goals.map(\.code).starts(with: streamed), "\(streamed)")
        #expect(program.goals.map(\.targetCode) == ["1.1", "1.1", "1.1", "1.2.1", "1.2.2", "1.2.3"])
        #expect(Self.positional(program) == 6, "\(program.diagnostics)")
    }

    /// “Hedef 1.1.1” named once over two tables, then “Hedef 1.1.2”: by position throughout
    /// (not 1.1.1, 2, 1.1.2, which reads as a second program), the goals drafted before the second table coded again.
    @Test func aTargetNamedOnceOverTwoTables() {
        let pages = Self.goalPages([["Amaç 1: Kenti korumak", "Hedef 1.1.1: Plan yapmak"], [], ["Hedef 1.1.2: Dönüşümü sağlamak"]])
        let (streamed, seen, program) = Self.read(pages)
        // The first goal was streamed by its target's code before the second table withdrew it.
        #expect(seen.contains("1.1.1"), "\(seen)")
        #expect(program.goals.map(\.code) == ["1", "2", "3", "4", "5", "6"], "\(program.goals.map(\.code)) \(program.diagnostics)")
        #expect(!streamed.isEmpty && program.goals.map(\.code).starts(with: streamed), "\(streamed)")
        #expect(program.goals.map(\.targetCode) == ["1.1.1", "1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3"])
        #expect(Self.positional(program) == 6)
    }

    /// Each target named over one table alone stays its goal (Gaziemir's programs).
    @Test func targetsNamedOnceEachAreTheGoals() {
        let pages = Self.goalPages([["Amaç 1: Kenti korumak", "Hedef 1.1.1: Plan yapmak"], ["Hedef 1.1.2: Dönüşümü sağlamak"]])
        let (streamed, _, program) = Self.read(pages)
        #expect(program.goals.map(\.code) == ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3"], "\(program.diagnostics)")
        #expect(!streamed.isEmpty && program.goals.map(\.code).starts(with: streamed), "\(streamed)")
        #expect(Self.positional(program) == 0)
    }

    /// The trace (`perfprog inspect`) names each goal as finally coded and says how: a goal
    /// first coded by its target and coded again by position when a later table shared a
    /// target says so, not "(the target's)"; a table under the shared target says why its
    /// target stands for no goal.
    @Test func theTraceSaysHowAGoalWasCodedAgain() {
        let pages = Self.goalPages([["Amaç 1: Kenti korumak", "Hedef 1.1.1: Plan yapmak"], [], ["Hedef 1.1.2: Dönüşümü sağlamak"]])
        let opening = [WordBoxes.page(1, UnreadAndRefusalTests.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 40))]
            + (2...PageStreamRecognizer.furnitureWindow).map { WordBoxes.page($0, []) }
        var trace = RecognitionTrace(rows: [], tables: [], unplacedSections: [])
        let program = PageStreamRecognizer.tracing(title: nil, trace: &trace) { (stream: inout PageStreamRecognizer) in
            for page in opening + pages { stream.add(page) }
        }
        let goals = trace.tables.filter { $0.kind == .goal }.compactMap(\.goal)
        #expect(goals.count == program.goals.count, "\(goals)")
        #expect(!goals.contains { $0.contains("the target's") }, "\(goals)")
        let second = pages[1].number
        #expect(goals.first?.hasPrefix("goal 1 (by position, coded again: target 1.1.1 stood for it until the goal table on page \(second)") == true, "\(goals)")
        #expect(goals.dropFirst().first?.hasPrefix("goal 2 (by position: target 1.1.1 serves several goal tables") == true, "\(goals)")
        // Each goal's code in the trace is the one the program gives it.
        for (text, goal) in zip(goals, program.goals) { #expect(text.hasPrefix("goal \(goal.code) ("), "\(text)") }
    }
}
