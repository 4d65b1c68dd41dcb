import Checks
import Dataset
import DatasetIO
import Foundation
import Pipeline

/// `perfprog check FILE.pdf... | DATASET_DIR...`: re-adds what each program adds up and
/// prints the mismatches, grouped by goal, with their pages.
struct CheckCommand: Subcommand {
    static let name = "check"
    static let summary = "re-add a program's own totals and counts; report what does not add up"
    static let help = """
    usage: perfprog check FILE.pdf... | DATASET_DIR... [--format text|json] [--password PASSWORD] [--quiet]

    Re-adds what each performance program adds up (activity rows, goal tables' Genel
    Toplam, cost tables, the program's totals, stated counts and percentage shares) and
    prints a summary per program: mismatches first, grouped by goal, with page numbers,
    then one count line per check. A DATASET_DIR is a directory written by `perfprog
    extract` or `perfprog build`: its checks.csv (and goals.csv, for grouping) are reported.

    options:
      --format F            text (default) or json: per program, its checks with the
                            contract's canonical numbers (5500000.00), page and detail
      --password PASSWORD   password of encrypted PDFs
      --quiet               no progress lines on stderr

    exit status: 0 every check ok, 3 some checks are mismatches,
                 1 an input could not be read (the others are still reported; a mismatch
                   among them is in the output, not the status),
                 4 stdout could not be written (what was printed is incomplete)
    """
    static let valueOptions: Set<String> = ["password", "format"]
    static let flagOptions: Set<String> = ["quiet"]

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard !arguments.positional.isEmpty else { throw CommandError.usage("give at least one PDF or dataset directory") }
        let format = arguments.value("format") ?? "text"
        guard ["text", "json"].contains(format) else {
            throw CommandError.usage("--format must be text or json, not '\(format)'")
        }
        let progress = CommandProgress(console: console, command: name, quiet: arguments.flag("quiet"))
        var unreadable = false
        var mismatched = false
        var reports: [String] = []
        var records: [JSONRecord] = []
        for path in arguments.positional {
            progress.step("reading \(path)")
            defer { progress.clear() }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                console.err("perfprog check: \(path): no such file or directory")
                unreadable = true
                continue
            }
            do {
                let programs = isDirectory.boolValue
                    ? try datasetReports(directory: path)
                    : try pdfReport(path: path, password: arguments.value("password"), console: console)
                progress.clear()
                for p in programs {
                    if p.checks.contains(where: { $0.status == .mismatch }) { mismatched = true }
                    records.append(JSONRecord(p))
                    reports.append(CheckReport.render(programID: p.id, checks: p.checks, goals: p.goals,
                                                      color: console.useColor && isatty(1) == 1))
                }
            } catch {
                console.err("perfprog check: \(error.message)")
                unreadable = true
            }
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(records), as: UTF8.self))
        } else if !reports.isEmpty {
            console.out(reports.joined(separator: "\n\n"))
        }
        if unreadable { return ExitStatus.inputFailure }
        return mismatched ? ExitStatus.checkMismatch : ExitStatus.success
    }

    /// `--format json`: one object per program, numbers as the contract writes them.
    struct JSONRecord: Encodable {
        struct Check: Encodable {
            var check: String, subject: String, expected: String, actual: String, status: String
            var page: Int?, detail: String
        }
        var program_id: String
        var checks: Int
        var mismatches: Int
        var results: [Check]

        init(_ p: ProgramChecksToReport) {
            program_id = p.id
            checks = p.checks.count
            mismatches = p.checks.filter { $0.status == .mismatch }.count
            // Mismatches first, as the text report lists them.
            let ordered = p.checks.filter { $0.status == .mismatch } + p.checks.filter { $0.status != .mismatch }
            results = ordered.map {
                Check(check: $0.check, subject: $0.subject, expected: $0.expected, actual: $0.actual,
                      status: $0.status.rawValue, page: $0.page, detail: $0.detail)
            }
        }
    }

    struct ProgramChecksToReport {
        var id: String
        var checks: [CheckResult]
        var goals: [CheckReport.GoalHeading]
    }

    private static func pdfReport(path: String, password: String?, console: Console) throws(CommandError) -> [ProgramChecksToReport] {
        let extracted: ExtractedProgram
        do {
            extracted = try ProgramExtractor.extract(path: path, password: password)
        } catch {
            throw CommandError.input(error.description)
        }
        DiagnosticReport.print(extracted.diagnostics, command: name, console: console)
        return [ProgramChecksToReport(id: extracted.program.id, checks: extracted.checks,
                                      goals: CheckReport.headings(of: extracted.program))]
    }

    private static func datasetReports(directory: String) throws(CommandError) -> [ProgramChecksToReport] {
        let dir = URL(fileURLWithPath: directory)
        let checksFile = dir.appendingPathComponent("checks.csv").path
        guard let checksText = try? String(contentsOfFile: checksFile, encoding: .utf8) else {
            throw CommandError.input("\(checksFile): cannot be read (is \(directory) a dataset directory?)")
        }
        var results: [CheckResult]
        do {
            results = try CheckTable.results(rows: CSVCodec.decode(checksText))
        } catch {
            throw CommandError.input("\(checksFile): \(error)")
        }
        func table(_ name: String) -> [[String]] {
            let text = try? String(contentsOfFile: dir.appendingPathComponent(name).path, encoding: .utf8)
            return text.map(CSVCodec.decode) ?? []
        }
        let goalRows = table("goals.csv")
        let goals = CheckTable.goalHeadings(rows: goalRows)
        // Where checks.csv has no page column, a goal's or an activity's own page stands in.
        let pages = CheckTable.pages(rows: goalRows, idColumn: "goal_id")
            .merging(CheckTable.pages(rows: table("activities.csv"), idColumn: "activity_id")) { a, _ in a }
        for i in results.indices where results[i].page == nil { results[i].page = pages[results[i].subject] }
        var ids: [String] = []
        for r in results where !ids.contains(r.programID) { ids.append(r.programID) }
        return ids.map { id in
            ProgramChecksToReport(id: id, checks: results.filter { $0.programID == id }, goals: goals[id] ?? [])
        }
    }
}
