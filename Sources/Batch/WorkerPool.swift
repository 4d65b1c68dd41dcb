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

    public init(command: WorkerCommand, workers: Int, timeout: Double, killGrace: Double = 2) {
        self.command = command
        self.workers = max(1, workers)
        self.timeout = timeout
        self.killGrace = killGrace
    }

    /// How often the pool wakes to look at timeouts when no worker has exited.
    static let pollInterval = DispatchTimeInterval.milliseconds(50)

    public func run(_ jobs: [WorkerJob], onStart: (Int) -> Void = { _ in },
                    onFinish: (Int, WorkerRun) -> Void = { _, _ in }) -> [WorkerRun] {
        var runs = [WorkerRun?](repeating: nil, count: jobs.count)
        let exits = ExitQueue()
        var running: [Int: RunningWorker] = [:]
        var next = 0
        let clock = ContinuousClock()
        while next < jobs.count || !running.isEmpty {
            while running.count < workers && next < jobs.count {
                let index = next
                next += 1
                onStart(index)
                switch launch(jobs[index], index: index, exits: exits, now: clock.now) {
                case .success(let worker):
                    running[index] = worker
                case .failure(let failure):
                    let run = WorkerRun(outcome: .launchFailed(reason: failure.reason), duration: 0)
                    runs[index] = run
                    onFinish(index, run)
                }
            }
            exits.wait(timeout: Self.pollInterval)
            for index in exits.drain() {
                guard let worker = running.removeValue(forKey: index) else { continue }
                let run = WorkerRun(outcome: outcome(of: worker, job: jobs[index]),
                                    duration: seconds(clock.now - worker.started))
                runs[index] = run
                onFinish(index, run)
            }
            let now = clock.now
            for (index, worker) in running {
                if let termAt = worker.terminatedAt {
                    if !worker.killed, seconds(now - termAt) >= killGrace, worker.process.isRunning {
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

    private func launch(_ job: WorkerJob, index: Int, exits: ExitQueue,
                        now: ContinuousClock.Instant) -> Result<RunningWorker, LaunchFailure> {
        let fm = FileManager.default
        try? fm.removeItem(at: job.resultFile)
        guard fm.createFile(atPath: job.stderrFile.path, contents: nil),
              let stderr = FileHandle(forWritingAtPath: job.stderrFile.path) else {
            return .failure(LaunchFailure(reason: "cannot create \(job.stderrFile.path)"))
        }
        let process = Process()
        process.executableURL = command.executable
        process.arguments = command.arguments(input: job.input, result: job.resultFile.path)
        process.standardInput = FileHandle.nullDevice
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

    private func outcome(of worker: RunningWorker, job: WorkerJob) -> WorkerOutcome {
        try? worker.stderr.close()
        let process = worker.process
        if worker.terminatedAt != nil {
            return .timedOut(seconds: timeout)
        }
        let status = process.terminationStatus
        guard process.terminationReason == .exit, status == 0 else {
            let how = process.terminationReason == .uncaughtSignal
                ? "worker killed by \(SignalName.describe(status))"
                : "worker exited with status \(status)"
            let tail = StderrTail.read(job.stderrFile)
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
