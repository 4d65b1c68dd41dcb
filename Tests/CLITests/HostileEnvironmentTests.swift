import Foundation
import Testing

/// The commands on a full device, with file names that are not UTF-8, and on inputs that
/// are not regular files (issue 13, items 2, 3 and 8).
@Suite struct HostileEnvironmentTests {
    /// Every output path ends in one line and exit 4 (the output's failure, not an input's)
    /// when stdout is a full device (the long commands with --quiet: their progress lines
    /// would be lines too).
    @Test(arguments: [
        "text \"$FIXTURES/text-page.pdf\"",
        "text --layout \"$FIXTURES/text-page.pdf\"",
        "words \"$FIXTURES/text-page.pdf\" --page 1",
        "--help",
        "text --help",
        "diff --quiet \"$DIFF/kayseri-buyuksehir-belediyesi-2024\" \"$DIFF/kayseri-buyuksehir-belediyesi-2025\"",
        "diff --quiet \"$DIFF/kayseri-buyuksehir-belediyesi-2024\" \"$DIFF/kayseri-buyuksehir-belediyesi-2025\" --format json",
        "check --quiet \"$SAMPLES/balikesir-2024.pdf\"",
    ])
    func writingToAFullDeviceIsOneLineAndStatusFour(command: String) throws {
        let diff = PerfprogBinary.packageRoot.appendingPathComponent("Tests/DiffTests/Fixtures").path
        let r = try PerfprogBinary.shell("DIFF='\(diff)'; \"$PERFPROG\" \(command) > /dev/full")
        #expect(r.status == 4, "\(command): \(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("cannot write the output: No space left on device"), "\(command): \(r.stderr)")
    }

