import Foundation

/// How to start one worker: `executable leadingArguments... INPUT --result RESULT`.
/// Injectable so that tests can run fake workers (that sleep, crash or answer at once).
public struct WorkerCommand: Sendable {
    public var executable: URL
    public var leadingArguments: [String]

    public init(executable: URL, leadingArguments: [String] = []) {
        self.executable = executable
        self.leadingArguments = leadingArguments
    }

    public func arguments(input: String, result: String) -> [String] {
        leadingArguments + [input, "--result", result]
    }

    /// Environment of a worker: its memory ceiling (MB) and CPU budget (s) (`ResourceLimits`).
    public static let memoryKey = "PERFPROG_MEMORY_MB"
    public static let cpuKey = "PERFPROG_CPU_SECONDS"

    /// The hidden subcommand of the perfprog executable that parses one PDF.
    public static let workerSubcommand = "extract-worker"

    /// perfprog itself, run as `perfprog extract-worker`.
    public static func perfprog(executable: URL) -> WorkerCommand {
        WorkerCommand(executable: executable, leadingArguments: [workerSubcommand])
    }

    /// The running executable (/proc/self/exe), so workers are the very same build.
    public static var currentExecutable: URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL
    }
}
