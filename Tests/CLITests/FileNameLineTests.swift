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

    /// What looked like perfprog's own escapes — ESC "[31m", ESC "[2K" — passed in a name, as
    /// did C1 controls (U+009B is an 8-bit CSI) and the bidi override that shows a line
    /// reversed: each is shown as the `\xNN` of its bytes, in the log, the failure list and
    /// the summary, and the timeout's line; report.json keeps the true name.
    @Test func everyControlInANameIsShownEscaped() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/in" && cd "$WORK/in" || exit 10
            printf 'garbage' > "$(printf 'a\\033[31mred\\033[2K.pdf')" && printf 'garbage' > "$(printf 'b\\302\\233c\\342\\200\\256d.pdf')" || exit 11
            cp "$SAMPLES/kayseri-2024.pdf" "$WORK/$(printf 'k\\033[2J.pdf')" || exit 12
            "$PERFPROG" build "$WORK/in" --out "$WORK/ds" -j 1; echo "build $?" >&2
            "$PERFPROG" extract "$WORK/$(printf 'k\\033[2J.pdf')" --out "$WORK/x" --timeout 0.01; echo "extract $?" >&2
            grep -F -q '"path" : "'"$WORK"'/in/a\\u001b[31mred\\u001b[2K.pdf"' "$WORK/ds/report.json" && echo "the true name"
            """)
        let said = r.stderr
        #expect(!said.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" }, "\(said.debugDescription)")
        let red = "a\\x1B[31mred\\x1B[2K.pdf", csi = "b\\xC2\\x9Bc\\xE2\\x80\\xAEd.pdf"
        let lines = said.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("[") && $0.hasSuffix("/in/\(red)") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("failed: ") && $0.contains("/in/\(csi): not a PDF") }, "\(lines)")
        #expect(lines.contains("build 1") && lines.contains("extract 4"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("perfprog extract: ") && $0.contains("/k\\x1B[2J.pdf: stopped: took longer than 0.01 s") },
                "\(lines)")
        #expect(r.stdout == "the true name\n", "report.json keeps the name, JSON-escaped: \(r.stdout)")
    }

    /// On a terminal (here `script`'s) the progress line is redrawn with perfprog's own
    /// escapes only: a name's ESC and CR are shown, never written (a CR in a name was kept as
    /// the line's own, and ESC "[31m" taken for perfprog's colour). It was never redrawn at
    /// all: the terminal was asked of descriptor 2, the libraries' pipe by then.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script is not installed"))
    func aTerminalSeesOnlyPerfprogsOwnEscapes() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/in" && cd "$WORK/in" || exit 10
            printf 'garbage' > "$(printf 'a\\033[31mred\\rb.pdf')" || exit 11
            script -qec "'$PERFPROG' build '$WORK/in' --out '$WORK/ds' -j 1" /dev/null
            """)
        var rest = r.stdout
        #expect(rest.contains("\r\u{1B}[2K[0/1] "), "not redrawn: \(rest.debugDescription)")
        for own in ["\r\u{1B}[2K", "\u{1B}[31m", "\u{1B}[0m", "\r\n"] { rest = rest.replacingOccurrences(of: own, with: "") }
        #expect(!rest.contains("\u{1B}") && !rest.contains("\r"), "\(r.stdout.debugDescription)")
        #expect(rest.contains("/in/a\\x1B[31mred\\x0Db.pdf: not a PDF"), "\(r.stdout.debugDescription)")
    }
}
