import Dataset
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

    init(path: String) { self.path = path }

    mutating func fail(_ message: String) {
        status = .failed
        error = message
        published = false
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

    var entry: BuildReport.FileEntry {
        let counts = parsed.map { parsed in
            Dictionary(uniqueKeysWithValues: DatasetTables.all.map { table in
                (table.name, DatasetTables.rows(table, program: parsed.program, checks: parsed.checks).count)
            })
        }
        let failedChecks = (parsed?.checks ?? []).filter { $0.status == .mismatch }.map {
            BuildReport.FailedCheck(check: $0.check, subject: $0.subject, expected: $0.expected, actual: $0.actual)
        }
        var diagnostics = Array((parsed?.diagnostics ?? []).prefix(BuildReport.maxDiagnostics))
        let more = (parsed?.diagnostics.count ?? 0) - diagnostics.count
        if more > 0 { diagnostics.append("… and \(more) more") }
        return BuildReport.FileEntry(
            path: path, sha256: sha256, status: status, programID: parsed?.program.id, counts: counts,
            checksFailed: failedChecks, durationSeconds: DatasetBuild.rounded(duration), peakMemoryKB: peakMemoryKB,
            published: published, error: error, note: note, diagnostics: diagnostics)
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
