@testable import Batch
import Dataset
import Foundation
import Inspection
import PageLayout
import TableGeometry
import Testing

/// A failed check's picture outlines the rows printing its stated figure; only when the
/// figure is not printed as such on its page (the check's provenance is then the page
/// alone) the page's tables, and it says which.
@Suite struct FailurePicturesTests {
    static func row(_ y: Double, _ words: [String]) -> RowBand {
        var x = 50.0
        let placed = words.map { text -> Word in
            defer { x += Double(text.count) * 5 + 4 }
            return Word(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * 5, y1: y + 9), fontSize: 9)
        }
        return RowBand(page: 11, lines: [TextLine(words: placed)], separatedBy: .ruling)
    }

    static let rows = [
        row(100, ["1", "Revizyon", "nazım", "imar", "planları", "3.000.000,00", "2.500.000,00", "5.500.000,00"]),
        row(120, ["2", "Kamulaştırma", "0,00", "0,00", "0,00"]),
        row(140, ["Genel", "Toplam", "3.000.000,00", "2.400.000,00", "5.400.000,00"]),
        row(300, ["Programda", "51", "adet", "performans", "hedefi", "yer", "almaktadır."]),
    ]
    static let table = Rect(x0: 40, y0: 95, x1: 560, y1: 155)
    static var tableRows: [RowBand] { Array(rows.prefix(3)) }

    static func check(_ name: String, expected: String, actual: String, detail: String = "") -> CheckResult {
        CheckResult(programID: "p-2024", check: name, subject: "p-2024/G1", expected: expected, actual: actual,
                    status: .mismatch, page: 11, detail: detail)
    }

    @Test func theRowPrintingTheStatedAmountIsOutlinedAlone() {
        let outline = FailurePictures.outline([Self.check("goal_total", expected: "5500000.00", actual: "5400000.00", detail: "Toplam column")],
                                              rows: Self.rows, tables: [(Self.table, Self.tableRows)])
        #expect(outline.regions.map(\.box) == [Self.rows[0].box])
        #expect(outline.regions.map(\.kind) == [.row])
        #expect(outline.regions.first?.label == "1", "numbered as in the caption")
        #expect(outline.notes == ["goal_total (Toplam column): the row printing the stated 5.500.000,00 TL"])
    }

    @Test func aStatedCountIsFoundInItsSentence() {
        let outline = FailurePictures.outline([Self.check("goal_count", expected: "51", actual: "50")], rows: Self.rows, tables: [(Self.table, Self.tableRows)])
        #expect(outline.regions.map(\.box) == [Self.rows[3].box])
    }

    @Test func aFigureNotPrintedAsSuchOutlinesTheTablesAndSaysSo() {
        // Zero is printed in many cells: it points at no row; 7.000.000,00 is printed nowhere.
        for expected in ["0.00", "7000000.00"] {
            let outline = FailurePictures.outline([Self.check("activity_row_total", expected: expected, actual: "1.00")],
                                                  rows: Self.rows, tables: [(Self.table, Self.tableRows)])
            #expect(outline.regions.map(\.box) == [Self.table])
            #expect(outline.regions.map(\.kind) == [.table])
            #expect(outline.notes.first?.contains("is not printed as such on the page (the check gives only its page), so the table on it") == true)
        }
        let none = FailurePictures.outline([Self.check("activity_row_total", expected: "7000000.00", actual: "1.00")], rows: Self.rows, tables: [])
        #expect(none.regions.isEmpty)
        #expect(none.notes.first?.hasSuffix("no table was recognised there: nothing outlined") == true)
    }

    @Test func twoChecksOnOneRowShareItsOutline() {
        let outline = FailurePictures.outline([Self.check("goal_total", expected: "5500000.00", actual: "5400000.00"),
                                               Self.check("activity_row_total", expected: "5500000.00", actual: "5600000.00")],
                                              rows: Self.rows, tables: [(Self.table, Self.tableRows)])
        #expect(outline.regions.count == 1)
        #expect(outline.regions.first?.label == "1, 2")
        #expect(outline.notes.count == 2)
    }

    /// Only the tables naming the check's activity (or goal) are outlined when its figure is
    /// not on the page; the other goal's table on the same page is left alone.
    @Test func theTablesOutlinedAreThoseNamingWhatTheCheckConcerns() {
        let other = [Self.row(400, ["1", "Etüt", "ve", "proje", "çalışmaları", "31.500.000"])]
        let otherTable = Rect(x0: 40, y0: 395, x1: 560, y1: 420)
        let c = Self.check("activity_cost_total", expected: "200000000.00", actual: "190000000.00")
        let outline = FailurePictures.outline([c], rows: Self.rows + other,
                                              tables: [(otherTable, other), (Self.table, Self.tableRows)],
                                              names: { _ in ["Kamulaştırma"] })
        #expect(outline.regions.map(\.box) == [Self.table])
        #expect(outline.notes.first?.hasSuffix("so the table naming what it checks") == true)
    }

    @Test func aSubjectNamesItsActivityOrItsGoal() {
        let program = SamplePrograms.program()
        let goal = program.goals[0]
        let activity = Identifiers.activityID(goal: Identifiers.goalID(program: program.id, goalNo: goal.no), activityNo: goal.activities[0].no)
        var c = Self.check("activity_row_total", expected: "1.00", actual: "2.00")
        c.subject = activity
        #expect(FailurePictures.subjectNames(c, in: program) == [goal.activities[0].name])
        c.subject = Identifiers.goalID(program: program.id, goalNo: goal.no)
        #expect(FailurePictures.subjectNames(c, in: program) == [goal.title] + goal.activities.map(\.name))
        c.subject = program.id
        #expect(FailurePictures.subjectNames(c, in: program).isEmpty)
    }
}
