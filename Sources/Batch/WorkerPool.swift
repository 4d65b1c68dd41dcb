import Extraction
import Foundation

/// Runs worker processes, at most `workers` at a time, one per file: a worker that
/// crashes or hangs costs only its own file. Results come back in job order, whatever
/// the order the workers finish in.
public struct WorkerPool: Sendable {
    public var command: WorkerCommand
    public var workers: Int
    /// Seconds a worker may run before it is sent SIGTERM.
    public var timeout: Double
    /// Seconds between SIGTERM and SIGKILL, for a worker stuck where SIGTERM does not reach.
    public var killGrace: Double
    /// Each worker's memory ceiling in MB; its CPU budget is the timeout (`ResourceLimits`).
    public var memoryMB: Int

    public init(command: WorkerCommand, workers: Int, timeout: Double, killGrace: Double = 2,
                memoryMB: Int = ResourceLimits.defaultMemoryMB) {
        self.command = command
        self.workers = max(1, workers)
        self.timeout = timeout
        self.killGrace = killGrace
        self.memoryMB = memoryMB
    }

    /// How often the pool wakes to look at timeouts when no worker has exited.
    static let pollInterval = DispatchTimeInterval.milliseconds(50)

    public func run(_ jobs: [WorkerJob], onStart: (Int) -> Void = { _ in },
                    onFinish: (Int, WorkerRun) -> Void = { _, _ in }) -> [WorkerRun] {
        var runs = [WorkerRun?](repeating: nil, count: jobs.count)
        let exits = ExitQueue()
        let lifeline = Lifeline()
        defer { withExtendedLifetime(lifeline) {} }
        let environment = workerEnvironment(lifeline: lifeline)
        var running: [Int: RunningWorker] = [:]
        var next = 0
        let clock = ContinuousClock()
        while next < jobs.count || !running.isEmpty {
            while running.count < workers && next < jobs.count {
                let index = next
                next += 1
                onStart(index)
                switch launch(jobs[index], index: index, exits: exits, environment: environment, lifeline: lifeline,
                              now: clock.now) {
                case .success(let worker):
                    running[index] = worker
                case .failure(let failure):
                    let run = WorkerRun(outcome: .launchFailed(reason: failure.reason), duration: 0)
                    runs[index] = run
                    onFinish(index, run)
                }
            }
            exits.wait(timeout: Self.pollInterval)
            var ended: [(index: Int, exit: ChildExit?)] = exits.drain().map { ($0, nil) }
            // A worker whose end Foundation has not told (under a memory ceiling its handler
            // never ran, whether or not it reaped the worker): seen here without it.
            for (index, worker) in running where !ended.contains(where: { $0.index == index }) {
                if !worker.process.isRunning {
                    ended.append((index, nil))
                } else if let exit = ChildExit.peek(worker.process.processIdentifier) {
                    ended.append((index, exit))
                }
            }
            for (index, exit) in ended {
                guard let worker = running.removeValue(forKey: index) else { continue }
                let run = WorkerRun(outcome: outcome(of: worker, job: jobs[index], exit: exit),
                                    duration: seconds(clock.now - worker.started))
                runs[index] = run
                onFinish(index, run)
            }
            let now = clock.now
            for (index, worker) in running {
                if let termAt = worker.terminatedAt {
                    if !worker.killed, seconds(now - termAt) >= killGrace, worker.process.isRunning,
                       ChildExit.peek(worker.process.processIdentifier) == nil {
                        kill(worker.process.processIdentifier, SIGKILL)
                        running[index]?.killed = true
                    }
                } else if seconds(now - worker.started) >= timeout {
                    worker.process.terminate()
                    running[index]?.terminatedAt = now
                }
            }
        }
        return runs.map { $0 ?? WorkerRun(outcome: .launchFailed(reason: "not run"), duration: 0) }
    }

    private struct RunningWorker {
        var process: Process
        var started: ContinuousClock.Instant
        var stderr: FileHandle
        var terminatedAt: ContinuousClock.Instant?
        var killed = false
    }

    private struct LaunchFailure: Error { var reason: String }

