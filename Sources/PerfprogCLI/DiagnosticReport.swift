/// Prints a reader's diagnostics (poppler's messages, pages without text) on stderr,
/// named as warnings and bounded, so that a damaged file cannot flood the terminal.
enum DiagnosticReport {
    /// More lines than this are summarised by a count.
    static let maximumLines = 20

    static func print(_ diagnostics: [String], command: String, console: Console) {
        for line in diagnostics.prefix(maximumLines) {
            console.err("perfprog \(command): warning: \(line)")
        }
        if diagnostics.count > maximumLines {
            console.err("perfprog \(command): warning: … and \(diagnostics.count - maximumLines) more")
        }
    }
}
