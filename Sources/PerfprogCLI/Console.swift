import Foundation

/// Where a command writes: stdout for results, stderr for errors, progress and summaries.
struct Console: @unchecked Sendable {
    var out: (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
    var err: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    /// Whether stderr is a terminal (for one updating progress line instead of plain lines).
    var stderrIsTerminal: Bool = isatty(2) == 1
    /// NO_COLOR (https://no-color.org) turns colour off whatever the terminal.
    var useColor: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
