import Testing
import Dataset
import PageLayout
@testable import Recognition

/// An indicator column headed by a year alone is the target only where the document says so:
/// the program's own year, or another indicator table naming that year's target
/// (`BareYearColumn`); otherwise it is stated unread, never defaulted to the target.
@Suite struct BareYearColumnTests {
    typealias U = UnreadAndRefusalTests

    /// A titled goal table on its own page: a goal label, an indicator table whose year columns
    /// are headed `years`, one indicator with a value under each, one activity.
    static func goalPage(_ page: Int, goal: Int, years: [String]) -> Page {
        var words = U.line([("PERFORMANS HEDEFİ TABLOSU", 200)], y: 80)
        words += U.line([("Performans Hedefi \(goal): Parkları arttırmak", 40)], y: 110)
        let xs = [300.0, 380, 460]
        words += U.line([("Performans Göstergeleri", 40), ("Ölçü", 220)] + zip(years, xs).map { ($0, $1) }, y: 150)
        words += U.line([("Park sayısı", 40), ("adet", 220)] + zip(["12", "14", "16"], xs).prefix(years.count).map { ($0, $1) }, y: 170)
        words += U.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 210)
        words += U.line([("F\(goal) Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 230)
        words += U.line([("Genel Toplam", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 250)
        return WordBoxes.page(page, words)
    }

    /// A 2024 program (its cover says so) with the goal tables `years` head.
    static func read(_ years: [[String]]) -> RecognizedProgram {
        let opening = [WordBoxes.page(1, U.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 40))]
            + (2...PageStreamRecognizer.furnitureWindow).map { WordBoxes.page($0, []) }
        let first = PageStreamRecognizer.furnitureWindow + 1
        var stream = PageStreamRecognizer(title: nil)
        for page in opening + years.enumerated().map({ goalPage(first + $0, goal: $0 + 1, years: $1) }) { stream.add(page) }
        return stream.finish()
    }

    static func values(_ program: RecognizedProgram) -> [[String]] {
        program.goals.map { $0.indicators.flatMap { $0.values.map { "\($0.year) \($0.kind.rawValue) \($0.raw)" } } }
    }

    /// The program's own year alone: its target.
    @Test func theProgramsYearAloneIsItsTarget() {
        let program = Self.read([["2024"]])
        #expect(program.year == 2024)
        #expect(Self.values(program) == [["2024 target 12"]], "\(program.diagnostics)")
        #expect(!program.diagnostics.contains { $0.contains("'2024'") })
    }

    /// Past years alone ("2022 | 2023" in a 2024 program): neither says actual, estimate or
    /// target, so the latest is no longer taken for the target; both are stated unread.
    @Test func pastYearsAloneAreLeftUnread() {
        let program = Self.read([["2022", "2023"]])
        #expect(Self.values(program) == [[]], "\(Self.values(program))")
        let unread = program.diagnostics.filter(LeftUnread.isUnread)
        #expect(unread.contains { $0.contains("column '2023' not understood") && $0.contains("the program's year is 2024") }, "\(unread)")
        #expect(unread.contains { $0.contains("column '2022' not understood") }, "\(unread)")
    }

    /// Another table naming 2025's target ("2025 Hedef") establishes the pattern: a later
    /// table's bare "2025" is that year's target too; without it, that column is unread.
    @Test func anotherTableNamingTheYearsTargetEstablishesIt() {
        let named = Self.read([["2024 Tahmin", "2025 Hedef"], ["2025"]])
        #expect(Self.values(named) == [["2024 estimate 12", "2025 target 14"], ["2025 target 12"]], "\(named.diagnostics)")
        let alone = Self.read([["2024 Tahmin", "2025 Tahmin"], ["2025"]])
        #expect(Self.values(alone) == [["2024 estimate 12", "2025 estimate 14"], []], "\(alone.diagnostics)")
        #expect(alone.diagnostics.contains { $0.contains("column '2025' not understood") && LeftUnread.isUnread($0) })
    }
}
