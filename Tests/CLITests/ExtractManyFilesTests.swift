import Foundation
import Testing

/// `perfprog extract a.pdf b.pdf …` in one process: each program's tables are set aside as it
/// is read, so memory stays flat in the number of files, and the tables are those of the files
/// one by one (issue 14's leftover: 24 copies of a sample held 444 MB, and each copy's
/// checks.csv rows were written once per copy: n² rows).
@Suite struct ExtractManyFilesTests {
    /// The same file named this many times (the same program each time, its rows alike).
    static let copies = 5
    /// Room for what a run of more files may hold beyond one file's peak (the spool's index,
    /// allocator slack); holding the programs took ~7 MB a file in a debug build.
    static let allowedGrowthKB = 12 << 10

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "/usr/bin/time is not installed"))
    func manyFilesInOneProcessHoldNoMoreThanOneAndWriteEachFilesRowsOnce() throws {
        let r = try PerfprogBinary.shell("""
            sample="$SAMPLES/balikesir-2024.pdf"
            /usr/bin/time -f 'peak %M' -o "$WORK/one.rss" "$PERFPROG" extract "$sample" --out "$WORK/one" --quiet || exit 10
            set --; for i in $(seq \(Self.copies)); do set -- "$@" "$sample"; done
            /usr/bin/time -f 'peak %M' -o "$WORK/many.rss" "$PERFPROG" extract "$@" --out "$WORK/many" --quiet || exit 11
            cat "$WORK/one.rss" "$WORK/many.rss"
            for table in "$WORK"/one/*.csv; do
                name=$(basename "$table")
                # The many files' table: the header, then the one file's rows once per copy.
                { head -n 1 "$table"; for i in $(seq \(Self.copies)); do tail -n +2 "$table"; done; } > "$WORK/expected"
                cmp -s "$WORK/expected" "$WORK/many/$name" && echo "same $name" || echo "differs $name"
            done
            """)
        #expect(r.status == 0, "\(r.status): \(r.stderr)")
        let peaks = r.stdout.split(separator: "\n").filter { $0.hasPrefix("peak ") }.compactMap { Int($0.dropFirst(5)) }
        try #require(peaks.count == 2, "\(r.stdout)")
        #expect(peaks[1] <= peaks[0] + Self.allowedGrowthKB,
                "\(Self.copies) files peaked at \(peaks[1]) kB, one at \(peaks[0]) kB")
        let tables = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("peak ") }
        #expect(tables.count == 9, "\(r.stdout)")
        #expect(tables.allSatisfy { $0.hasPrefix("same ") }, "\(r.stdout)")
    }
}
