import Foundation

/// One file for one worker process: where it writes its result and its stderr.
public struct WorkerJob: Sendable {
    public var input: String
    public var resultFile: URL
    public var stderrFile: URL
    /// Handed to the worker in its environment (`PasswordFile.environmentVariable`), never
    /// in its arguments.
    public var password: String?

    public init(input: String, resultFile: URL, stderrFile: URL, password: String? = nil) {
        self.password = password
        self.input = input
        self.resultFile = resultFile
        self.stderrFile = stderrFile
    }
}

/// How one worker run ended.
public enum WorkerOutcome: Sendable, Equatable {
    /// The worker wrote a result (a program or a typed failure).
    case finished(WorkerResult)
    /// The worker died or exited without a readable result; the reason names the exit
    /// status or signal and the end of its stderr.
    case crashed(reason: String)
    /// The worker ran past the timeout and was stopped.
    case timedOut(seconds: Double)
    /// The worker could not be started.
    case launchFailed(reason: String)
}

public struct WorkerRun: Sendable {
    public var outcome: WorkerOutcome
    /// Wall-clock seconds from start to exit (timings go only into the report).
    public var duration: Double
}
