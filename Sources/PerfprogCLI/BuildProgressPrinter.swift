import Batch
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
        }
    }

    private func update(current: String) {
        let failed = failures == 0 ? "" : paint(", \(failures) failed", code: "31")
        let name = current.count > Self.maxPathWidth ? "…" + current.suffix(Self.maxPathWidth - 1) : current
        // \r and erase-line: the same line is redrawn (no colour codes unless allowed).
        console.errRaw("\r\u{1B}[2K[\(done)/\(total)\(failed)] \(name)")
        lineShown = true
    }

    func clear() {
        if lineShown { console.errRaw("\r\u{1B}[2K") }
        lineShown = false
    }

    func summary(_ report: BuildReport) {
        let failed = report.files.filter { $0.status == .failed }
        for file in failed {
            console.err(paint("failed", code: "31") + ": " + (file.error ?? file.path))
        }
        if let reason = report.notPublished { console.err("perfprog build: nothing published: \(reason)") }
        guard !quiet else { return }
        let parsed = report.filesOK
        var line = "perfprog build: \(report.programs.count) program\(report.programs.count == 1 ? "" : "s") "
            + "published in \(report.output) from \(report.files.count) file\(report.files.count == 1 ? "" : "s") "
            + "(\(parsed) parsed, \(report.filesUnchanged) unchanged, \(report.filesFailed) failed) "
            + "in \(String(format: "%.1f", report.durationSeconds)) s"
        if !report.keptPrevious.isEmpty { line += "; kept as before: \(report.keptPrevious.joined(separator: ", "))" }
        console.err(line)
        let checks = report.files.reduce(0) { $0 + $1.checksFailed.count }
        if checks > 0 { console.err("\(checks) check\(checks == 1 ? "" : "s") failed (see report.json)") }
    }

    private func paint(_ text: String, code: String) -> String {
        console.useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
