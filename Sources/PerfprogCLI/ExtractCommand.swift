import Batch
import Checks
import Dataset
import DatasetIO
import Extraction
import Foundation
import Pipeline
import Threads

/// `perfprog extract`: PDFs → the canonical CSV tables.
enum ExtractCommand: Subcommand {
    static let name = "extract"
    static let summary = "extract performance programs into the dataset's CSV tables"
    static let help = """
    usage: perfprog extract FILE.pdf... --out DIR [--password PW] [--timeout SECONDS] [--quiet]

    Reads each performance program (Performans Programı) and writes the tables of the
    dataset contract — programs, goals, indicators, indicator_values, activities,
    activity_costs, program_totals and checks — as CSV files in DIR.
    A file that cannot be read, or that holds no goal table, is reported on stderr and
    contributes nothing; the others are still written.

    options:
      --out DIR        where the CSV files go (created if missing)
      --password PW    password for encrypted PDFs
      --timeout S      stop (exit 4, naming the file) when one file takes longer (default 120)
      --quiet          no per-file lines on stderr

    Each file is read under a memory ceiling of 512 MB; a file that reaches it (or the
    timeout) ends the command with one line naming the file.

    DIR is locked as a build locks its dataset: an extract or build into DIR while this one
    runs is refused.

    exit status: 0 every file extracted; 1 some file failed (the tables are written with
    every other); 2 usage error (also an unusable --out, said before any file is read);
    4 no table was written, those in DIR are left as they were: they could not be written
    (a full disk, a file-size limit), another build or extract holds DIR's lock, or a
    limit or --timeout stopped the command at a file
    """
    static let valueOptions: Set<String> = ["out", "password", "timeout"]
    static let flagOptions: Set<String> = ["quiet"]
    /// Pages are read on up to this many threads; past it, opening the document again for each
    /// thread costs more than it saves.
    static let maximumReaders = 4
    /// The threads that read a document's pages.
    static var readers: Int { min(ProcessInfo.processInfo.activeProcessorCount, maximumReaders) }

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard !arguments.positional.isEmpty else { throw CommandError.usage("no input file") }
        guard let out = arguments.value("out") else { throw CommandError.usage("--out DIR is required") }
        guard out != "-" else { throw CommandError.usage("--out takes a directory: the tables are several files and cannot go to stdout") }
        // Before any file is read: an unusable DIR was found only after reading the first one.
        if let reason = OutputDirectory.unusable(out) { throw CommandError.unusablePath("--out \(PathName.display(out)): \(reason)") }
        // Held to the end, as a build holds it: a second extract or a build into DIR is refused.
        let lock = try OutputLock.take(out)
        defer { lock.release() }
        if PathName.isUTF8(lock.file) { FatalSignal.removeOnStop(lock.file) }
        defer { FatalSignal.removeOnStop(nil) }
        // Each program's tables are set aside as it is read, so memory stays flat in the files.
        var spool: CSVTableSpool?
        var mismatches = 0
        var failed = 0
        var timeout = BuildOptions.defaultTimeout
        if let text = arguments.value("timeout") {
            guard let t = Double(text), t > 0, t.isFinite else {
                throw CommandError.usage("--timeout expects a positive number of seconds, got '\(text)'")
            }
            timeout = t
        }
        let progress = CommandProgress(console: console, command: name, quiet: arguments.flag("quiet"))
        // The units' classifier (its lexicon compiled) is made while the pages are read, not
        // on one core after the last page where the tables are written. On a thread of our own:
        // libdispatch waits for ever for a thread a memory ceiling refuses; refused, the
        // classifier is made where it is first asked for.
        _ = SpawnedThread.start { _ = UnitClassifier.standard }
        for (index, path) in arguments.positional.enumerated() {
            progress.step("reading \(path) (\(index + 1)/\(arguments.positional.count))")
            defer { progress.clear() }
            // Named in the one line a limit or a crash in a library would end the command with.
            FatalSignal.reading(Console.visible("perfprog extract: \(path)"))
            guard let deadline = FileDeadline.start(seconds: timeout, label: "perfprog extract: \(path)") else {
                failed += 1
                console.err("perfprog extract: \(PathName.display(path)): \(FileDeadline.refusal)")
                continue
            }
            defer { deadline.finish() }
            var extracted: ExtractedProgram
            let units: ProgramUnits
            do {
                extracted = try ProgramExtractor.extract(path: path, password: arguments.value("password"),
                                                         workers: Self.readers, checked: false)
                // The program's units (for activities.csv and units.csv) are found beside the checks.
                let program = extracted.program
                (extracted.checks, units) = ProgramChecks.run(program) { ProgramUnits(program) }
            } catch {
                progress.clear()
                failed += 1
                console.err("perfprog extract: \(error.description)")
                continue
            }
            progress.clear()
            let problems = ProgramValidation.problems(ParsedProgram(program: extracted.program, checks: extracted.checks))
            guard problems.isEmpty else {
                failed += 1
                console.err("perfprog extract: \(PathName.display(path)): the parsed program breaks the dataset's rules: "
                            + problems.joined(separator: "; ") + "; not written")
                continue
            }
            do {
                // The directory as named, byte for byte (PathName); made at the first program.
                spool = try spool ?? CSVTableSpool(directory: PathName.directoryURL(creating: out))
                try spool!.add(extracted.program, checks: extracted.checks, units: units)
            } catch {
                throw CommandError.output("cannot write the tables: \(FileFailure.describe(error, file: out))")
            }
            mismatches += extracted.checks.filter { $0.status == .mismatch }.count
            if !arguments.flag("quiet") {
                let p = extracted.program
                let acts = p.goals.reduce(0) { $0 + $1.activities.count }
                console.err("\(path): \(p.id): \(p.goals.count) goals, \(acts) activities")
                DiagnosticReport.print(extracted.diagnostics, command: name, console: console)
            }
        }
        if let spool {
            do {
                try spool.finish()
            } catch {
                throw CommandError.output("cannot write the tables: \(FileFailure.describe(error, file: out))")
            }
            if !arguments.flag("quiet") {
                console.err("wrote \(out)/ (\(spool.count) program\(spool.count == 1 ? "" : "s"))")
                if mismatches > 0 {
                    console.err("\(out)/checks.csv holds \(mismatches) mismatch\(mismatches == 1 ? "" : "es") of the documents' own "
                                + "arithmetic; to see them by goal with pages: perfprog check \(out)")
                }
            }
        }
        return failed == 0 ? ExitStatus.success : ExitStatus.inputFailure
    }
}
