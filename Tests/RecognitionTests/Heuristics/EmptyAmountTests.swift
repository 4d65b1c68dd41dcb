import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// ActivityRows: an amount cell left empty in an activity's row is zero (blind templates T05,
/// T12g: a zero Bütçe Dışı, or every amount of an activity that needs no money, left blank); a
/// dash is no amount, as before.
@Suite struct EmptyAmountTests {
    private static func w(_ text: String, _ x: Double, _ y: Double) -> Word {
        WordBoxes.word(text, x, y, x + Double(text.count) * 4, y + 8, size: 8)
    }

    private static func row(_ y: Double, _ cells: [(String, Double)]) -> RowBand {
        WordBoxes.band(page: 2, cells.flatMap { text, x -> [Word] in
            var left = x
            return text.split(separator: " ").map { word in
                defer { left += Double(word.count) * 4 + 3 }
                return w(String(word), left, y)
            }
        })
    }

    @Test func anEmptyAmountCellIsZero() throws {
        let header = Self.row(100, [("Faaliyetler", 60), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 460)])
        let data = [
            Self.row(120, [("1 Revizyon planları yapmak.", 60), ("7.300.000", 300), ("7.300.000", 460)]),
            Self.row(140, [("2 Koordinasyon sağlamak.", 60)]),
        ]
        let section = TableSection.build(header: header, data: data, isRepeatedHeader: GoalTableReader.isActivityHeader)
        let (activities, _) = ActivityRows.read(section)
        try #require(activities.count == 2)
        #expect(activities[0].budget == TurkishNumber.amount("7.300.000") && activities[0].offBudget == .zero
                && activities[0].total == TurkishNumber.amount("7.300.000"))
        #expect(activities[1].budget == .zero && activities[1].offBudget == .zero && activities[1].total == .zero)
        // A table that prints its zeros as dashes: an empty cell there is no zero (its dash may
        // stand in the next column), and a dash is no amount.
        let dashed = TableSection.build(header: header, data: [
            Self.row(120, [("1 Revizyon planları yapmak.", 60), ("7.300.000", 300), ("7.300.000", 460)]),
            Self.row(140, [("2 Denetim yapmak.", 60), ("1.000", 300), ("-", 380), ("1.000", 460)]),
        ], isRepeatedHeader: GoalTableReader.isActivityHeader)
        let (read, _) = ActivityRows.read(dashed)
        try #require(read.count == 2)
        #expect(read[0].offBudget == nil && read[1].offBudget == nil)
    }
}
