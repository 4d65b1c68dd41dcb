import Batch
import Foundation

/// `perfprog build INPUT... --out DIR`: the nightly build of the whole dataset.
struct BuildCommand: Subcommand {
    static let name = "build"
    static let summary = "build the whole dataset (CSV, SQLite, datapackage.json, report.json) from PDFs"
    static let help = """
    usage: perfprog build INPUT... --out DIR [-j N] [--timeout SECONDS] [--memory-limit MB]
                          [--cache DIR | --no-cache] [--passwords FILE] [--allow-duplicates]
                          [--unit-functions FILE] [--quiet]

    Reads every INPUT (PDF files, and directories searched recursively for *.pdf) and
    publishes the canonical dataset in DIR: the CSV tables, dataset.sqlite,
    datapackage.json, and report.json (one entry per file: status, counts, failed checks,
    duration, error). Each file is parsed in its own worker process; the new dataset is
    written beside DIR and swapped in whole, so DIR always holds a complete dataset.

    options:
      --out DIR            the dataset directory (created if missing)
      -j, --jobs N         worker processes at a time (default: the number of cores)
      --timeout SECONDS    stop a file's worker after this long (default 120); also its CPU budget
      --memory-limit MB    each worker's memory ceiling (default 512); a file that reaches it
                           fails alone ("stopped: over the memory limit")
      --cache DIR          cache of parsed files (default: .<DIR name>.perfprog-cache beside DIR);
                           several datasets may share one
      --no-cache           parse every file again, even when unchanged
      --passwords FILE     passwords of encrypted PDFs, one NAME=PASSWORD per line (NAME:
                           the file's name or its path as given; # starts a comment)
      --allow-duplicates   when files yield the same program_id, publish the first (for
                           benchmarks over copies); without it that is a conflict: neither
                           is published and the previous version of the program is kept
      --unit-functions FILE  the analyst's unit → function overrides, before the lexicon: one
                           NAME<TAB>CODE[<TAB>REASON] line each (CODE 01…10, a level 2 such as
                           04.5, or - for none; # comments); units.csv records override:<file>
      --quiet              no progress and no summary (failures are still listed)
      --worker EXECUTABLE  run EXECUTABLE FILE --result OUT.json as the worker (for tests)

    exit status: 0 every file gave a program and the dataset is published;
      1 some file failed or conflicted: the dataset is still published with every good
        program (report.json lists the failures);
      2 usage error (nothing read, nothing published);
      4 nothing published, the previous dataset is left as it was: it could not be written
        (a full disk, a file-size limit, a read-only place), another build or extract holds
        its lock, a limit stopped the build itself, or no file gave a program while DIR
        holds a dataset with programs (with none, the empty dataset and report.json listing
        the failures are published: status 1);
      128+N ended by signal N (130 Ctrl-C, 143 SIGTERM), its staging, work directory and
        lock removed first; nothing published
    """
    /// What a limit reached by the build itself (not a worker's) is put down to: the build
    /// reads no PDF, so the ceiling was set on it (its staging goes with the next build).
    static let ceilingSuspect = "a limit set on the build itself: ulimit, prlimit; the published dataset is left as it was"
    static let crash = "crashed (the published dataset is left as it was)"
    static let valueOptions: Set<String> = ["out", "j", "jobs", "timeout", "cache", "worker", "unit-functions",
                                            "memory-limit", "passwords"]
    static let flagOptions: Set<String> = ["no-cache", "allow-duplicates", "quiet"]

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard !arguments.positional.isEmpty else { throw CommandError.usage("no INPUT given") }
        guard let out = arguments.value("out") else { throw CommandError.usage("--out DIR is required") }
        guard out != "-" else { throw CommandError.usage("--out takes a directory: a dataset is many files and cannot go to stdout") }
        if arguments.value("cache") != nil && arguments.flag("no-cache") {
            throw CommandError.usage("--cache and --no-cache exclude each other")
        }
        let jobs = try arguments.int("j") ?? arguments.int("jobs") ?? ProcessInfo.processInfo.activeProcessorCount
        guard jobs >= 1 else { throw CommandError.usage("-j needs at least 1 worker, got \(jobs)") }
        var timeout = BuildOptions.defaultTimeout
        if let text = arguments.value("timeout") {
            guard let t = Double(text), t > 0, t.isFinite else {
                throw CommandError.usage("--timeout expects a positive number of seconds, got '\(text)'")
            }
            timeout = t
        }
        var memoryMB = ResourceLimits.defaultMemoryMB
        if let text = arguments.value("memory-limit") {
            guard let mb = Int(text), mb >= ResourceLimits.minimumMemoryMB else {
                throw CommandError.usage("--memory-limit expects a number of MB from \(ResourceLimits.minimumMemoryMB), got '\(text)'")
            }
            memoryMB = mb
        }
        let worker: WorkerCommand
        if let path = arguments.value("worker") {
            worker = WorkerCommand(executable: URL(fileURLWithPath: path))
        } else if let me = WorkerCommand.currentExecutable {
            worker = .perfprog(executable: me)
        } else {
            throw CommandError.output("cannot find the perfprog executable to run workers; nothing was published")
        }
        var passwords = PasswordFile(entries: [:])
        if let file = arguments.value("passwords") {
            do { passwords = try PasswordFile(contentsOf: file) } catch { throw CommandError.usage(error.description) }
        }
        let options = BuildOptions(
            inputs: arguments.positional, output: URL(fileURLWithPath: out), worker: worker, jobs: jobs,
            timeout: timeout, cacheDirectory: arguments.value("cache").map { URL(fileURLWithPath: $0) },
            useCache: !arguments.flag("no-cache"), allowDuplicates: arguments.flag("allow-duplicates"),
            unitFunctions: arguments.value("unit-functions").map { URL(fileURLWithPath: $0) }, memoryMB: memoryMB,
            passwords: passwords)
        let quiet = arguments.flag("quiet")
        let printer = BuildProgressPrinter(console: console, quiet: quiet)
        let report: BuildReport
        do {
            report = try DatasetBuild.run(options) { printer.show($0) }
        } catch {
            printer.clear()
            switch error {
            case .usage(let message): throw CommandError.usage(message)
            case .busy, .io: throw CommandError.output(error.description)
            }
        }
        printer.clear()
        printer.summary(report)
        if report.notPublished != nil { return ExitStatus.notPublished }
        return report.allSucceeded ? ExitStatus.success : ExitStatus.inputFailure
    }
}
