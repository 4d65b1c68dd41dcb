import Checks
import Dataset
import Testing

@Suite struct CheckTableTests {
    static let header = ["program_id", "check", "subject", "expected", "actual", "status"]

    @Test func checksCSVRowsReadBack() throws {
        let rows = [Self.header, ["p-2024", "goal_total", "p-2024/G4", "290000000.00", "295000000.00", "mismatch"],
                    ["p-2024", "goal_count", "p-2024", "51", "51", "ok"]]
        let r = try CheckTable.results(rows: rows)
        #expect(r.count == 2)
        #expect(r[0] == CheckResult(programID: "p-2024", check: "goal_total", subject: "p-2024/G4",
                                    expected: "290000000.00", actual: "295000000.00", status: .mismatch))
        #expect(r[1].status == .ok)
    }

    @Test func extraPageAndDetailColumnsAreRead() throws {
        let rows = [Self.header + ["page", "detail"], ["p", "share", "p", "0.43", "0.43", "ok", "116", "row (Bütçe)"]]
        let r = try CheckTable.results(rows: rows)
        #expect(r.first?.page == 116)
        #expect(r.first?.detail == "row (Bütçe)")
    }

    @Test func aTableWithoutStatusIsAnError() {
        #expect(throws: CheckTable.ReadError.missingColumn("status")) {
            try CheckTable.results(rows: [Array(Self.header.dropLast())])
        }
        #expect(throws: CheckTable.ReadError.badStatus(row: 1, value: "bad")) {
            try CheckTable.results(rows: [Self.header, ["p", "c", "s", "1", "1", "bad"]])
        }
    }

    @Test func goalHeadingsAndPages() {
        let goals = [["program_id", "goal_id", "goal_no", "goal_code", "title", "page"],
                     ["p", "p/G1", "1", "H1.1", "Hedef", "36"], ["q", "q/G1", "1", "1", "Other", ""]]
        let headings = CheckTable.goalHeadings(rows: goals)
        #expect(headings["p"] == [CheckReport.GoalHeading(id: "p/G1", code: "H1.1", title: "Hedef", page: 36)])
        #expect(headings["q"]?.first?.page == nil)
        #expect(CheckTable.pages(rows: goals, idColumn: "goal_id") == ["p/G1": 36])
    }
}
