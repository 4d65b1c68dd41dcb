import Dataset
import DatasetIO
import Extraction
import Foundation
import Threads

/// `perfprog build`: every input PDF → one published dataset (CSV tables, SQLite,
/// datapackage.json, report.json). Each file is parsed in its own worker process; the
/// build itself only hashes files, reads results and writes the dataset (it never opens a
/// PDF with poppler). A bad file costs only itself; the dataset is swapped in whole.
public enum DatasetBuild {
    public static func run(_ options: BuildOptions,
                           progress: (BuildEvent) -> Void = { _ in }) throws(BuildError) -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        guard options.jobs >= 1 else { throw .usage("-j needs at least 1 worker, got \(options.jobs)") }
        guard options.timeout > 0 else { throw .usage("--timeout needs a positive number of seconds") }
        let classifier = try unitClassifier(options.unitFunctions)
        let files = try InputFiles.collect(options.inputs)
        guard !files.isEmpty else {
            throw .usage("no PDF files found in \(options.inputs.joined(separator: " "))")
        }
        // Resolved once: a link is followed to the dataset it names, which is then locked.
        let output = try DatasetLocation.resolve(options.output)
        let lock = try BuildLock(for: output)
        defer { lock.release() }
        let publisher = DatasetPublisher(destination: output)
        let cache = options.cacheDirectory.map { ResultCache(root: $0.standardizedFileURL, sharedBy: output) }
            ?? ResultCache(root: ResultCache.defaultRoot(for: output))
        // In the cache, or in the temporary folder where the cache cannot be written.
        let workPlaces = [cache.workDirectory(pid: getpid()), temporaryWorkDirectory()]
        // A limit that stops the build (FatalSignal) takes its staging, work directory and lock
        // file with it (they were left for the next build to remove).
        FatalSignal.removeOnStop(lock.file, directories: [publisher.staging.path] + workPlaces.map(\.path))
        defer { FatalSignal.removeOnStop(nil) }
        try publisher.recoverAndClean()
        try publisher.checkDestination()
        cache.removeStaleWorkDirectories()
        let interrupt = try InterruptCleanup(removing: workPlaces + [publisher.staging], lock: lock)
        defer { interrupt.uninstall() }
        // Foundation's Process starts a thread to watch the workers and waits for ever when the
        // system refuses it: a build under a memory ceiling hung. Asked first, a refusal is one line.
        guard let probe = SpawnedThread.start({}) else { throw .threadRefused(purpose: "watches the workers") }
        probe.join()
        let work = try workDirectory(workPlaces[0], fallback: workPlaces[1], cache: cache, progress: progress)
        defer { try? FileManager.default.removeItem(at: work) }
        // Made before any file is parsed: a folder where it cannot be made (a read-only one
        // holding a lock file left by a killed build) is said at once, not after every file was
        // read; and from here on, whatever ends the build takes it along (defer, InterruptCleanup,
        // FatalSignal). After the swap it is gone already.
        let staging = try publisher.createStaging()
        defer { publisher.discardStaging() }

        progress(.planned(total: files.count))
        var states = FileParsing(options: options, cache: cache, work: work, clock: clock).parse(files, progress: progress)
        var checked: [String: [String]] = [:]
        for index in states.indices { states[index].adoptAndValidate(checked: &checked) }

