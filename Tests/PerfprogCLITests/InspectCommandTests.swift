import Foundation
@testable import PerfprogCLI
import Testing

/// `perfprog inspect`: its options and what it prints.
@Suite struct InspectCommandTests {
    static let kayseri = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/kayseri-2024.pdf").path
    static let goldenP35 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InspectTests/Fixtures/kayseri-p35-tables.txt")

    @Test func aScaleOutOfRangeIsAUsageError() {
        let c = CheckCommandTests.Captured()
        #expect(PerfprogCommand.main(["perfprog", "inspect", Self.kayseri, "--page", "35", "--png", "/tmp/x.png", "--scale", "0"],
                                     console: c.console) == ExitStatus.usage)
        #expect(c.err.joined().contains("--scale expects a number above 0"))
    }

    @Test func thePageIsRequired() {
        let c = CheckCommandTests.Captured()
        #expect(PerfprogCommand.main(["perfprog", "inspect", Self.kayseri, "--tables"], console: c.console) == ExitStatus.usage)
        #expect(c.err.joined().contains("--page N is required"))
    }

    /// The command prints the library's dump (the golden file of InspectTests) as it is.
    @Test func tablesPrintsTheDump() throws {
        let c = CheckCommandTests.Captured()
        #expect(PerfprogCommand.main(["perfprog", "inspect", Self.kayseri, "--page", "35", "--tables"], console: c.console) == 0)
        let golden = try String(contentsOf: Self.goldenP35, encoding: .utf8)
        #expect(c.out.joined(separator: "\n") + "\n" == golden)
    }
}
