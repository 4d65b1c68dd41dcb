import Foundation
import Testing

/// Outputs never replace what is not a regular file: a rename over a device node, a FIFO or
/// a link replaces the node itself (a test run as root once left /dev/full a regular file).
/// FIFOs stand in for devices here, which tests cannot make without root.
@Suite struct OutputNodeTests {
    /// A table that is not a regular file (here a FIFO; /dev/full once became a regular file
    /// when a write renamed over it as root) is refused with one line before any table is
    /// replaced; the FIFO stays and the other tables keep their last contents.
    @Test func aTableThatIsNotARegularFileIsRefusedAndLeftAsItIs() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/out" && echo old > "$WORK/out/goals.csv" && mkfifo "$WORK/out/checks.csv" || exit 10
            "$PERFPROG" extract "$SAMPLES/balikesir-2024.pdf" --out "$WORK/out" --quiet; echo "status $?"
            test -p "$WORK/out/checks.csv" && echo "still a FIFO"
            cat "$WORK/out/goals.csv"
            ls -A "$WORK/out"
            """)
        #expect(r.stdout == "status 4\nstill a FIFO\nold\nchecks.csv\ngoals.csv\n", "\(r.stdout)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("out/checks.csv: is a FIFO, not a regular file: not replaced"), "\(r.stderr)")
    }

    /// The worker's result file (a path the build chooses; by hand, anything).
    @Test func aWorkerResultOntoAFIFOIsRefusedAndTheFIFOStays() throws {
        let r = try PerfprogBinary.shell("""
            mkfifo "$WORK/result" || exit 10
            "$PERFPROG" extract-worker "$SAMPLES/balikesir-2024.pdf" --result "$WORK/result"; echo "status $?"
            test -p "$WORK/result" && echo "still a FIFO"
            """)
        #expect(r.stdout == "status 1\nstill a FIFO\n", "\(r.stdout)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write the result: ") && r.stderr.contains("result: is a FIFO, not a regular file: not replaced"),
                "\(r.stderr)")
    }

    /// An --out where a file stands is named so ("File exists", and Foundation's "A file with
    /// the same name already exists" for the build's folder, before); extract says so before
    /// reading any file, as a usage error (`UnusableOutTests`).
    @Test func anOutThatIsAFileIsNamedSo() throws {
        let r = try PerfprogBinary.shell("""
            echo data > "$WORK/file"
            "$PERFPROG" extract "$SAMPLES/balikesir-2024.pdf" --out "$WORK/file" --quiet; echo "extract $?"
            "$PERFPROG" build "$SAMPLES/balikesir-2024.pdf" --out "$WORK/file/dataset" --quiet; echo "build $?"
            cat "$WORK/file"
            """)
        #expect(r.stdout == "extract 2\nbuild 4\ndata\n", "\(r.stdout) \(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("perfprog extract: --out ") == true
                && lines.first?.hasSuffix("/file: is a file, not a directory") == true, "\(r.stderr)")
        #expect(lines.last?.hasPrefix("perfprog build: cannot create the folder of --out: ") == true
                && lines.last?.hasSuffix("/file: exists and is not a directory") == true, "\(r.stderr)")
    }

    /// `--output` onto a link writes its target, replaced whole, and the link stays a link (an
    /// atomic write renamed a file over the link).
    @Test func aDiffWrittenOntoALinkKeepsTheLink() throws {
        let diff = PerfprogBinary.packageRoot.appendingPathComponent("Tests/DiffTests/Fixtures").path
        let r = try PerfprogBinary.shell("""
            echo old > "$WORK/target.txt" && ln -s target.txt "$WORK/link.txt" || exit 10
            "$PERFPROG" diff '\(diff)/kayseri-buyuksehir-belediyesi-2024' '\(diff)/kayseri-buyuksehir-belediyesi-2025' \\
                --output "$WORK/link.txt" --quiet; echo "status $?"
            test -L "$WORK/link.txt" && echo "still a link"
            grep -c . "$WORK/target.txt"
            """)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["status 0", "still a link"], "\(r.stdout) \(r.stderr)")
        #expect((lines.last.flatMap { Int($0) } ?? 0) > 10, "\(r.stdout)")
    }
}
