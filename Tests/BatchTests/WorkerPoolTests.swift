@testable import Batch
import Foundation
import Testing

@Suite struct WorkerPoolTests {
    private func jobs(_ inputs: [URL], in dir: TemporaryDirectory) -> [WorkerJob] {
        inputs.enumerated().map { i, input in
            WorkerJob(input: input.path, resultFile: dir.path("\(i).json"), stderrFile: dir.path("\(i).stderr"))
        }
    }

    @Test func eachKindOfWorkerEndIsReportedForItsOwnFile() throws {
        let dir = try TemporaryDirectory("pool")
        let good = SamplePrograms.parsed()
        let inputs = [
            try FakeWorker.input(good, named: "good.pdf", in: dir.url),
            try FakeWorker.input(command: "crash", named: "crash.pdf", in: dir.url),
            try FakeWorker.input(command: "fail", named: "fail.pdf", in: dir.url),
            try FakeWorker.input(command: "garbage", named: "garbage.pdf", in: dir.url),
            try FakeWorker.input(command: "hang", named: "hang.pdf", in: dir.url),
            try FakeWorker.input(command: "stubborn", named: "stubborn.pdf", in: dir.url),
        ]
        let pool = WorkerPool(command: try FakeWorker.command(in: dir.url), workers: 3, timeout: 2, killGrace: 0.5)
        let runs = pool.run(jobs(inputs, in: dir))

        #expect(runs.count == 6)
        #expect(runs[0].outcome == .finished(WorkerResult(parsed: good, peakMemoryKB: 1234)))
        guard case .crashed(let crash) = runs[1].outcome else { Issue.record("crash: \(runs[1].outcome)"); return }
        #expect(crash.contains("SIGSEGV"))
        guard case .crashed(let failed) = runs[2].outcome else { Issue.record("fail: \(runs[2].outcome)"); return }
        #expect(failed.contains("status 3") && failed.contains("fake worker: boom"))
        guard case .crashed(let garbage) = runs[3].outcome else { Issue.record("garbage: \(runs[3].outcome)"); return }
        #expect(garbage.contains("readable result"))
        #expect(runs[4].outcome == .timedOut(seconds: 2))
        // Ignores SIGTERM, so only SIGKILL after the grace ends it.
        #expect(runs[5].outcome == .timedOut(seconds: 2))
    }

    @Test func resultsComeBackInJobOrderWhateverTheOrderWorkersFinish() throws {
        let dir = try TemporaryDirectory("pool-order")
        let parsed = (0..<4).map { SamplePrograms.parsed(administration: "Belediye \($0)") }
        // Each job answers only once the pool has seen the next one finish: they finish 3, 2, 1, 0.
        let inputs = try parsed.enumerated().map { i, p in
            i == 3 ? try FakeWorker.input(p, named: "\(i).pdf", in: dir.url)
                   : try FakeWorker.input(p, named: "\(i).pdf", in: dir.url, waitingFor: dir.path("done-\(i + 1)"))
        }
        var finishOrder: [Int] = []
        let pool = WorkerPool(command: try FakeWorker.command(in: dir.url), workers: 4, timeout: 30)
        let runs = pool.run(jobs(inputs, in: dir), onFinish: { i, _ in
            finishOrder.append(i)
            _ = FileManager.default.createFile(atPath: dir.path("done-\(i)").path, contents: nil)
        })

        let ids = runs.map { run -> String? in
            if case .finished(let result) = run.outcome { return result.parsed?.program.id }
            return nil
        }
        #expect(finishOrder == [3, 2, 1, 0])
        #expect(ids == parsed.map { $0.program.id })
    }

    @Test func neverRunsMoreWorkersThanAllowed() throws {
        let dir = try TemporaryDirectory("pool-limit")
        let inputs = try (0..<6).map { i in
            try FakeWorker.input(SamplePrograms.parsed(), named: "\(i).pdf", in: dir.url, delay: 0.1)
        }
        var running = 0, most = 0
        let pool = WorkerPool(command: try FakeWorker.command(in: dir.url), workers: 2, timeout: 30)
        let runs = pool.run(jobs(inputs, in: dir),
                            onStart: { _ in running += 1; most = max(most, running) },
                            onFinish: { _, _ in running -= 1 })
        #expect(most == 2)
        #expect(runs.allSatisfy { if case .finished = $0.outcome { true } else { false } })
    }

    @Test func aWorkerThatCannotStartFailsItsFileOnly() throws {
        let dir = try TemporaryDirectory("pool-launch")
        let input = try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: dir.url)
        let pool = WorkerPool(command: WorkerCommand(executable: dir.path("no-such-worker")), workers: 1, timeout: 5)
        let runs = pool.run(jobs([input], in: dir))
        guard case .launchFailed(let reason) = runs.first?.outcome else {
            Issue.record("expected a launch failure, got \(String(describing: runs.first?.outcome))"); return
        }
        #expect(reason.contains("no-such-worker"))
    }
}
