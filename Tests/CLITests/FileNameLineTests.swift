import Foundation
import Testing

/// A file named with a line break (or another control character) is shown as `\x0A` in every
/// message, so a log read line by line has one line per message: the build's per-file line,
/// its failure list and extract's error were each split in two, the second half looking like
/// a message of its own.
@Suite struct FileNameLineTests {
    @Test func aLineBreakInANameIsShownEscaped() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/in" && cd "$WORK/in" || exit 10
            printf 'garbage' > "$(printf 'new\\nline.pdf')" && printf 'garbage' > "$(printf 'cr\\rtab\\t.pdf')" || exit 11
            "$PERFPROG" build "$WORK/in" --out "$WORK/ds" -j 1 2> "$WORK/build.err"; echo "build $?"
            "$PERFPROG" extract "$(printf 'new\\nline.pdf')" --out "$WORK/x" 2> "$WORK/extract.err"; echo "extract $?"
            cat "$WORK/build.err" "$WORK/extract.err"
            """)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(2)) == ["build 1", "extract 1"], "\(r.stdout) \(r.stderr)")
        let said = lines.dropFirst(2).filter { !$0.isEmpty }
        let newline = "new\\x0Aline.pdf", carriageReturn = "cr\\x0Dtab\t.pdf"
        #expect(said.allSatisfy { ["perfprog ", "[", "failed: ", "report: "].contains(where: $0.hasPrefix) }, "\(said)")
        #expect(said.filter { $0.hasPrefix("[") }.map { String($0.split(separator: "/").last ?? "") } == [carriageReturn, newline],
                "\(said)")
        #expect(said.contains { $0.hasPrefix("failed: ") && $0.hasSuffix("/in/\(newline): not a PDF (the file does not start with %PDF-)") },
                "\(said)")
        #expect(said.last == "perfprog extract: \(newline): not a PDF (the file does not start with %PDF-)", "\(said)")
    }

    /// An ESC in a name is shown as `\x1B` like any other control character: a file named
    /// "\e]0;pwned\a\e[2J" set the terminal's title and cleared the screen.
    @Test func anEscapeInANameIsShownEscaped() throws {
        let r = try PerfprogBinary.shell("""
            cd "$WORK" || exit 10
            name="$(printf '\\033]0;pwned\\a\\033[2J.pdf')"
            printf 'garbage' > "$name" || exit 11
            "$PERFPROG" extract "$name" --out "$WORK/x"; echo "extract $?"
            """)
        #expect(r.stdout == "extract 1\n", "\(r.stderr)")
        #expect(!r.stderr.unicodeScalars.contains("\u{1B}"), "\(r.stderr.debugDescription)")
        #expect(r.stderr.split(separator: "\n").last == "perfprog extract: \\x1B]0;pwned\\x07\\x1B[2J.pdf: not a PDF (the file does not start with %PDF-)",
                "\(r.stderr.debugDescription)")
    }
}
