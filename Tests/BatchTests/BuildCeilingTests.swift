import Foundation
import Testing

/// A build stopped by a limit set on the build itself (not a worker's: RLIMIT_CPU sends
/// SIGXCPU, a memory ceiling aborts) ends with one line naming its dataset and the limit, takes
/// its lock file with it, and leaves the published dataset as it was. It left `.DIR.lock`
/// behind and blamed "hostile or damaged content", which the build never reads.
@Suite struct BuildCeilingTests {
    @Test func aBuildStoppedByItsCPULimitSaysSoAndLeavesNoLock() throws {
        let dir = try TemporaryDirectory("ceiling")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Örnek Belediyesi"), named: "a.pdf", in: inputs)
        let worker = try FakeWorker.command(in: dir.url)
        let out = dir.path("dataset")
        let first = try PerfprogBinary.run(["build", inputs.path, "--out", out.path, "--quiet", "--worker", worker.executable.path])
        try #require(first.status == 0, "\(first.stderr)")
        let published = try Data(contentsOf: out.appendingPathComponent("programs.csv"))
        // The second build's worker hangs: the build is waiting for it when the signal comes.
        try FakeWorker.input(command: "hang", named: "b.pdf", in: inputs)
        let script = """
            "$PERFPROG" build "$IN" --out "$OUT" --quiet --no-cache --worker "$WORKER" 2> "$DIR/err" &
            build=$!
            children=""
            for i in $(seq 600); do
                children=$(cat /proc/$build/task/*/children 2>/dev/null)
                [ -n "$children" ] && break
                sleep 0.05
            done
            [ -n "$children" ] || { kill -KILL $build; exit 10; }
            kill -XCPU $build
            wait $build; echo "status $?"
            kill -KILL $children 2>/dev/null
            ls -A "$DIR"
            """
        let output = try Self.output(of: script, environment: [
            "IN": inputs.path, "OUT": out.path, "WORKER": worker.executable.path, "DIR": dir.url.path,
        ])
        let stderr = try String(contentsOf: dir.path("err"), encoding: .utf8)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "status 4", "\(output) \(stderr)")
        #expect(stderr == "perfprog build: \(out.path): stopped: over the CPU time limit (a limit set on the build itself: "
                + "ulimit, prlimit; the published dataset is left as it was)\n", "\(stderr)")
        #expect(!lines.contains(".dataset.lock"), "\(output)")
        #expect(try Data(contentsOf: out.appendingPathComponent("programs.csv")) == published)
    }

    /// A build stopped by a limit while its workers run takes its staging beside DIR and its
    /// work directory in the cache (here holding the stderr of both workers and the result of
    /// the one that finished) with it, as an interruption does. They were left for the next
    /// build to remove.
    @Test func aBuildStoppedByALimitLeavesNoStagingNorWorkDirectory() throws {
        let dir = try TemporaryDirectory("ceiling-staging")
        let inputs = dir.path("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Örnek Belediyesi"), named: "a.pdf", in: inputs)
        try FakeWorker.input(command: "hang", named: "b.pdf", in: inputs)
        let worker = try FakeWorker.command(in: dir.url)
        let script = """
            "$PERFPROG" build "$IN" --out "$DIR/dataset" -j 2 --quiet --worker "$WORKER" 2> "$DIR/err" &
            build=$!
            for i in $(seq 600); do
                ls "$DIR"/.dataset.perfprog-cache/work-$build/0.json >/dev/null 2>&1 && break
                sleep 0.05
            done
            children=$(cat /proc/$build/task/*/children 2>/dev/null)
            ls -A "$DIR" "$DIR/.dataset.perfprog-cache/work-$build" | tr '\\n' ' '; echo
            kill -XCPU $build
            wait $build; echo "status $?"
            kill -KILL $children 2>/dev/null
            ls -A "$DIR" "$DIR/.dataset.perfprog-cache" | tr '\\n' ' '
            """
        let output = try Self.output(of: script, environment: [
            "IN": inputs.path, "WORKER": worker.executable.path, "DIR": dir.url.path,
        ])
        let stderr = (try? String(contentsOf: dir.path("err"), encoding: .utf8)) ?? ""
        let lines = output.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(output) \(stderr)")
        // While the workers ran: the lock, the cache, the staging; in the work directory both
        // workers' stderr and the first one's result.
        let running = lines[0].split(separator: " ").map(String.init)
        #expect(running.contains(".dataset.lock") && running.contains { $0.hasPrefix("dataset.tmp-") }
                && running.contains("0.json") && running.contains("0.stderr") && running.contains("1.stderr"), "\(output)")
        #expect(lines[1] == "status 4", "\(output) \(stderr)")
        #expect(stderr.hasSuffix(": stopped: over the CPU time limit (a limit set on the build itself: "
                                 + "ulimit, prlimit; the published dataset is left as it was)\n"), "\(stderr)")
        #expect(lines[2].split(separator: " ").filter { !$0.hasSuffix(":") }
                == [".dataset.perfprog-cache", "err", "fake-worker.sh", "in", "results", "stamps.json"], "\(output)")
    }

    /// Under an address-space ceiling below the threads' stacks (`prlimit --stack` of 1 GB, the
    /// default stack of a new thread, over `--as` of 800 MB) every new thread is refused: the
    /// build says so in one line and leaves no lock (it waited for ever in Foundation's Process,
    /// deaf to SIGTERM, whose cleanup thread was refused too), and extract refuses the file
    /// rather than read it without its --timeout. `timeout` ends a hang with status 124.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func aRefusedThreadIsOneLineNeverAHang() throws {
        let dir = try TemporaryDirectory("threads")
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/balikesir-2024.pdf").path
        let script = """
            limits="--stack=1073741824:1073741824 --as=838860800"
            timeout -s KILL 60 prlimit $limits "$PERFPROG" build "$SAMPLE" --out "$DIR/dataset" --quiet; echo "build $?"
            timeout -s KILL 60 prlimit $limits "$PERFPROG" extract "$SAMPLE" --out "$DIR/tables" --quiet; echo "extract $?"
            ls -A "$DIR"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "PERFPROG": PerfprogBinary.url.path, "SAMPLE": sample, "DIR": dir.url.path,
        ]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stdout == "build 4\nextract 1\n", "\(stdout) \(stderr)")
        let lines = stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(stderr)")
        #expect(lines.first?.hasPrefix("perfprog build: cannot start the thread that cleans up after an interruption: "
                                       + "the system refused it") == true, "\(stderr)")
        let expected = "perfprog extract: \(sample): stopped: over the memory limit: the system refused the thread "
            + "that keeps its --timeout, so it was not read (ulimit -v, prlimit)"
        #expect(lines.last.map(String.init) == expected, "\(Array(stderr.utf8.suffix(40))) \(Array(expected.utf8.suffix(40)))")
    }

    /// What `script` prints on its standard output, run by /bin/sh with `environment` and
    /// `PERFPROG` (the binary under test) added to this process's.
    private static func output(of script: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(
            environment.merging(["PERFPROG": PerfprogBinary.url.path]) { $1 }) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }
}
