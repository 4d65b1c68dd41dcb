@testable import Checks
import Dataset
import Testing

@Suite struct CheckReportTests {
    typealias F = ProgramFixture

    static func result(_ check: Check, _ subject: String, _ status: CheckResult.Status, page: Int?) -> CheckResult {
        CheckResult(programID: F.id, check: check.rawValue, subject: subject, expected: "105000000.00",
                    actual: "100000000.00", status: status, page: page, detail: "why")
    }

    static let goals = [
        CheckReport.GoalHeading(id: F.goalID(1), code: "H1.1", title: "Birinci hedef", page: 36),
        CheckReport.GoalHeading(id: F.goalID(4), code: "H1.4", title: "Dördüncü hedef", page: 39),
    ]

    @Test func mismatchesComeFirstGroupedByGoalInDocumentOrderThenTheCounts() throws {
        let checks = [
            Self.result(.share, F.id, .ok, page: 116),
            Self.result(.unitTotal, F.id, .mismatch, page: 106),
            Self.result(.activityRowTotal, F.activityID(4, 2), .mismatch, page: 39),
            Self.result(.goalTotal, F.goalID(1), .mismatch, page: 36),
            Self.result(.goalTotal, F.goalID(4), .ok, page: 39),
        ]
        let text = CheckReport.render(programID: F.id, checks: checks, goals: Self.goals)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "\(F.id): 3 mismatches in 5 checks")
        let h1 = try #require(lines.firstIndex { $0.hasPrefix("goal H1.1 (G1), page 36") })
        let h4 = try #require(lines.firstIndex { $0.hasPrefix("goal H1.4 (G4), page 39") })
        let program = try #require(lines.firstIndex(of: "program"))
        #expect(h1 < h4 && h4 < program)
        #expect(lines[h4 + 1].contains("p.39") && lines[h4 + 1].contains("activity_row_total F2"))
        // People read the documents' Turkish notation with units, never the canonical form.
        #expect(lines[h4 + 1].contains("stated 105.000.000,00 TL, re-added 100.000.000,00 TL (off by -5.000.000,00 TL)"))
        #expect(!text.contains("105000000.00"))
        #expect(lines[program + 1].contains("p.106") && lines[program + 1].contains("unit_total"))
        #expect(lines.contains { $0.contains("goal_total") && $0.contains("1 ok, 1 mismatch") })
        #expect(lines.last == "5 checks: 2 ok, 3 mismatch")
        #expect(!text.contains("\u{1B}["))
    }

    @Test func allOKSaysSo() {
        let text = CheckReport.render(programID: F.id, checks: [Self.result(.goalTotal, F.goalID(1), .ok, page: 36)],
                                      goals: Self.goals)
        #expect(text.hasPrefix("\(F.id): the 1 check is ok"))
        #expect(!text.contains("goal H1.1"))
    }

    @Test func goalsTheListDoesNotNameStillGroupTheirMismatches() {
        let text = CheckReport.render(programID: F.id, checks: [Self.result(.activityRowTotal, F.activityID(9, 1), .mismatch, page: nil)],
                                      goals: [])
        #expect(text.contains("goal G9\n  p.?    activity_row_total F1"))
    }

    @Test func goalOfASubject() {
        #expect(CheckReport.goalID(of: F.activityID(4, 2)) == F.goalID(4))
        #expect(CheckReport.goalID(of: F.goalID(4)) == F.goalID(4))
        #expect(CheckReport.goalID(of: F.id) == nil)
    }

    @Test func colourOnlyWhenAsked() {
        let text = CheckReport.render(programID: F.id, checks: [Self.result(.goalTotal, F.goalID(1), .mismatch, page: 36)],
                                      goals: Self.goals, color: true)
        #expect(text.contains("\u{1B}[31m"))
    }
}