    /// The workers' environment: this process's, with the pipe to watch, the bounds, malloc's
    /// per-thread cache (MallocSettings.workerTunables), and no Swift backtrace on a crash
    /// (it takes seconds and buries the library's last message, which the report shows)
    /// unless one was asked for.
    private func workerEnvironment(lifeline: Lifeline) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        if lifeline.readEnd >= 0 { environment[ParentWatch.environmentKey] = String(STDIN_FILENO) }
        environment[WorkerCommand.memoryKey] = String(memoryMB)
        environment[WorkerCommand.cpuKey] = String(Int(timeout.rounded(.up)))
        environment["GLIBC_TUNABLES"] = MallocSettings.workerTunables(inherited: environment["GLIBC_TUNABLES"])
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        return environment
    }

    private func launch(_ job: WorkerJob, index: Int, exits: ExitQueue, environment: [String: String],
                        lifeline: Lifeline, now: ContinuousClock.Instant) -> Result<RunningWorker, LaunchFailure> {
        let fm = FileManager.default
        try? fm.removeItem(at: job.resultFile)
        guard fm.createFile(atPath: job.stderrFile.path, contents: nil),
              let stderr = FileHandle(forWritingAtPath: job.stderrFile.path) else {
            return .failure(LaunchFailure(reason: "cannot create \(job.stderrFile.path)"))
        }
        let process = Process()
        process.executableURL = command.executable
        process.arguments = command.arguments(input: job.input, result: job.resultFile.path)
        var environment = environment
        if let password = job.password { environment[PasswordFile.environmentVariable] = password }
        process.environment = environment
        process.standardInput = lifeline.readEnd >= 0
            ? FileHandle(fileDescriptor: lifeline.readEnd, closeOnDealloc: false) : FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        process.terminationHandler = { _ in exits.add(index) }
        do {
            try process.run()
        } catch {
            try? stderr.close()
            return .failure(LaunchFailure(reason: "cannot start worker \(command.executable.path): \(error)"))
        }
        return .success(RunningWorker(process: process, started: now, stderr: stderr))
    }

    /// `exit` as seen by `ChildExit.peek`, or nil for the end `Process` told.
    private func outcome(of worker: RunningWorker, job: WorkerJob, exit: ChildExit?) -> WorkerOutcome {
        try? worker.stderr.close()
        let process = worker.process
        if worker.terminatedAt != nil {
            return .timedOut(seconds: timeout)
        }
        let (status, signalled): (Int32, Bool) = switch exit {
        case .exited(let code): (code, false)
        case .signalled(let number): (number, true)
        case nil: (process.terminationStatus, process.terminationReason == .uncaughtSignal)
        }
        guard !signalled, status == 0 else {
            let how = signalled
                ? "worker killed by \(SignalName.describe(status))"
                : "worker exited with status \(status)"
            let tail = StderrTail.read(job.stderrFile)
            // A worker stopped by its memory or CPU limit says so on its last line (FatalSignal).
            if let verdict = StderrTail.verdict(job.stderrFile) { return .crashed(reason: verdict) }
            return .crashed(reason: tail.isEmpty ? how : "\(how): \(tail)")
        }
        do {
            let data = try Data(contentsOf: job.resultFile)
            return .finished(try JSONDecoder().decode(WorkerResult.self, from: data))
        } catch {
            return .crashed(reason: "worker exited without a readable result: \(error)")
        }
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// The pipe whose end-of-file tells workers the build is gone (`ParentWatch`): the write
/// end is held only by this process (close-on-exec) and closed when the pool is done, or by
/// the kernel when the build dies.
private final class Lifeline: @unchecked Sendable {
    private(set) var readEnd: Int32 = -1
    private var writeEnd: Int32 = -1

    init() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if writeEnd >= 0 { close(writeEnd) }
        if readEnd >= 0 { close(readEnd) }
    }
}

/// Indices of workers that exited, filled by Process termination handlers on other threads.
private final class ExitQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var indices: [Int] = []
    private let signal = DispatchSemaphore(value: 0)

    func add(_ index: Int) {
        lock.lock(); indices.append(index); lock.unlock()
        signal.signal()
    }

    func wait(timeout: DispatchTimeInterval) {
        _ = signal.wait(timeout: .now() + timeout)
    }

    func drain() -> [Int] {
        lock.lock(); defer { lock.unlock() }
        let out = indices
        indices.removeAll()
        return out
    }
}
