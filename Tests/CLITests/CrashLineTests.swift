import Foundation
import Testing

/// The line a command ends with when a limit or a library stops it names the file the
/// command reads, found as the command parses its arguments: an option's value given before
/// the file (`--page 40`) is no file name (it printed "perfprog inspect: 40: stopped: …").
@Suite struct CrashLineTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"),
          arguments: ["inspect --page 40 --tables --quiet", "inspect --page=40 --tables --quiet", "check --format json --quiet",
                     "extract --out \"$WORK/out\" --timeout 50 --quiet"])
    func theLineNamesTheFileNotAnOptionsValue(command: String) throws {
        // 8 MB: too little to read any PDF, so the run always stops with the line.
        let bytes = 8 << 20
        let r = try PerfprogBinary.shell("""
            timeout 60 prlimit --data=\(bytes):\(bytes) "$PERFPROG" \(command) "$SAMPLES/balikesir-2024.pdf" > /dev/null
            """)
        let verb = command.prefix { $0 != " " }
        #expect(r.status == 1, "\(command): status \(r.status): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(command): \(r.stderr)")
        #expect(r.stderr.hasPrefix("perfprog \(verb): \(PerfprogBinary.sample("balikesir-2024.pdf")): stopped: over the memory limit"),
                "\(command): \(r.stderr)")
    }
}