        let previous = PreviousReport(dataset: output)
        let (published, keptPrevious) = resolve(&states, files: files, cache: cache, previous: previous,
                                                allowDuplicates: options.allowDuplicates)
        var counted: [String: [String: Int]] = [:]
        var report = BuildReport(
            parserVersion: ParserVersion.current, output: output.path, jobs: options.jobs, durationSeconds: 0,
            filesOK: states.filter { $0.status == .ok }.count,
            filesUnchanged: states.filter { $0.status == .skippedUnchanged }.count,
            filesFailed: states.filter { $0.status == .failed }.count,
            programs: published.map(\.program.id), keptPrevious: keptPrevious,
            files: states.map { state in state.entry(counted: &counted) })
        if previous.exists {
            let current = Dictionary(published.map { ($0.program.id, $0.program.sourceSHA256) }, uniquingKeysWith: { a, _ in a })
            let claimed = Set(states.indices.compactMap { previous.program(of: files[$0]) })
            report.changes = DatasetChanges.between(previous: previous.sha256ByProgram, current: current, claimed: claimed)
        }
        // Never an empty dataset over a good one: when nothing can be published (every file
        // failed, none with a version to keep), the previous dataset stays, report and all.
        if published.isEmpty && previous.programCount > 0 {
            report.notPublished = "no file gave a program; the previous dataset (\(previous.programCount) "
                + "program\(previous.programCount == 1 ? "" : "s")) is left as it was"
            report.programs = []
            report.durationSeconds = rounded(seconds(clock.now - start))
            return report
        }
        progress(.publishing)
        try write(published, classifier: classifier, report: &report, start: start, clock: clock, to: staging)
        try interrupt.critical { () throws(BuildError) in try publisher.publish() }
        try? cache.replacePublished(published)
        return report
    }

    /// The run's work directory (its workers' results), made: in the cache, or, where the cache
    /// cannot be written (a read-only place, a full one), in the system's temporary folder,
    /// with a warning. A cache is a saving, never a reason to publish nothing: such a cache
    /// stopped every build before any file was read. Its parses are still read; none is kept
    /// (each write to it is allowed to fail).
    private static func workDirectory(_ work: URL, fallback: URL, cache: ResultCache,
                                      progress: (BuildEvent) -> Void) throws(BuildError) -> URL {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
            return work
        } catch {
            let refusal = FileFailure.describe(error, file: work.path)
            let temporary = fallback.deletingLastPathComponent()
            let names = (try? fm.contentsOfDirectory(atPath: temporary.path)) ?? []
            for stale in Leftover.stale(names, in: temporary, prefix: temporaryWorkPrefix) { try? fm.removeItem(at: stale) }
            do { try fm.createDirectory(at: fallback, withIntermediateDirectories: true) } catch {
                throw .io("cannot create the work directory: \(refusal); nor \(FileFailure.describe(error, file: fallback.path))")
            }
            progress(.warning("the cache \(cache.root.path) cannot be written (\(refusal)): "
                              + "its parses are read, no new one is kept"))
            return fallback
        }
    }

    /// The work directory in the temporary folder when the cache cannot take it: `perfprog-work-PID`.
    static let temporaryWorkPrefix = "perfprog-work-"

    static func temporaryWorkDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(temporaryWorkPrefix + "\(getpid())")
    }

    /// Conflicts and duplicates decide which parses are published; a conflicting
    /// program_id keeps its previously published version when there is one, and so does the
    /// program a failed file gave last time (unless another file gives it now).
    private static func resolve(_ states: inout [FileState], files: [String], cache: ResultCache,
                                previous: PreviousReport,
                                allowDuplicates: Bool) -> (published: [ParsedProgram], keptPrevious: [String]) {
        let claims = states.indices.compactMap { index -> (index: Int, programID: String)? in
            guard states[index].status != .failed, let parsed = states[index].parsed else { return nil }
            return (index, parsed.program.id)
        }
        let resolution = ProgramConflicts(claims: claims, allowDuplicates: allowDuplicates)
        var published = resolution.winners.compactMap { index -> ParsedProgram? in
            states[index].published = true
            return states[index].parsed
        }
        for (loser, winner) in resolution.duplicates {
            states[loser].note = "same program_id as \(files[winner]); not published (--allow-duplicates keeps the first)"
        }
        var kept: [String] = []
        for (id, indices) in resolution.conflicts.sorted(by: { $0.key < $1.key }) {
            let last = cache.publishedProgram(id: id)
            if let last {
                published.append(last)
                kept.append(id)
            }
            let outcome = last.map { "the previously published version (from \($0.program.sourceFile)) is kept" }
                ?? "no previous version exists, so the program is left out"
            for index in indices {
                let others = indices.filter { $0 != index }.map { files[$0] }.joined(separator: ", ")
                states[index].fail("\(files[index]): conflict: program_id \(id) is also produced by \(others); "
                                   + "neither is published and \(outcome)")
                if last != nil { states[index].keptPrevious = id }
            }
        }
        var publishedIDs = Set(published.map(\.program.id))
        for index in states.indices where states[index].status == .failed && states[index].keptPrevious == nil {
            guard let id = previous.program(of: files[index]) else { continue }
            if publishedIDs.contains(id) {
                // Kept already (another failed file gave it too) or given by another file now.
                if kept.contains(id) { states[index].keptPrevious = id }
                continue
            }
            guard let last = cache.publishedProgram(id: id) else {
                states[index].note = "its program \(id) was published before, but the cache no longer holds that version"
                continue
            }
            published.append(last)
            publishedIDs.insert(id)
            kept.append(id)
            states[index].keptPrevious = id
            states[index].note = "failed; the previously published version of \(id) is kept"
        }
        return (published.sorted { $0.program.id < $1.program.id }, kept.sorted())
    }

    /// The override file is read before any file is parsed: a bad line stops the build at once.
    private static func unitClassifier(_ file: URL?) throws(BuildError) -> UnitClassifier {
        guard let file else { return .standard }
        do {
            return UnitClassifier(overrides: try UnitFunctionOverrides.load(file))
        } catch {
            throw .usage("--unit-functions: \(error.description)")
        }
    }

    private static func write(_ programs: [ParsedProgram], classifier: UnitClassifier, report: inout BuildReport,
                              start: ContinuousClock.Instant, clock: ContinuousClock, to directory: URL) throws(BuildError) {
        do {
            try CSVDatasetWriter.write(programs: programs.map(\.program), checks: programs.flatMap(\.checks), to: directory,
                                       classifier: classifier)
            try SQLiteDatasetWriter.write(programs: programs.map(\.program), checks: programs.flatMap(\.checks),
                                          to: directory.appendingPathComponent(SQLiteDatasetWriter.fileName),
                                          classifier: classifier)
            try DatapackageWriter.write(to: directory)
            report.durationSeconds = rounded(seconds(clock.now - start))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(report)
            data.append(0x0A)
            try data.write(to: directory.appendingPathComponent(BuildReport.fileName))
            let pictures = Dictionary(programs.compactMap { p in p.pictures.map { (p.program.id, $0) } }, uniquingKeysWith: { a, _ in a })
            try Data(BuildReportPage.render(report, pictures: pictures).utf8)
                .write(to: directory.appendingPathComponent(BuildReport.pageFileName))
        } catch let error as BuildError {
            throw error
        } catch {
            throw .io("cannot write the dataset: \(FileFailure.describe(error, file: directory.path))")
        }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Milliseconds are plenty for a report.
    static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}
