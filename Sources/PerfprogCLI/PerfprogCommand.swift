import Batch
import Extraction
import Foundation

/// The `perfprog` entry point: dispatches to a subcommand and maps errors to exit statuses.
public enum PerfprogCommand {
    public static let version = "0.1.0"

    /// Every subcommand, listed once.
    static let subcommands: [any Subcommand.Type] = [
        TextCommand.self,
        WordsCommand.self,
        ExtractCommand.self,
        InspectCommand.self,
        CheckCommand.self,
        DiffCommand.self,
        UnitsCommand.self,
        BuildCommand.self,
        ExtractWorkerCommand.self,
    ]

    static var help: String {
        let width = (subcommands.map { $0.name.count }.max() ?? 0) + 2
        let list = subcommands.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + $0.summary }
        return """
        perfprog \(version): performance programs (Performans Programı) PDF → canonical dataset

        usage: perfprog COMMAND [ARGUMENTS] [OPTIONS]

        commands:
        \(list.joined(separator: "\n"))

        options:
          -h, --help     show this help (perfprog COMMAND --help for a command's own)
          --version      print the version

        exit status: 0 success, 1 an input could not be read (build, extract: the others are
                     still written), 2 usage error, 3 (check) the document's totals do not add up,
                     4 nothing published: the output could not be written or is locked by another
                     build or extract (the previous one is left as it was)
        """
    }

    /// This process's arguments, byte-exact (`PathName`): a file name that is not UTF-8 stays
    /// the same file.
    public static var processArguments: [String] { PathName.processArguments() }

    /// The executable's entry: the libraries' own stderr output is collected as diagnostics
    /// (LibraryOutput), and a command that reads PDFs in this process does so under the
    /// memory ceiling, with a one-line message should a limit or a library stop it.
    public static func main(_ argv: [String]) -> Int32 {
        LibraryOutput.capture()
        // Past a file-size limit (RLIMIT_FSIZE) SIGXFSZ would end the process without a word,
        // leaving a build's staging and lock behind; ignored, the write fails (EFBIG) and says so.
        signal(SIGXFSZ, SIG_IGN)
        let name = argv.dropFirst().first ?? ""
        if name != BuildCommand.name && name != WorkerCommand.workerSubcommand {
            ResourceLimits.apply(memoryMB: ResourceLimits.defaultMemoryMB, cpuSeconds: nil)
            // extract writes its tables at the end: stopped, it wrote none (status 4).
            FatalSignal.install(mode: .command, memoryMB: ResourceLimits.defaultMemoryMB, cpuSeconds: nil,
                                status: name == ExtractCommand.name ? ExitStatus.notPublished : ExitStatus.inputFailure)
            FatalSignal.reading(Console.visible("perfprog \(name)" + (arguments(argv)?.positional.first.map { ": " + $0 } ?? "")))
        } else if name == BuildCommand.name {
            // The build reads no PDF itself, but a ceiling set from outside (prlimit) reaches it
            // too: one line naming the dataset and the limit when it is refused memory, not a
            // silent abort; its lock goes with it (DatasetBuild).
            FatalSignal.install(mode: .command, memoryMB: ResourceLimits.defaultMemoryMB, cpuSeconds: nil,
                                suspect: BuildCommand.ceilingSuspect, crash: BuildCommand.crash, status: ExitStatus.notPublished)
            FatalSignal.reading(Console.visible("perfprog build" + (arguments(argv)?.value("out").map { ": " + $0 } ?? "")))
        }
        return main(argv, console: Console())
    }

    /// The command's arguments as the command reads them, for the line a crash ends with: an
    /// option's value (`--page 40`) is no file. Nil for an unknown command or arguments it refuses.
    static func arguments(_ argv: [String]) -> ArgumentList? {
        guard let name = argv.dropFirst().first, let command = subcommands.first(where: { $0.name == name }) else { return nil }
        return try? ArgumentList(Array(argv.dropFirst(2)), valueOptions: command.valueOptions, flagOptions: command.flagOptions)
    }

    static func main(_ argv: [String], console: Console) -> Int32 {
        let status = run(argv, console: console)
        // A full device or a closed pipe: the output is incomplete, whatever else went well.
        if let failure = StandardStream.output.failure {
            let name = argv.dropFirst().first.flatMap { first in subcommands.first { $0.name == first }?.name }
            console.err("perfprog\(name.map { " " + $0 } ?? ""): cannot write the output: \(failure)")
            return ExitStatus.notPublished
        }
        return status
    }

    private static func run(_ argv: [String], console: Console) -> Int32 {
        let args = Array(argv.dropFirst())
        guard let first = args.first else {
            for line in help.split(separator: "\n", omittingEmptySubsequences: false) { console.err(String(line)) }
            return ExitStatus.usage
        }
        if first == "--help" || first == "-h" || first == "help" {
            // `perfprog help build` is `perfprog build --help`.
            if args.count > 1 {
                guard let command = subcommands.first(where: { $0.name == args[1] }) else {
                    console.err("perfprog: unknown command '\(args[1])' (see perfprog --help)")
                    return ExitStatus.usage
                }
                console.out(command.help)
                return ExitStatus.success
            }
            console.out(help)
            return ExitStatus.success
        }
        if first == "--version" {
            console.out("perfprog \(version)")
            return ExitStatus.success
        }
        guard let command = subcommands.first(where: { $0.name == first }) else {
            console.err("perfprog: unknown command '\(first)' (see perfprog --help)")
            return ExitStatus.usage
        }
        let rest = Array(args.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.help)
            return ExitStatus.success
        }
        // A progress line left on the terminal is cleared before the error takes its place.
        let clearLine = { if console.stderrIsTerminal { StandardStream.error.write("\r\u{1B}[2K") } }
        do {
            return try command.parseAndRun(rest, console: console)
        } catch let error as CommandError {
            clearLine()
            console.err("perfprog \(command.name): \(error.message)")
            if error.status == ExitStatus.usage && error.pointsToHelp { console.err("see: perfprog \(command.name) --help") }
            return error.status
        } catch {
            clearLine()
            console.err("perfprog \(command.name): \(error)")
            return ExitStatus.inputFailure
        }
    }
}

extension Subcommand {
    /// Convenience used by `PerfprogCommand`: parse with the command's own option sets.
    static func parseAndRun(_ args: [String], console: Console) throws -> Int32 {
        try run(ArgumentList(args, valueOptions: valueOptions, flagOptions: flagOptions), console: console)
    }
}
