@testable import PerfprogCLI
import Testing

/// Arguments read as each command reads them.
@Suite struct ArgumentListTests {
    /// The file the crash line names: an option's value before the file is no file.
    @Test(arguments: [
        (["perfprog", "inspect", "--page", "40", "--tables", "a.pdf"], "a.pdf"),
        (["perfprog", "inspect", "--page=40", "a.pdf", "--tables"], "a.pdf"),
        (["perfprog", "check", "--format", "json", "b.pdf"], "b.pdf"),
        (["perfprog", "text", "--pages", "3-5", "-j", "2", "--", "-c.pdf"], "-c.pdf"),
    ])
    func theFirstInputIsNoOptionsValue(argv: [String], file: String) {
        #expect(PerfprogCommand.arguments(argv)?.positional.first == file)
    }

    @Test func anUnknownCommandOrOptionNamesNoFile() {
        #expect(PerfprogCommand.arguments(["perfprog", "frobnicate", "a.pdf"]) == nil)
        #expect(PerfprogCommand.arguments(["perfprog", "text", "--bogus", "a.pdf"]) == nil)
    }

    /// `-j2` is `-j 2`, as README's `-j N` and other tools take it (it was "unknown option -j2").
    @Test func aJobCountJoinedToItsLetterIsRead() throws {
        let arguments = try ArgumentList(["in", "-j2", "--out", "x"], valueOptions: ["j", "out"], flagOptions: [])
        #expect(try arguments.int("j") == 2)
        #expect(arguments.positional == ["in"])
        let word = try ArgumentList(["-jx"], valueOptions: ["j"], flagOptions: [])
        #expect(throws: CommandError.self) { try word.int("j") }
    }
}
