import Foundation
import Testing

/// The statuses a nightly script acts on, one per outcome: 1 "published, with failures", 4
/// "nothing published, the previous dataset is kept". Both were 1, so a script could not
/// tell a dataset published without one bad file from a full disk that published nothing.
@Suite struct ExitStatusTests {
    /// `build`: 0 every file gave a program; 1 a file failed, the rest published (with no
    /// dataset before and no good file: the empty dataset and its report); 4 no file gave a
    /// program (the last dataset kept), another build holds the lock, or the dataset cannot
    /// be written (a file-size limit stands for a full disk); 2 a usage error.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func buildSaysWhetherItPublished() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/in" "$WORK/bad" && cp "$SAMPLES/kayseri-2024.pdf" "$WORK/in/" || exit 10
            echo garbage > "$WORK/bad/broken.pdf"
            "$PERFPROG" build "$WORK/bad" --out "$WORK/fresh" --quiet 2>/dev/null; echo "none before $?"
            test -s "$WORK/fresh/report.json" && [ "$(wc -l < "$WORK/fresh/programs.csv")" = 1 ] && echo "empty published"
            "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet 2>/dev/null; echo "good $?"
            cp "$WORK/ds/programs.csv" "$WORK/last.csv"
            echo garbage > "$WORK/in/broken.pdf"
            "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet 2>/dev/null; echo "one bad $?"
            "$PERFPROG" build "$WORK/bad" --out "$WORK/ds" 2>"$WORK/all-bad.err"; echo "all bad $?"
            cmp -s "$WORK/ds/programs.csv" "$WORK/last.csv" && echo "kept"
            flock "$WORK/.ds.lock" "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet 2>"$WORK/busy.err"; echo "busy $?"
            rm "$WORK/in/broken.pdf"
            prlimit --fsize=100000 "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet 2>/dev/null; echo "full $?"
            cmp -s "$WORK/ds/programs.csv" "$WORK/last.csv" && echo "kept"
            "$PERFPROG" build "$WORK/in" --quiet 2>/dev/null; echo "usage $?"
            cat "$WORK/busy.err"
            cat "$WORK/all-bad.err" >&2
            """)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.dropLast() == ["none before 1", "empty published", "good 0", "one bad 1", "all bad 4", "kept", "busy 4", "full 4", "kept", "usage 2"],
                "\(r.stdout) \(r.stderr)")
        #expect(lines.last?.hasSuffix("/.ds.lock is held); nothing was published") == true, "\(r.stdout)")
        // The summary of a build that published nothing says so, and points to no report (the
        // one in DIR is the last build's): it said "0 programs published".
        let summary = r.stderr.split(separator: "\n").map(String.init)
        #expect(summary.contains { $0.hasPrefix("perfprog build: nothing published in ") }, "\(r.stderr)")
        #expect(summary.contains("perfprog build: nothing published: no file gave a program; the previous dataset (1 program) "
                                 + "is left as it was"), "\(r.stderr)")
        #expect(!summary.contains { $0.hasPrefix("report: ") }, "\(r.stderr)")
    }

    /// `extract`: 1 a file failed and the tables hold the others; 4 no table was written (a
    /// file-size limit: the tables in DIR are left as they were).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func extractSaysWhetherItWroteTheTables() throws {
        let r = try PerfprogBinary.shell("""
            echo garbage > "$WORK/broken.pdf"
            "$PERFPROG" extract "$WORK/broken.pdf" "$SAMPLES/kayseri-2024.pdf" --out "$WORK/x" --quiet 2>/dev/null; echo "one bad $?"
            test -s "$WORK/x/programs.csv" && echo "written"
            cp "$WORK/x/programs.csv" "$WORK/last.csv"
            prlimit --fsize=4096 "$PERFPROG" extract "$SAMPLES/balikesir-2024.pdf" --out "$WORK/x" --quiet 2>/dev/null; echo "full $?"
            cmp -s "$WORK/x/programs.csv" "$WORK/last.csv" && echo "kept"
            """)
        #expect(r.stdout == "one bad 1\nwritten\nfull 4\nkept\n", "\(r.stdout) \(r.stderr)")
    }

    /// A program whose tables would break the dataset's keys (two "2024 Hedef" columns: two
    /// targets for one year; the fixture is its .html printed by Chromium) fails in `extract`
    /// as it fails in `build`, with the same reason, and its tables are not written (review M4:
    /// extract wrote the duplicate key that build refused).
    @Test func extractRefusesWhatBuildRefuses() throws {
        let r = try PerfprogBinary.shell("""
            "$PERFPROG" extract "$FIXTURES/duplicate-target-year.pdf" --out "$WORK/x" --quiet 2>"$WORK/extract.err"; echo "extract $?"
            test -e "$WORK/x/indicator_values.csv" && echo "written"
            "$PERFPROG" build "$FIXTURES/duplicate-target-year.pdf" --out "$WORK/ds" --no-cache --quiet 2>/dev/null; echo "build $?"
            grep -c "duplicate key (indicator_id, year, kind)" "$WORK/ds/report.json"
            cat "$WORK/extract.err" >&2
            """)
        #expect(r.stdout == "extract 1\nbuild 1\n1\n", "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("duplicate-target-year.pdf: the parsed program breaks the dataset's rules: indicator_values: "
                                  + "duplicate key (indicator_id, year, kind)"), "\(r.stderr)")
    }

    /// A file `diff` or `inspect` was asked to write that cannot be written is the output's
    /// failure (4), not an input's (1).
    @Test func anOutputFileThatCannotBeWrittenIsFour() throws {
        let diff = PerfprogBinary.packageRoot.appendingPathComponent("Tests/DiffTests/Fixtures").path
        let r = try PerfprogBinary.shell("""
            ln -s /dev/full "$WORK/full"
            "$PERFPROG" diff '\(diff)/kayseri-buyuksehir-belediyesi-2024' '\(diff)/kayseri-buyuksehir-belediyesi-2025' \\
                --output "$WORK/full" --quiet 2>/dev/null; echo "diff $?"
            "$PERFPROG" diff "$WORK/missing.pdf" '\(diff)/kayseri-buyuksehir-belediyesi-2025' --quiet 2>/dev/null >/dev/null; echo "diff input $?"
            """)
        #expect(r.stdout == "diff 4\ndiff input 1\n", "\(r.stdout) \(r.stderr)")
    }

    /// Every command's help and the README name status 4, and the README's table matches.
    @Test func theHelpAndTheReadmeNameStatusFour() throws {
        for command in ["build", "extract", "diff", "inspect", "text", "words", "check", "units"] {
            let r = try PerfprogBinary.run([command, "--help"])
            #expect(r.stdout.contains("4 "), "\(command) --help says nothing of status 4")
        }
        let readme = try String(contentsOf: PerfprogBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("| 4 | nothing published"), "README's exit status table")
    }
}
