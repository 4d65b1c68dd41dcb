import Foundation
import Testing

/// A file an option names that cannot be read is refused with the system's reason: the
/// passwords file said only "cannot be read", and a folder given as --unit-functions was
/// "not UTF-8 text".
@Suite struct OptionFileTests {
    @Test func anUnreadableOptionFileIsRefusedWithTheReason() throws {
        let r = try PerfprogBinary.shell("""
            cd "$WORK" && mkdir folder || exit 10
            "$PERFPROG" build "$SAMPLES/balikesir-2024.pdf" --out ds --passwords missing.txt 2>&1 | head -1; echo "$?"
            "$PERFPROG" build "$SAMPLES/balikesir-2024.pdf" --out ds --passwords folder 2>&1 | head -1
            "$PERFPROG" build "$SAMPLES/balikesir-2024.pdf" --out ds --unit-functions folder 2>&1 | head -1
            "$PERFPROG" build "$SAMPLES/balikesir-2024.pdf" --out ds --unit-functions folder > /dev/null 2>&1; echo "status $?"
            """)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 5, "\(r.stdout) \(r.stderr)")
        #expect(lines[0].hasPrefix("perfprog build: the passwords file cannot be read: /")
                && lines[0].hasSuffix("/missing.txt: No such file or directory"), "\(lines[0])")
        #expect(lines[2].hasPrefix("perfprog build: the passwords file cannot be read: /")
                && lines[2].hasSuffix("/folder: Is a directory"), "\(lines[2])")
        #expect(lines[3].hasPrefix("perfprog build: --unit-functions: /")
                && lines[3].hasSuffix("/folder: cannot be read (a directory)"), "\(lines[3])")
        #expect(lines[4] == "status 2")
    }
}
