import Foundation
@testable import PerfprogCLI
import Testing

/// `perfprog check` on dataset directories written here: its output and exit statuses.
@Suite struct CheckCommandTests {
    /// What a command printed, line by line.
    final class Captured: @unchecked Sendable {
        var out: [String] = []
        var err: [String] = []
        var console: Console {
            Console(out: { self.out.append($0) }, err: { self.err.append($0) }, stderrIsTerminal: false, useColor: false)
        }
    }

    static let header = "program_id,check,subject,expected,actual,status,page,detail\n"
    static let goals = "program_id,goal_id,goal_no,goal_code,title,aim_code,aim_title,target_code,target_title,page\n"
        + "p-2024,p-2024/G4,4,H1.4,Kamulaştırmak,A1,,H1.4,,39\n"

    /// A dataset directory holding the given checks.csv rows (and goals.csv).
    static func dataset(_ rows: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data((header + rows).utf8).write(to: dir.appendingPathComponent("checks.csv"))
        try Data(goals.utf8).write(to: dir.appendingPathComponent("goals.csv"))
        return dir.path
    }

    @Test func allChecksOKExitsZero() throws {
        let dir = try Self.dataset("p-2024,goal_total,p-2024/G4,290000000.00,290000000.00,ok,39,Toplam column\n")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = Captured()
        #expect(PerfprogCommand.main(["perfprog", "check", dir], console: c.console) == 0)
        #expect(c.out.joined().contains("p-2024: the 1 check is ok"))
    }

    @Test func mismatchesExitThreeAndArePrintedByGoalWithTheirPage() throws {
        let dir = try Self.dataset("p-2024,goal_total,p-2024/G4,290000000.00,290000000.00,ok,39,Bütçe column\n"
            + "p-2024,activity_row_total,p-2024/G4/F2,105000000.00,100000000.00,mismatch,,Bütçe + Bütçe Dışı against Toplam\n")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = Captured()
        #expect(PerfprogCommand.main(["perfprog", "check", dir], console: c.console) == 3)
        let text = c.out.joined(separator: "\n")
        #expect(text.contains("goal H1.4 (G4), page 39: Kamulaştırmak"))
        #expect(text.contains("activity_row_total F2: stated 105.000.000,00 TL, re-added 100.000.000,00 TL"))
    }

    @Test func anUnreadableInputExitsOneAndTheOthersAreStillReported() throws {
        let dir = try Self.dataset("p-2024,goal_count,p-2024,51,50,mismatch,116,goals in the program\n")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = Captured()
        #expect(PerfprogCommand.main(["perfprog", "check", "/nonexistent/x.pdf", dir], console: c.console) == 1)
        #expect(c.err.contains { $0.contains("/nonexistent/x.pdf") })
        #expect(c.out.joined().contains("1 mismatch in 1 check"))
    }

    @Test func aDirectoryWithoutChecksIsAnInputFailure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let c = Captured()
        #expect(PerfprogCommand.main(["perfprog", "check", dir.path], console: c.console) == 1)
        #expect(c.err.contains { $0.contains("checks.csv") })
    }

    @Test func noInputIsAUsageError() {
        let c = Captured()
        #expect(PerfprogCommand.main(["perfprog", "check"], console: c.console) == 2)
    }
}
