import Dataset
import Foundation
import Pipeline
import Recognition
import Testing

/// Columns beside the contract's (`ExtraColumn`): those the reader knows are left quietly or
/// read into the contract's field; one it does not know is stated as left unread and moves no
/// fact. Printed with cairo and read back with the real pipeline, as the matrix does.
@Suite struct ExtraColumnTests {
    /// Unknown columns before the indicator's name, between its unit and its years (figures,
    /// as a value column would hold), and between an activity's name and its unit; beside
    /// them a known one (İzleme Sıklığı) that must stay quiet.
    static let unknownColumns = Arrangement(
        name: "unknown-columns",
        blocks: [.cover,
                 .eachGoal([.headings(.codes),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true,
                                                         extras: [ExtraColumn("Zorluk Derecesi", .first, .level),
                                                                  ExtraColumn("Katsayı", .afterUnit, .rank, figure: true),
                                                                  ExtraColumn("İzleme Sıklığı", .last, .frequency(0))])),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, codeHeader: "No",
                                                        extras: [ExtraColumn("Öncelik", .afterName, .rank, figure: true)])),
                            .costs(.perGoal(explanations: true))])])

    static let looks = [
        Look(rules: .grid, page: .portrait, fontSize: 8, verticalHeaders: false, repeatsHeader: true),
        Look(rules: .none, page: .landscape, fontSize: 9.5, verticalHeaders: true, repeatsHeader: false),
    ]

    /// Prints `gold` in `arrangement` with `look` and extracts it.
    private func extract(_ arrangement: Arrangement, _ gold: GoldProgram, _ look: Look) throws -> (expected: Program, read: ExtractedProgram) {
        let source = try gold.program()
        let label = "\(arrangement.name)-\(gold.short)-\(look.name)"
        let scratch = try ScratchDirectory("extra-\(label)")
        let path = scratch.url.appendingPathComponent("extra_\(label).pdf").path
        try ArrangementTypesetter(program: source, arrangement: arrangement, look: look.layout).write(to: path)
        return (ExpectedProgram.of(source, in: arrangement), try ProgramExtractor.extract(path: path))
    }

    @Test(arguments: [GoldProgram.balikesir2024, .kayseri2024], [0, 1])
    func unknownColumnsAreStatedAndMoveNoFact(_ gold: GoldProgram, _ lookIndex: Int) throws {
        let (expected, read) = try extract(Self.unknownColumns, gold, Self.looks[lookIndex])
        let comparison = FactComparison(gold: ProgramFacts(expected), extracted: ProgramFacts(read.program))
        #expect(comparison.total > 0)
        #expect(comparison.isExact, "\(comparison)")
        // Each goal's two tables state their unknown columns, by name; nothing else is left unread.
        let unread = read.diagnostics.filter(LeftUnread.isUnread)
        let columns = Set(unread.compactMap { note in note.range(of: "table column '").map { String(note[$0.lowerBound...]) } })
        #expect(columns == ["table column 'Zorluk Derecesi' not understood, its cells (not read)",
                            "table column 'Katsayı' not understood, its cells (not read)",
                            "table column 'Öncelik' not understood, its cells (not read)"], "\(unread)")
        #expect(unread.allSatisfy { $0.contains("table column '") }, "\(unread)")
        let goals = expected.goals.count
        #expect(unread.filter { $0.contains("indicator table column 'Zorluk Derecesi'") }.count >= goals, "\(unread)")
        #expect(unread.filter { $0.contains("activity table column 'Öncelik'") }.count >= goals, "\(unread)")
    }

    /// The matrix's goal cards print only columns the reader knows: none is stated unread.
    @Test(arguments: [Arrangements.planGoalCards, Arrangements.indicatorUnits])
    func knownColumnsAreNotStatedUnread(_ arrangement: Arrangement) throws {
        let (expected, read) = try extract(arrangement, .kayseri2025, Self.looks[0])
        #expect(FactComparison(gold: ProgramFacts(expected), extracted: ProgramFacts(read.program)).isExact)
        #expect(!read.diagnostics.contains { LeftUnread.isUnread($0) && $0.contains("column '") }, "\(read.diagnostics)")
    }

    /// The activity table's Açıklama column is the activity's description (DATASET.md), read
    /// where no cost table gives one (the goal cards' cost tables print no explanations).
    @Test func explanationColumnIsTheDescription() throws {
        let (expected, read) = try extract(Arrangements.planGoalCards, .balikesir2024, Self.looks[1])
        let described = expected.goals.flatMap(\.activities).filter { !$0.description.isEmpty }
        #expect(!described.isEmpty)
        #expect(read.program.goals.flatMap(\.activities).filter { !$0.description.isEmpty }.map(\.description) == described.map(\.description))
    }

    /// Extra columns go where their place says, among the contract's; the header says so.
    @Test func extraColumnsStandBeforeBetweenAndAfter() throws {
        let program = try GoldProgram.kayseri2024.program()
        let look = Look(rules: .grid, page: .portrait, fontSize: 8, verticalHeaders: false, repeatsHeader: false).layout
        let typesetter = ArrangementTypesetter(program: program, arrangement: Self.unknownColumns, look: look)
        let goal = try #require(program.goals.first)
        let indicators = typesetter.indicatorTable(goal, IndicatorColumns(years: 2, unitColumn: true,
                                                                         extras: [ExtraColumn("Zorluk Derecesi", .first, .level),
                                                                                  ExtraColumn("Katsayı", .afterUnit, .rank, figure: true),
                                                                                  ExtraColumn("İzleme Sıklığı", .last, .frequency(0))]))
        let titles = indicators.header.sorted { $0.columns.lowerBound < $1.columns.lowerBound }.filter { $0.rows.lowerBound == 0 }.map(\.text)
        #expect(titles == ["Zorluk Derecesi", "Performans Göstergeleri", "Ölçü", "Katsayı", "2023", "2024", "İzleme Sıklığı"])
        #expect(abs(indicators.columnWidths.reduce(0, +) - 1) < 1e-9)
        #expect(indicators.figureColumns == [3, 4, 5])
    }
}
