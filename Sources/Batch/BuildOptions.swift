import Foundation

/// Everything `perfprog build` takes, with the nightly defaults.
public struct BuildOptions: Sendable {
    public var inputs: [String]
    /// The dataset directory (DIR).
    public var output: URL
    /// Worker processes at a time; default: the number of cores.
    public var jobs: Int
    /// Seconds one file may take before its worker is stopped.
    public var timeout: Double
    /// Default: `ResultCache.defaultRoot(for: output)`.
    public var cacheDirectory: URL?
    /// false (`--no-cache`): parse every file again (the results still refresh the cache).
    public var useCache: Bool
    public var allowDuplicates: Bool
    /// Passwords of encrypted inputs (`--passwords FILE`).
    public var passwords: PasswordFile
    public var worker: WorkerCommand
    /// Seconds between SIGTERM and SIGKILL for a worker past its timeout.
    public var killGrace: Double
    /// The analyst's unit → function overrides (`--unit-functions FILE`), or nil.
    public var unitFunctions: URL?
    /// Each worker's memory ceiling, in MB (`ResourceLimits`).
    public var memoryMB: Int

    public static let defaultTimeout: Double = 120

    public init(inputs: [String], output: URL, worker: WorkerCommand,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: Double = defaultTimeout,
                cacheDirectory: URL? = nil, useCache: Bool = true, allowDuplicates: Bool = false,
                killGrace: Double = 2, unitFunctions: URL? = nil, memoryMB: Int = ResourceLimits.defaultMemoryMB,
                passwords: PasswordFile = PasswordFile(entries: [:])) {
        self.inputs = inputs
        self.output = output
        self.jobs = jobs
        self.timeout = timeout
        self.cacheDirectory = cacheDirectory
        self.useCache = useCache
        self.allowDuplicates = allowDuplicates
        self.worker = worker
        self.killGrace = killGrace
        self.unitFunctions = unitFunctions
        self.memoryMB = memoryMB
        self.passwords = passwords
    }
}

/// What a build tells its caller while it runs (for a progress line), on the build's thread.
public enum BuildEvent: Sendable {
    /// The inputs are known.
    case planned(total: Int)
    /// A worker started on this file.
    case started(path: String)
    /// A file is done (parsed, taken from the cache, or failed).
    case finished(path: String, status: BuildReport.Status, done: Int, total: Int, failures: Int)
    /// All files are done; the dataset is being written and swapped in.
    case publishing
    /// Something the analyst should know that does not stop the build (a cache that cannot
    /// be written).
    case warning(String)
}
