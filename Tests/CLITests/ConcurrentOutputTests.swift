import Foundation
import Testing

/// Two writers of one DIR at once: `extract --out DIR` takes the lock a build takes, so a
/// second extract, or a build and an extract, refuse (status 4, naming the lock) instead of
/// replacing each other's tables or swapping them away.
@Suite struct ConcurrentOutputTests {
    /// The first writer starts in the background; once its lock file is there, the second is
    /// refused; the first then finishes as if alone.
    @Test(arguments: [
        ("extract", "extract"),
        ("extract", "build"),
        ("build", "extract"),
    ])
    func aSecondWriterOfOneDirectoryIsRefused(first: String, second: String) throws {
        func command(_ name: String, _ sample: String) -> String {
            name == "extract"
                ? "\"$PERFPROG\" extract \"$SAMPLES/\(sample)\" --out \"$WORK/ds\" --quiet"
                : "\"$PERFPROG\" build \"$SAMPLES/\(sample)\" --out \"$WORK/ds\" --no-cache --quiet"
        }
        let r = try PerfprogBinary.shell("""
            \(command(first, "balikesir-2024.pdf")) 2>"$WORK/first.err" & first=$!
            n=0; while [ ! -e "$WORK/.ds.lock" ] && [ $n -lt 600 ]; do sleep 0.05; n=$((n+1)); done
            \(command(second, "kayseri-2024.pdf")); echo "second $?"
            wait $first; echo "first $?"
            cut -d, -f1 "$WORK/ds/programs.csv" | tail -n +2
            test -e "$WORK/.ds.lock" && echo "lock left"
            cat "$WORK/first.err" >&2
            """)
        #expect(r.stdout == "second 4\nfirst 0\nbalikesir-buyuksehir-belediyesi-2024\n", "\(r.stdout) \(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("perfprog \(second): ") == true, "\(r.stderr)")
        #expect(lines.first?.contains("another build or extract is writing this dataset (lock /") == true, "\(r.stderr)")
        #expect(lines.first?.hasSuffix("/.ds.lock is held); nothing was published") == true, "\(r.stderr)")
    }

    /// A DIR of one's own in a folder one cannot write (an analyst's in root's): the lock goes
    /// inside DIR, and is gone after, and the tables are written (review H4: refused, status 4).
    @Test func aDirectoryInAFolderOneCannotWriteIsLockedInside() throws {
        let r = try PerfprogBinary.shell("""
            [ "$(id -u)" = 0 ] && command -v runuser >/dev/null || exit 77
            chmod 755 "$WORK"; mkdir -p "$WORK/root/out"; chmod 755 "$WORK/root"; chmod 777 "$WORK/root/out"
            cp "$SAMPLES/kayseri-2025.pdf" "$WORK/in.pdf"; cp "$PERFPROG" "$WORK/perfprog"; chmod 755 "$WORK/perfprog" "$WORK/in.pdf"
            runuser -u nobody -- "$WORK/perfprog" extract "$WORK/in.pdf" --out "$WORK/root/out" --quiet; echo "status $?"
            ls -A "$WORK/root" "$WORK/root/out" | grep -c lock
            cut -d, -f1 "$WORK/root/out/programs.csv" | tail -n +2
            """)
        try #require(r.status != 77, "not root, or no runuser")
        #expect(r.stdout == "status 0\n0\nkayseri-buyuksehir-belediyesi-2025\n", "\(r.stdout) \(r.stderr)")
    }

    /// The folders made for the lock of a DIR whose folder was missing go when nothing was
    /// written, and the lock of a DIR reached through a link is its target's (the build's).
    @Test func theLockFollowsLinksAndLeavesNothing() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/real" && ln -s "$WORK/real" "$WORK/link" && echo garbage > "$WORK/broken.pdf" || exit 10
            "$PERFPROG" extract "$WORK/broken.pdf" --out "$WORK/a/b/tables" --quiet 2>/dev/null; echo "missing $?"
            test -e "$WORK/a" && echo "folder left"
            flock "$WORK/.real.lock" "$PERFPROG" extract "$SAMPLES/kayseri-2024.pdf" --out "$WORK/link" --quiet 2>/dev/null
            echo "through the link $?"
            """)
        #expect(r.stdout == "missing 1\nthrough the link 4\n", "\(r.stdout) \(r.stderr)")
    }

    /// `extract --timeout` ends the process from its watch (`_exit`, no `defer` runs): the lock
    /// beside DIR goes with it, and a second extract into DIR is not kept out by a stale file
    /// (review L4: the lock file was left).
    @Test func anExtractStoppedByItsTimeoutLeavesNoLock() throws {
        let r = try PerfprogBinary.shell("""
            "$PERFPROG" extract "$SAMPLES/kayseri-2024.pdf" --out "$WORK/ds" --timeout 0.01 --quiet 2>/dev/null; echo "stopped $?"
            ls -A "$WORK" | grep -c lock
            "$PERFPROG" extract "$SAMPLES/kayseri-2025.pdf" --out "$WORK/ds" --quiet; echo "again $?"
            """)
        #expect(r.stdout == "stopped 4\n0\nagain 0\n", "\(r.stdout) \(r.stderr)")
    }
}
