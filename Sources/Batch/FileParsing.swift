import Extraction
import Foundation

/// The parse stage of a build: hash every file, take unchanged ones from the cache, and
/// run workers on the rest. Returns one state per file, in input order.
struct FileParsing {
    let options: BuildOptions
    let cache: ResultCache
    /// Where this run's workers write their results and stderr.
    let work: URL
    let clock: ContinuousClock

    func parse(_ files: [String], progress: (BuildEvent) -> Void) -> [FileState] {
        var states = files.map { FileState(path: $0) }
        var done = 0, failures = 0
        func finish(_ index: Int) {
            done += 1
            if states[index].status == .failed { failures += 1 }
            progress(.finished(path: files[index], status: states[index].status, done: done, total: files.count,
                               failures: failures))
        }

        var jobs: [WorkerJob] = []
        var jobFile: [Int] = []
        for (index, path) in files.enumerated() {
            let began = clock.now
            do {
                states[index].sha256 = try FileDigest.sha256(path: path)
            } catch {
                states[index].fail(error.description)
                finish(index)
                continue
            }
            if options.useCache, let sha = states[index].sha256, let cached = cache.lookup(sha256: sha) {
                states[index].adopt(cached)
                states[index].duration = DatasetBuild.seconds(clock.now - began)
                finish(index)
                continue
            }
            jobs.append(WorkerJob(input: path, resultFile: work.appendingPathComponent("\(index).json"),
                                  stderrFile: work.appendingPathComponent("\(index).stderr")))
            jobFile.append(index)
        }

        let pool = WorkerPool(command: options.worker, workers: options.jobs, timeout: options.timeout,
                              killGrace: options.killGrace)
        _ = pool.run(jobs, onStart: { job in
            progress(.started(path: files[jobFile[job]]))
        }, onFinish: { job, run in
            let index = jobFile[job]
            states[index].record(run)
            // Only what the parser said is kept: a crash or a timeout may not happen again.
            // A cache that cannot be written only costs a re-parse next time.
            if case .finished(let result) = run.outcome, let sha = states[index].sha256 {
                try? cache.store(CachedParse(parsed: result.parsed, failure: result.failure, path: files[index]),
                                 sha256: sha)
            }
            finish(index)
        })
        return states
    }
}
