import Extraction
import Foundation

/// The parse stage of a build: hash every file (or take its digest from the last run when
/// its stamp is unchanged), take unchanged ones from the cache, and run workers on the rest.
/// Returns one state per file, in input order.
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
        // Each cache entry is decoded once: copies of one file (the same bytes under other
        // names) share it, and decoding is most of an unchanged file's cost.
        var entries: [String: CachedParse] = [:]
        func cached(_ sha: String) -> CachedParse? {
            if let entry = entries[sha] { return entry }
            let entry = cache.lookup(sha256: sha)
            entries[sha] = entry
            return entry
        }
        let known = options.useCache ? cache.stampedDigests() : [:]
        var digests: [String: StampedDigest] = [:]
        for (index, path) in files.enumerated() {
            let began = clock.now
            do {
                // Stamped before hashing: a file that changes while it is hashed has a newer stamp.
                let stamp = FileStamp(path: path)
                if let stamp, let last = known[path], last.stamp == stamp {
                    states[index].sha256 = last.sha256
                } else {
                    states[index].sha256 = try FileDigest.sha256(path: path)
                }
                if let stamp, let sha = states[index].sha256 { digests[path] = StampedDigest(stamp: stamp, sha256: sha) }
            } catch {
                states[index].fail(error.description)
                finish(index)
                continue
            }
            let password = options.passwords.password(for: path)
            // A failure cached before a password was given is not the last word.
            if options.useCache, let sha = states[index].sha256, let entry = cached(sha),
               entry.parsed != nil || password == nil {
                states[index].adopt(entry)
                states[index].duration = DatasetBuild.seconds(clock.now - began)
                finish(index)
                continue
            }
            jobs.append(WorkerJob(input: workerPath(for: path, index: index),
                                  resultFile: work.appendingPathComponent("\(index).json"),
                                  stderrFile: work.appendingPathComponent("\(index).stderr"), password: password))
            jobFile.append(index)
        }

        // Only costs hashing again next time when it cannot be written.
        if options.useCache { try? cache.storeStampedDigests(digests) }

        let pool = WorkerPool(command: options.worker, workers: options.jobs, timeout: options.timeout,
                              killGrace: options.killGrace, memoryMB: options.memoryMB)
        _ = pool.run(jobs, onStart: { job in
            progress(.started(path: files[jobFile[job]]))
        }, onFinish: { job, run in
            let index = jobFile[job]
            var run = run
            if case .finished(let result) = run.outcome, jobs[job].input != files[index] {
                run.outcome = .finished(result.naming(files[index], insteadOf: jobs[job].input))
            }
            states[index].record(run)
            // The worker hashes the bytes it reads: other than those hashed here, the file
            // changed in between (a copy still being written, a file replaced). Its program
            // would be published and cached under bytes it was not read from; it fails, so
            // its last published version is kept, and the next build reads it again. (A worker
            // that names no digest, a `--worker` command, is taken at its word.)
            if case .finished(let result) = run.outcome, let read = result.parsed?.program.sourceSHA256, !read.isEmpty,
               let sha = states[index].sha256, read != sha {
                states[index].fail("\(files[index]): changed while it was read (still being written?); "
                                   + "not published: the next build reads it again")
                finish(index)
                return
            }
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

    /// The name a worker is given for `path`. Arguments reach a process as UTF-8 text, so a
    /// name that is not UTF-8 is handed over as a link in the work directory whose target
    /// holds the exact bytes; the worker's messages are renamed back (`WorkerResult.naming`).
    private func workerPath(for path: String, index: Int) -> String {
        guard !PathName.isUTF8(path) else { return path }
        let alias = work.appendingPathComponent("\(index).pdf").path
        let status = PathName.withCString(path) { target in symlink(target, alias) }
        return status == 0 ? alias : path
    }
}

extension WorkerResult {
    /// The result with every mention of the path the worker was given replaced by the file's own.
    func naming(_ path: String, insteadOf alias: String) -> WorkerResult {
        var result = self
        result.failure?.message = failure?.message.replacingOccurrences(of: alias, with: path) ?? ""
        if var parsed = result.parsed {
            parsed.diagnostics = parsed.diagnostics.map { $0.replacingOccurrences(of: alias, with: path) }
            result.parsed = parsed
        }
        return result
    }
}
