import Extraction
import Foundation

/// Where a command writes: stdout for results, stderr for errors, progress and summaries.
/// Messages show file names that are not UTF-8 escaped (`PathName.display`).
struct Console: @unchecked Sendable {
    var out: (String) -> Void = { StandardStream.output.write($0 + "\n") }
    var err: (String) -> Void = { StandardStream.error.write(PathName.display($0) + "\n") }
    /// Text without a line break (the progress line redrawn in place).
    var errRaw: (String) -> Void = { StandardStream.error.write(PathName.display($0)) }
    /// Whether stderr is a terminal (for one updating progress line instead of plain lines).
    var stderrIsTerminal: Bool = isatty(2) == 1
    /// NO_COLOR (https://no-color.org) turns colour off whatever the terminal.
    var useColor: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
