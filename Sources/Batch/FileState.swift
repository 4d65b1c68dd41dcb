import Dataset
import Extraction
import Recognition
import Foundation

/// What a build knows about one input file while it runs.
struct FileState {
    var path: String
    var sha256: String?
    var status: BuildReport.Status = .ok
    var parsed: ParsedProgram?
    var duration: Double = 0
    var peakMemoryKB: Int?
    var error: String?
    var note: String?
    var published = false
    /// The program whose previous version stays published because this file failed.
    var keptPrevious: String?

    init(path: String) { self.path = path }

    mutating func fail(_ message: String) {
        status = .failed
        error = message
        published = false
    }

    /// A parse from the cache: the same bytes were parsed before by this parser version.
    mutating func adopt(_ cached: CachedParse) {
        if let parsed = cached.parsed {
            self.parsed = parsed
            status = .skippedUnchanged
        } else {
            fail(cached.failureMessage(for: path) ?? "\(path): cached without a result")
            note = "unchanged since this failure was cached; not parsed again (--no-cache retries)"
        }
    }

    /// Makes the program this file's (a cached parse may come from a copy under another
    /// name) and fails the file if its program would break the dataset's keys or types.
    /// `checked` holds the problems of the programs validated so far, by the files' SHA-256:
    /// the same bytes give the same program, whatever the file's name.
    mutating func adoptAndValidate(checked: inout [String: [String]]) {
        guard var program = parsed?.program else { return }
        program.sourceFile = PathName.display(URL(fileURLWithPath: path).lastPathComponent)
        if let sha256 { program.sourceSHA256 = sha256 }
        parsed?.program = program
        guard let parsed, status != .failed else { return }
        let problems = sha256.flatMap { checked[$0] } ?? ProgramValidation.problems(parsed)
        if let sha256 { checked[sha256] = problems }
        if !problems.isEmpty {
            fail("\(path): the parsed program breaks the dataset's rules: " + problems.joined(separator: "; "))
        }
    }

    mutating func record(_ run: WorkerRun) {
        duration = run.duration
        switch run.outcome {
        case .finished(let result):
            peakMemoryKB = result.peakMemoryKB
            if let parsed = result.parsed {
                self.parsed = parsed
                status = .ok
            } else {
                fail(result.failure?.message ?? "\(path): the worker reported neither a program nor a failure")
            }
        case .crashed(let reason):
            fail("\(path): \(reason)")
        case .timedOut(let seconds):
            fail("\(path): timed out after \(Self.format(seconds)) s; the worker was stopped")
        case .launchFailed(let reason):
            fail("\(path): \(reason)")
        }
    }

    /// The file's entry in the report; `counted` holds the tables' row counts of the
    /// programs counted so far, by the files' SHA-256 (the same bytes, the same rows).
    func entry(counted: inout [String: [String: Int]]) -> BuildReport.FileEntry {
        let counts = parsed.map { parsed in
            sha256.flatMap { counted[$0] } ?? Dictionary(uniqueKeysWithValues: DatasetTables.all.map { table in
                (table.name, DatasetTables.rows(table, program: parsed.program, checks: parsed.checks).count)
            })
        }
        if let sha256, let counts { counted[sha256] = counts }
        let failedChecks = (parsed?.checks ?? []).filter { $0.status == .mismatch }.map { c in
            let goal = parsed?.program.goals.first { g in
                let id = Identifiers.goalID(program: c.programID, goalNo: g.no)
                return c.subject == id || c.subject.hasPrefix(id + "/")
            }
            return BuildReport.FailedCheck(
                check: c.check, subject: c.subject, expected: c.expected, actual: c.actual,
                goalID: goal.map { Identifiers.goalID(program: c.programID, goalNo: $0.no) }, goalTitle: goal?.title,
                page: c.page, detail: c.detail.isEmpty ? nil : c.detail)
        }
        var diagnostics = Array((parsed?.diagnostics ?? []).prefix(BuildReport.maxDiagnostics))
        let more = (parsed?.diagnostics.count ?? 0) - diagnostics.count
        if more > 0 { diagnostics.append("… and \(more) more") }
        // Names that are not UTF-8 are shown escaped (PathName), here and in messages.
        return BuildReport.FileEntry(
            path: PathName.display(path), sha256: sha256, status: status, programID: parsed?.program.id,
            counts: counts, checksFailed: failedChecks, durationSeconds: DatasetBuild.rounded(duration),
            peakMemoryKB: peakMemoryKB, published: published, error: error.map(PathName.display),
            note: note.map(PathName.display), keptPrevious: keptPrevious, diagnostics: diagnostics.map(PathName.display),
            activitiesTotal: parsed.map { p in
                p.program.goals.flatMap(\.activities).map { $0.total ?? (($0.budget ?? .zero) + ($0.offBudget ?? .zero)) }.sum().description
            },
            leftUnread: parsed.map { $0.diagnostics.filter(LeftUnread.isUnread).map(PathName.display) })
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
