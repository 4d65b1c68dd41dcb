import Dataset
import DatasetIO
import Diff
import Extraction
import Foundation
import Pipeline

/// `perfprog diff OLD NEW`: what changed between two years of a program.
struct DiffCommand: Subcommand {
    static let name = "diff"
    static let summary = "compare two years of a program (goals, indicators, activities, money)"
    static let help = """
    usage: perfprog diff OLD NEW [--format text|markdown|json|csv] [--html FILE] [--output FILE]
           perfprog diff DATASET_DIR --old-program ID --new-program ID [options]

    Matches the goals, indicators and activities of two programs by meaning (renumbering,
    rewording and moves between goals are recognised) and lists what was added, removed,
    retitled, renumbered, moved, renamed, and how targets and budgets changed.

    OLD and NEW are each one of:
      FILE.pdf            a performance program PDF (read with the extraction pipeline)
      DIR                 a built dataset holding one program (or pick it with
                          --old-program / --new-program)
      DIR:PROGRAM_ID      one program of a built dataset

    options:
      --format F          text (default), markdown, json or csv, written to stdout
      --output FILE       write the formatted diff to FILE instead of stdout (- is stdout)
      --html FILE         also write a self-contained HTML page with charts (- is stdout,
                          when --output names a file)
      --old-program ID    the old program's id in a dataset directory
      --new-program ID    the new program's id in a dataset directory
      --password P        password for encrypted PDFs
      --quiet             no progress and no "wrote FILE" lines on stderr
      --force             compare programs of two different administrations (refused
                          without it: a year-over-year diff of two municipalities misleads)

    exit status: 0 the diff ran (whatever it found), 1 an input could not be read, 2 usage,
    4 an output could not be written (a file named by --output or --html is left as it was;
    stdout: what was printed is incomplete)
    """
    static let valueOptions: Set<String> = ["format", "output", "html", "old-program", "new-program", "password"]
    static let flagOptions: Set<String> = ["quiet", "force"]

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        let positional = arguments.positional
        let oldSpec: String, newSpec: String
        switch positional.count {
        case 1:
            guard arguments.value("old-program") != nil, arguments.value("new-program") != nil else {
                throw CommandError.usage("with one dataset directory, give --old-program and --new-program")
            }
            (oldSpec, newSpec) = (positional[0], positional[0])
        case 2:
            (oldSpec, newSpec) = (positional[0], positional[1])
        default:
            throw CommandError.usage("expected OLD and NEW (a PDF, a dataset directory, or DIR:PROGRAM_ID)")
        }
        let format = arguments.value("format") ?? "text"
        guard ["text", "markdown", "json", "csv"].contains(format) else {
            throw CommandError.usage("--format must be text, markdown, json or csv, not '\(format)'")
        }
        let output = arguments.value("output") ?? OutputTarget.stdout
        let html = arguments.value("html")
        if html == OutputTarget.stdout && output == OutputTarget.stdout {
            throw CommandError.usage("--html - and the diff would both go to stdout; give --output FILE too")
        }
        // Before both programs are read (an unwritable --html was found after the diff was printed).
        for (option, target) in [("output", output), ("html", html)] {
            guard let target, target != OutputTarget.stdout, let reason = OutputDirectory.unusableFile(target) else { continue }
            throw CommandError.unusablePath("--\(option) \(PathName.display(target)): \(reason)")
        }
        let password = arguments.value("password")
        let progress = CommandProgress(console: console, command: name, quiet: arguments.flag("quiet"))
        progress.step("reading \(oldSpec)")
        let old = try load(oldSpec, programID: arguments.value("old-program"), password: password, console: console, progress: progress)
        progress.step("reading \(newSpec)")
        let new = try load(newSpec, programID: arguments.value("new-program"), password: password, console: console, progress: progress)

        // The administration's name folded as program ids fold it (case, Turkish letters, spacing).
        if Identifiers.programID(administration: old.administration, year: 0)
            != Identifiers.programID(administration: new.administration, year: 0) {
            guard arguments.flag("force") else {
                progress.clear()
                throw CommandError.usage("\(old.id) and \(new.id) are programs of different administrations "
                                         + "(\(old.administration) / \(new.administration)); --force compares them anyway")
            }
            progress.clear()
            console.err("perfprog diff: warning: comparing different administrations: \(old.administration) / \(new.administration)")
        }
        progress.step("comparing \(old.id) with \(new.id)")
        let report = ProgramDiff.compare(old: old, new: new)
        let text: String
        switch format {
        case "markdown": text = MarkdownDiffRenderer.render(report)
        case "json": text = JSONDiffRenderer.render(report)
        case "csv": text = CSVDiffRenderer.render(report)
        default: text = TextDiffRenderer.render(report)
        }
        progress.clear()
        try OutputTarget.write(Data(text.utf8), to: output, progress: progress)
        if let html {
            try OutputTarget.write(Data(HTMLDiffRenderer.render(report).utf8), to: html, progress: progress)
        }
        return ExitStatus.success
    }

    /// One side of the diff, from a PDF or a dataset directory.
    static func load(_ spec: String, programID: String?, password: String?, console: Console,
                     progress: CommandProgress? = nil) throws -> Program {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return try fromDataset(spec, programID: programID) }
            do {
                let extracted = try ProgramExtractor.extract(path: spec, password: password)
                progress?.clear()
                DiagnosticReport.print(extracted.diagnostics, command: name, console: console)
                return extracted.program
            } catch {
                throw CommandError.input(error.description)
            }
        }
        // DIR:PROGRAM_ID (the directory part may itself contain colons).
        if let colon = spec.lastIndex(of: ":") {
            let dir = String(spec[..<colon]), id = String(spec[spec.index(after: colon)...])
            if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue, !id.isEmpty {
                return try fromDataset(dir, programID: id)
            }
        }
        throw CommandError.input("\(spec): no such file or directory")
    }

    static func fromDataset(_ dir: String, programID: String?) throws -> Program {
        let programs: [Program]
        do {
            programs = try DatasetReader.read(directory: URL(fileURLWithPath: dir))
        } catch {
            throw CommandError.input(error.description)
        }
        if let id = programID {
            guard let p = programs.first(where: { $0.id == id }) else {
                throw CommandError.input("\(dir): no program '\(id)' (it holds \(programs.map(\.id).joined(separator: ", ")))")
            }
            return p
        }
        guard programs.count == 1, let only = programs.first else {
            throw CommandError.usage("\(dir) holds \(programs.count) programs; name one with --old-program / --new-program or DIR:PROGRAM_ID")
        }
        return only
    }

}
