import Dataset
import DatasetIO
import Foundation
import Pipeline

/// `perfprog units INPUT...` / `perfprog units --classify NAME...`: the responsible units
/// with their spellings, canonical names and functions, or the classification of names.
struct UnitsCommand: Subcommand {
    static let name = "units"
    static let summary = "list responsible units (spellings, canonical names, functions), or classify names"
    static let help = """
    usage: perfprog units FILE.pdf... | DATASET_DIR... [--unit-functions FILE] [--password PASSWORD]
           perfprog units --classify NAME... [--unit-functions FILE]

    Lists each program's responsible units (Sorumlu Harcama Birimi): one line per canonical
    unit (U<n>, canonical name, function code, function name, rule; tab-separated, - where
    empty), then each spelling the program prints with its number of activities. A
    DATASET_DIR is a directory written by `perfprog build` or `perfprog extract`; its units
    are classified again from activities.csv (give the build's --unit-functions FILE to see
    its overrides).

    With --classify, each NAME is classified on its own, one tab-separated line each: the
    name as given, its canonical form, the function code (or -), the function's name, the
    rule (lexicon:<entry>, conflict:<entries>, override:<file>, or -): a check of the lexicon
    against a new municipality's list of units before a build.

    options:
      --classify            classify the NAMEs given instead of reading programs
      --unit-functions FILE the analyst's override file (NAME<TAB>CODE[<TAB>REASON] lines), as for build
      --password PASSWORD   password of encrypted PDFs

    exit status: 0 success, 1 an input could not be read, 2 usage error,
    4 stdout could not be written (what was printed is incomplete)
    """
    static let valueOptions: Set<String> = ["unit-functions", "password"]
    static let flagOptions: Set<String> = ["classify"]

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard !arguments.positional.isEmpty else {
            throw CommandError.usage(arguments.flag("classify") ? "give at least one NAME" : "give at least one PDF or dataset directory")
        }
        let classifier = try Self.classifier(arguments.value("unit-functions"))
        if arguments.flag("classify") {
            console.out(arguments.positional.map { UnitReport.classification($0, classifier: classifier) }.joined(separator: "\n"))
            return ExitStatus.success
        }
        var failed = false
        var reports: [String] = []
        for path in arguments.positional {
            do {
                for program in try programs(path, password: arguments.value("password"), console: console) {
                    reports.append(UnitReport.program(ProgramUnits(program), classifier: classifier))
                }
            } catch {
                console.err("perfprog units: \(error.message)")
                failed = true
            }
        }
        if !reports.isEmpty { console.out(reports.joined(separator: "\n\n")) }
        return failed ? ExitStatus.inputFailure : ExitStatus.success
    }

    static func classifier(_ path: String?) throws(CommandError) -> UnitClassifier {
        guard let path else { return .standard }
        do {
            return UnitClassifier(overrides: try UnitFunctionOverrides.load(URL(fileURLWithPath: path)))
        } catch {
            throw CommandError.usage("--unit-functions: \(error.description)")
        }
    }

    private static func programs(_ path: String, password: String?, console: Console) throws(CommandError) -> [Program] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError.input("\(path): no such file or directory")
        }
        if isDirectory.boolValue {
            do {
                return try DatasetReader.read(directory: URL(fileURLWithPath: path))
            } catch {
                throw CommandError.input("\(error.description) (is \(path) a dataset directory?)")
            }
        }
        do {
            let extracted = try ProgramExtractor.extract(path: path, password: password)
            for d in extracted.diagnostics { console.err("perfprog units: \(d)") }
            return [extracted.program]
        } catch {
            throw CommandError.input(error.description)
        }
    }
}
