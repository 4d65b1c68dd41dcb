import Batch
import Foundation

/// `perfprog extract-worker FILE --result OUT.json`: the worker process of `build`, which
/// parses one PDF and writes a program or a typed failure as JSON. Internal: `build`
/// starts it, one process per file, so a crash or hang in poppler costs only that file.
struct ExtractWorkerCommand: Subcommand {
    static let name = WorkerCommand.workerSubcommand
    static let summary = "(internal) parse one PDF for build's worker processes"
    static let help = """
    usage: perfprog extract-worker FILE --result OUT.json

    Parses FILE and writes the program (or why there is none) to OUT.json. Started by
    `perfprog build`, one process per file; not meant to be run by hand.
    exit status: 0 the result was written (even a failure to parse), 1 it could not be, 2 usage
    """
    static let valueOptions: Set<String> = ["result"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard arguments.positional.count == 1, let file = arguments.positional.first else {
            throw CommandError.usage("expects exactly one FILE")
        }
        guard let result = arguments.value("result") else { throw CommandError.usage("--result OUT.json is required") }
        let (status, error) = ExtractWorker.run(input: file, resultPath: result)
        if let error { console.err(error) }
        return status
    }
}