    /// Under a ceiling on its writable memory anywhere from too small to ample, `extract`
    /// either writes the dataset or stops with one line saying so, and soon: never a hang
    /// (libdispatch retried a refused thread for ever: the file's digest waited for one, and
    /// at 8-12 MB the units' classifier made beside the reading), nor
    /// a crash without the line (the handler allocated a C string for open(2), and Swift's
    /// report of the refused allocation faulted: status 139 or 134, 3 runs in 300 at 40-48 MB).
    /// `timeout` ends a hang with status 124.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"),
          arguments: [8, 12, 16, 24, 32, 36, 40, 44, 48, 52, 56, 60])
    func aMemoryCeilingEndsTheRunWithOneLineOrADataset(megabytes: Int) throws {
        let bytes = megabytes << 20
        let r = try PerfprogBinary.shell("""
            timeout 60 prlimit --data=\(bytes):\(bytes) "$PERFPROG" extract "$SAMPLES/balikesir-2024.pdf" --out "$WORK/out" --quiet
            """)
        #expect(r.status != 124, "\(megabytes) MB: still running after 60 s")
        if r.status == 0 {
            #expect(r.stderr.isEmpty, "\(megabytes) MB: \(r.stderr)")
        } else if r.status != 124 {
            // Stopped at the file, extract wrote no table: nothing published (4); the file left
            // unread (its deadline's thread refused) is a failed file, and the others go on (1).
            let unread = r.stderr.contains("so it was not read")
            #expect(r.status == (unread ? 1 : 4), "\(megabytes) MB: status \(r.status): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(megabytes) MB: \(r.stderr)")
            #expect(r.stderr.contains("balikesir-2024.pdf: stopped: over the memory limit"), "\(megabytes) MB: \(r.stderr)")
        }
    }

    /// `text` and `inspect` read pages on threads as `extract` does: under a ceiling they
    /// print their output or stop with one line, and never wait for ever for a thread.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"),
          arguments: [24, 32, 40, 48], ["text", "inspect --tables --quiet --page 40"])
    func aMemoryCeilingEndsTextAndInspectWithOneLineOrTheOutput(megabytes: Int, command: String) throws {
        let bytes = megabytes << 20
        let r = try PerfprogBinary.shell("""
            timeout 120 prlimit --data=\(bytes):\(bytes) "$PERFPROG" \(command.prefix { $0 != " " }) "$SAMPLES/balikesir-2024.pdf" \(command.drop { $0 != " " })
            """)
        let label = "\(command) at \(megabytes) MB"
        #expect(r.status != 124, "\(label): still running after 120 s")
        if r.status == 0 {
            #expect(r.stderr.isEmpty, "\(label): \(r.stderr)")
            #expect(!r.stdout.isEmpty, "\(label): no output")
        } else if r.status != 124 {
            #expect(r.status == 1, "\(label): status \(r.status): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(label): \(r.stderr)")
            #expect(r.stderr.contains("balikesir-2024.pdf: stopped: over the memory limit"), "\(label): \(r.stderr)")
        }
    }

    /// Past a file-size limit (RLIMIT_FSIZE) SIGXFSZ ended the process without a word (status
    /// 153; a build left its staging and lock behind); now the write fails and says so.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func aFileSizeLimitEndsTheWriteWithOneLine() throws {
        let r = try PerfprogBinary.shell("""
            prlimit --fsize=4096 "$PERFPROG" text "$SAMPLES/kayseri-2024.pdf" > "$WORK/text.txt"; echo "text $?"
            prlimit --fsize=4096 "$PERFPROG" extract "$SAMPLES/kayseri-2024.pdf" --out "$WORK/x" --quiet; echo "extract $?"
            echo "left in x: $(ls -A "$WORK/x" | wc -l)"
            """)
        #expect(r.stdout == "text 4\nextract 4\nleft in x: 0\n", "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first == "perfprog text: cannot write the output: File too large", "\(r.stderr)")
        #expect(lines.last?.hasPrefix("perfprog extract: cannot write the tables: ") == true, "\(r.stderr)")
        // Named with the limit; the first write to fail is a table in x, and none is left
        // there, half written or whole: the tables are replaced all or none (CSVTableSpool.finish).
        #expect(lines.last?.contains("/x/") == true, "\(r.stderr)")
        #expect(lines.last?.hasSuffix(".csv: File too large (over the file-size limit: ulimit -f, RLIMIT_FSIZE)") == true, "\(r.stderr)")
    }

    /// An output that cannot be a directory is named with the reason, not Foundation's "The
    /// operation could not be completed. (NSCocoaErrorDomain error 512.)" (before any file is
    /// read: `UnusableOutTests`).
    @Test func anOutputUnderAFileIsOneLineWithTheReason() throws {
        let r = try PerfprogBinary.shell("""
            : > "$WORK/file"
            "$PERFPROG" extract "$SAMPLES/kayseri-2024.pdf" --out "$WORK/file/tables" --quiet
            """)
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("/file/tables: /") && r.stderr.hasSuffix("/file is a file, not a directory\n"), "\(r.stderr)")
    }

    /// A build that cannot write its dataset (a full disk; here a file-size limit that the
    /// dataset of two programs exceeds, both read from the cache) keeps the last one, says why
    /// in one line, and leaves neither its staging nor its lock behind.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func aBuildThatCannotWriteItsDatasetKeepsTheLastOne() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/in" && cp "$SAMPLES/kayseri-2024.pdf" "$SAMPLES/balikesir-2024.pdf" "$WORK/in/" || exit 10
            "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet || exit 11
            mv "$WORK/in/balikesir-2024.pdf" "$WORK/" && "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet 2>/dev/null || exit 12
            cp "$WORK/ds/programs.csv" "$WORK/last.csv" && mv "$WORK/balikesir-2024.pdf" "$WORK/in/" || exit 13
            prlimit --fsize=700000 "$PERFPROG" build "$WORK/in" --out "$WORK/ds" --quiet; echo "status $?"
            cmp -s "$WORK/ds/programs.csv" "$WORK/last.csv" && echo "the last dataset is kept"
            echo "left behind: $(ls -A "$WORK" | grep -c -e 'lock' -e 'tmp')"
            """)
        #expect(r.stdout == "status 4\nthe last dataset is kept\nleft behind: 0\n", "\(r.status): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("perfprog build: cannot write the dataset: "), "\(r.stderr)")
    }

    /// A ceiling on the whole build (prlimit on cron's command), which its workers inherit:
    /// each file fails naming the limit, or the build itself stops with one line. Before, the
    /// build waited for ever for workers long gone (Foundation never told their end: its
    /// handler needs a thread the ceiling refuses) or aborted without a word.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"),
          arguments: [30, 40])
    func aMemoryCeilingOnTheWholeBuildEndsItWithLines(megabytes: Int) throws {
        let bytes = megabytes << 20
        let r = try PerfprogBinary.shell("""
            timeout 300 prlimit --data=\(bytes):\(bytes) "$PERFPROG" build "$SAMPLES/kayseri-2024.pdf" --out "$WORK/ds" --no-cache --quiet
            status=$?; test -e "$WORK/.ds.lock" && echo "lock left" >&2; exit $status
            """)
        #expect(r.status != 124, "\(megabytes) MB: still running after 300 s")
        // 1: files failed under the ceiling, the dataset published; 4: the build itself stopped.
        #expect([0, 1, 4].contains(r.status), "\(megabytes) MB: status \(r.status): \(r.stderr)")
        for line in r.stderr.split(separator: "\n") {
            // The build's own line names its dataset (and a thread it was refused, before it starts).
            #expect(line.hasPrefix("failed: ") || line.hasPrefix("perfprog build: ")
                    && (line.contains("/ds: stopped: over the memory limit of \(megabytes) MB")
                        || line.contains(": cannot start the thread that ")),
                    "\(megabytes) MB: \(line)")
        }
        #expect(r.status == 0 || !r.stderr.isEmpty, "\(megabytes) MB: status \(r.status) without a word")
    }

    /// A ceiling on the address space (prlimit --as, ulimit -v) is named as the limit reached,
    /// not the 512 MB of writable memory perfprog sets itself (which said "512 MB" at 150).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func anAddressSpaceCeilingIsTheLimitNamed() throws {
        let bytes = 150 << 20
        let r = try PerfprogBinary.shell("""
            timeout 120 prlimit --as=\(bytes):\(bytes) "$PERFPROG" extract "$SAMPLES/balikesir-2024.pdf" --out "$WORK/out" --quiet
            """)
        #expect(r.status == 0 || r.status == 4, "status \(r.status): \(r.stderr)")
        if r.status == 4 {
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(r.stderr.hasSuffix("balikesir-2024.pdf: stopped: over the memory limit of 150 MB (hostile or damaged content?)\n"),
                    "\(r.stderr)")
        }
    }

    /// A page tree that claims two billion pages in a file of six objects: poppler finds no
    /// page, and `text` printed nothing with status 0; every command now says the file is damaged.
    @Test func aPageTreeWithNoReadablePageIsDamaged() throws {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                       "<< /Length 0 >>\nstream\n\nendstream"]
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let r = try PerfprogBinary.shell("""
            printf '%s' '\(pdf)' > "$WORK/count.pdf"
            "$PERFPROG" text "$WORK/count.pdf"; echo "text $?"
            "$PERFPROG" extract "$WORK/count.pdf" --out "$WORK/out" --quiet; echo "extract $?"
            """)
        #expect(r.stdout == "text 1\nextract 1\n", "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.allSatisfy { $0.hasSuffix("count.pdf: damaged PDF: no pages (the page tree is empty or broken)") }, "\(r.stderr)")
    }

    /// `--output` onto a device writes into it (an atomic write would rename a file over the
    /// device node); the link keeps the test from touching /dev/full should that regress.
    @Test func aDiffWrittenToAFullDeviceIsOneLineAndTheDeviceStays() throws {
        let diff = PerfprogBinary.packageRoot.appendingPathComponent("Tests/DiffTests/Fixtures").path
        let r = try PerfprogBinary.shell("""
            ln -s /dev/full "$WORK/full"
            "$PERFPROG" diff '\(diff)/kayseri-buyuksehir-belediyesi-2024' '\(diff)/kayseri-buyuksehir-belediyesi-2025' \\
                --output "$WORK/full" --quiet; echo "status $?"
            test -L "$WORK/full" && echo "still a link"
            """)
        #expect(r.stdout == "status 4\nstill a link\n")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("cannot be written"), "\(r.stderr)")
    }

    @Test func aFileNameThatIsNotUTF8IsReadAndShownEscaped() throws {
        let r = try PerfprogBinary.shell("""
            cp "$FIXTURES/text-page.pdf" "$WORK/$(printf 'p\\377ge.pdf')"
            cp "$FIXTURES/empty.pdf" "$WORK/$(printf 'em\\377ty.pdf')"
            "$PERFPROG" text "$WORK/$(printf 'p\\377ge.pdf')" > /dev/null || exit 10
            "$PERFPROG" text "$WORK/$(printf 'em\\377ty.pdf')"
            """)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.hasSuffix("/em\\xFFty.pdf: not a PDF (the file does not start with %PDF-)\n"), "\(r.stderr)")
    }

    @Test func extractReadsAndWritesNamesThatAreNotUTF8Exactly() throws {
        let r = try PerfprogBinary.shell("""
            cp "$SAMPLES/balikesir-2024.pdf" "$WORK/$(printf 'bal\\377.pdf')"
            "$PERFPROG" extract "$WORK/$(printf 'bal\\377.pdf')" --out "$WORK/$(printf 'out\\376')" --quiet || exit 10
            test -f "$WORK/$(printf 'out\\376')/programs.csv" || exit 11
            cat "$WORK/$(printf 'out\\376')/programs.csv"
            """)
        #expect(r.status == 0, "\(r.status): \(r.stderr)")
        #expect(r.stdout.contains("bal\\xFF.pdf"))
    }

    /// A page whose embedded font is garbage: poppler's cairo font engine prints "some font
    /// thing failed" on stderr for each text run (50 lines here); none reaches the terminal.
    @Test func libraryMessagesNeverReachTheTerminal() throws {
        let r = try PerfprogBinary.shell("""
            command -v python3 >/dev/null || exit 77
            python3 "$ROOT/scripts/make-fuzz-corpus" "$WORK/c" --count 9 --bomb-mb 1 >&2 || exit 10
            "$PERFPROG" extract "$WORK/c/badfont-008.pdf" --out "$WORK/o" --quiet
            """)
        try #require(r.status != 77, "python3 is not installed")
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("perfprog extract: "), "\(r.stderr)")
        #expect(!r.stderr.contains("some font thing failed"))
    }

    @Test(.timeLimit(.minutes(1)))
    func aFIFOOrADeviceIsRefusedWithoutReadingIt() throws {
        let r = try PerfprogBinary.shell("""
            mkfifo "$WORK/pipe.pdf"
            "$PERFPROG" text "$WORK/pipe.pdf"; echo "status $?"
            "$PERFPROG" extract /dev/zero --out "$WORK/out"; echo "status $?"
            """)
        #expect(r.stdout == "status 1\nstatus 1\n")
        #expect(r.stderr.contains("pipe.pdf: cannot be read: not a regular file (a FIFO)"), "\(r.stderr)")
        #expect(r.stderr.contains("/dev/zero: cannot be read: not a regular file (a character device)"), "\(r.stderr)")
    }
}

/// A PDF that holds more than one program is refused with the pages, never merged
/// (issue 13, item 9).
@Suite struct SeveralProgramsTests {
    @Test(arguments: [
        ("balikesir-2024.pdf", "balikesir-2024.pdf", "goal H1.1 on page "),
        ("balikesir-2024.pdf", "kayseri-2024.pdf", "goal 1 on page "),
    ])
    func aFileHoldingTwoProgramsIsRefusedNamingThePages(first: String, second: String, restart: String) throws {
        let r = try PerfprogBinary.shell("""
            command -v qpdf >/dev/null || exit 77
            qpdf --empty --pages "$SAMPLES/\(first)" "$SAMPLES/\(second)" -- "$WORK/two.pdf" || exit 10
            "$PERFPROG" extract "$WORK/two.pdf" --out "$WORK/out" --quiet
            """)
        try #require(r.status != 77, "qpdf is not installed")
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("two.pdf: holds more than one program: the goal numbering starts again at \(restart)"),
                "\(r.stderr)")
        #expect(r.stderr.contains("(the first program's goals are on pages 37-104)"), "\(r.stderr)")
    }
}
