import Batch
import Dataset
import Foundation

/// Shows a build's progress on stderr: one updating line on a terminal, plain lines
/// otherwise (logs), nothing with `--quiet`; then a short summary.
final class BuildProgressPrinter {
    private let console: Console
    private let quiet: Bool
    private var lineShown = false
    private var total = 0
    private var done = 0
    private var failures = 0

    /// Long paths are cut from the left so the line fits an 80-column terminal.
    static let maxPathWidth = 50

    init(console: Console, quiet: Bool) {
        self.console = console
        self.quiet = quiet
    }

    func show(_ event: BuildEvent) {
        // Said even with --quiet, as failures are.
        if case .warning(let text) = event {
            clear()
            console.err("perfprog build: warning: \(text)")
            return
        }
        guard !quiet else { return }
        switch event {
        case .planned(let total):
            self.total = total
            if !console.stderrIsTerminal { console.err("perfprog build: \(total) file\(total == 1 ? "" : "s")") }
        case .started(let path):
            if console.stderrIsTerminal { update(current: path) }
        case .finished(let path, let status, let done, let total, let failures):
            self.done = done
            self.total = total
            self.failures = failures
            if console.stderrIsTerminal {
                update(current: path)
            } else {
                console.err("[\(done)/\(total)] \(status.rawValue) \(path)")
            }
        case .publishing:
            if console.stderrIsTerminal { update(current: "writing the dataset") }
        case .warning: break
        }
    }

    private func update(current: String) {
        // Cut after it is made visible: an escape shown as \x1B is never cut in two.
        let shown = Console.visible(current)
        let name = shown.count > Self.maxPathWidth ? "…" + shown.suffix(Self.maxPathWidth - 1) : shown
        // \r and erase-line: the same line is redrawn (no colour codes unless allowed).
        console.control(Console.clearLine)
        console.errRaw("[\(done)/\(total)")
        if failures > 0 {
            if console.useColor { console.control("\u{1B}[31m") }
            console.errRaw(", \(failures) failed")
            if console.useColor { console.control("\u{1B}[0m") }
        }
        console.errRaw("] \(name)")
        lineShown = true
    }

    func clear() {
        if lineShown { console.control(Console.clearLine) }
        lineShown = false
    }

    func summary(_ report: BuildReport) {
        let failed = report.files.filter { $0.status == .failed }
        for file in failed {
            console.err(label: "failed", colour: "31", ": " + (file.error ?? file.path))
        }
        if let reason = report.notPublished { console.err("perfprog build: nothing published: \(reason)") }
        // A program leaving the dataset is said even with --quiet: it is data gone.
        for removal in report.notPublished == nil ? (report.changes?.removed ?? []) : [] {
            console.err(label: "left the dataset", colour: "33", ": \(removal.programID): \(removal.reason)")
        }
        guard !quiet else { return }
        let parsed = report.filesOK
        // Not "0 programs published" when nothing was: the previous dataset stands.
        let published = report.notPublished != nil ? "nothing"
            : "\(report.programs.count) program\(report.programs.count == 1 ? "" : "s")"
        var line = "perfprog build: \(published) "
            + "published in \(report.output) from \(report.files.count) file\(report.files.count == 1 ? "" : "s") "
            + "(\(parsed) parsed, \(report.filesUnchanged) unchanged, \(report.filesFailed) failed) "
            + "in \(DisplayNumber.seconds(report.durationSeconds))"
        if !report.keptPrevious.isEmpty { line += "; kept as before: \(report.keptPrevious.joined(separator: ", "))" }
        console.err(line)
        if let changes = report.changes, report.notPublished == nil {
            var parts: [String] = []
            if !changes.added.isEmpty { parts.append("added \(changes.added.joined(separator: ", "))") }
            if !changes.updated.isEmpty { parts.append("updated (new PDF) \(changes.updated.joined(separator: ", "))") }
            if !changes.removed.isEmpty { parts.append("removed \(changes.removed.map(\.programID).joined(separator: ", "))") }
            console.err("since the last build: " + (parts.isEmpty ? "no program added, removed or updated" : parts.joined(separator: "; ")))
        }
        failedChecks(report)
        // The report there is the last build's when this one published nothing.
        if report.notPublished == nil { console.err("report: \(report.output)/\(BuildReport.pageFileName)") }
    }

    /// At most this many failed checks are listed in the summary; the rest are counted.
    static let listedChecks = 10
    /// Goal titles in the summary are cut to this many characters (one line per check).
    static let goalTitleWidth = 48

    /// Each failed check with its program, goal, page and the stated and re-added amounts;
    /// then where to find them all.
    private func failedChecks(_ report: BuildReport) {
        let failed = report.files.filter(\.published).flatMap { file in
            file.checksFailed.map { (program: file.programID ?? file.path, check: $0) }
        }
        guard !failed.isEmpty else { return }
        let count = failed.count == 1 ? "1 check" : "\(failed.count) checks"
        console.err("\(count) of the documents' own arithmetic failed" + (failed.count > Self.listedChecks ? "; the first \(Self.listedChecks):" : ":"))
        for (program, c) in failed.prefix(Self.listedChecks) { console.err("  " + Self.describe(c, program: program)) }
        let more = failed.count > Self.listedChecks ? "\(failed.count - Self.listedChecks) more in report.html; " : ""
        console.err("  \(more)all of them, grouped by goal: perfprog check \(report.output)")
    }

    /// `kayseri-…-2024 goal G3 “Title”, page 12: goal_total (budget): stated 1.234,00 TL, found 1.230,00 TL`.
    static func describe(_ c: BuildReport.FailedCheck, program: String) -> String {
        var where_ = program
        if let goal = c.goalID {
            where_ += " goal " + (goal.split(separator: "/").last.map(String.init) ?? goal)
            if let title = c.goalTitle, !title.isEmpty {
                let cut = title.count > goalTitleWidth ? String(title.prefix(goalTitleWidth - 1)) + "…" : title
                where_ += " “\(cut)”"
            }
        }
        where_ += c.page.map { ", page \($0)" } ?? ""
        let what = c.check + (c.detail.map { " (\($0))" } ?? "")
        return "\(where_): \(what): stated \(DisplayNumber.checkValue(c.expected, check: c.check)), "
            + "found \(DisplayNumber.checkValue(c.actual, check: c.check))"
    }
}
