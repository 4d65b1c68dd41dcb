@testable import Batch
import Foundation
import Testing

/// A fresh directory under the system's temporary directory, removed when dropped.
final class TemporaryDirectory {
    let url: URL

    init(_ label: String = "batch") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfprog-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// Fake worker processes. An input's first line says what the fake does:
/// `{...}` a WorkerResult to hand back as is; `crash` dies of SIGSEGV; `hang` sleeps;
/// `stubborn` ignores SIGTERM; `fail` prints to stderr and exits 3; `garbage` writes an
/// unreadable result; `sleep S` or `waitfor FILE` (until FILE exists), then the JSON result
/// on the next lines; anything else
/// (a real or broken PDF) goes to the real `perfprog extract-worker`.
enum FakeWorker {
    static let script = """
    #!/bin/sh
    in="$1"; out="$3"
    cmd=$(head -c 200 "$in" | head -n 1)
    case "$cmd" in
      "{"*) cat "$in" > "$out" ;;
      crash) kill -SEGV $$ ;;
      hang) exec sleep 60 ;;
      stubborn) trap '' TERM; while :; do sleep 1; done ;;
      fail) echo "fake worker: boom" >&2; exit 3 ;;
      garbage) echo "not json" > "$out" ;;
      sleep*) sleep "${cmd#sleep }"; tail -n +2 "$in" > "$out" ;;
      waitfor*) while [ ! -e "${cmd#waitfor }" ]; do sleep 0.05; done; tail -n +2 "$in" > "$out" ;;
      *) exec "\(PerfprogBinary.url.path)" extract-worker "$@" ;;
    esac
    """

    /// Writes the fake worker's script into `directory` and returns the command to run it.
    static func command(in directory: URL) throws -> WorkerCommand {
        let file = directory.appendingPathComponent("fake-worker.sh")
        try Data(script.utf8).write(to: file)
        chmod(file.path, 0o755)
        return WorkerCommand(executable: file)
    }

    /// An input file whose "parse" is this program.
    @discardableResult
    static func input(_ parsed: ParsedProgram, named name: String, in directory: URL, delay: Double? = nil) throws -> URL {
        let file = directory.appendingPathComponent(name)
        var data = try JSONEncoder().encode(WorkerResult(parsed: parsed, peakMemoryKB: 1234))
        if let delay { data = Data("sleep \(delay)\n".utf8) + data }
        try data.write(to: file)
        return file
    }

    /// An input whose worker answers only once `file` exists.
    @discardableResult
    static func input(_ parsed: ParsedProgram, named name: String, in directory: URL, waitingFor file: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        let data = Data("waitfor \(file.path)\n".utf8) + (try JSONEncoder().encode(WorkerResult(parsed: parsed)))
        try data.write(to: url)
        return url
    }

    @discardableResult
    static func input(command: String, named name: String, in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent(name)
        try Data((command + "\n").utf8).write(to: file)
        return file
    }
}

/// The perfprog executable built beside the tests (`swift test` builds every product).
enum PerfprogBinary {
    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/perfprog")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A program on the PATH, or nil.
func executableOnPath(_ name: String) -> URL? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
}

/// Runs a program to the end and returns its status and stdout.
func runTool(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Every file of a dataset directory that must be deterministic, with the SQLite file
/// replaced by its `.dump`. report.json and report.html describe the run (timings, what was
/// parsed or taken from the cache, changes since the previous build) and are left out;
/// BuildReportPageTests checks that the page depends on nothing else.
func deterministicContents(of dataset: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: dataset.path) where name != "report.json" && name != "report.html" {
        let file = dataset.appendingPathComponent(name)
        if name.hasSuffix(".sqlite"), let sqlite3 = executableOnPath("sqlite3") {
            out[name + " .dump"] = Data(try runTool(sqlite3, [file.path, ".dump"]).output.utf8)
        } else {
            out[name] = try Data(contentsOf: file)
        }
    }
    return out
}
