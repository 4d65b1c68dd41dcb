import Extraction
import Foundation

/// Where a command writes: stdout for results, stderr for errors, progress and summaries.
/// Messages show file names that are not UTF-8 escaped (`PathName.display`), and each is one
/// line: a control character in it (a file named with a line break) is shown as `\x0A`, so a
/// log read line by line sees one line per message (a name with a line break made two).
struct Console: @unchecked Sendable {
    var out: (String) -> Void = { StandardStream.output.write($0 + "\n") }
    var err: (String) -> Void = { StandardStream.error.write(Console.oneLine(PathName.display($0)) + "\n") }
    /// Text without a line break (the progress line redrawn in place: its own \r kept).
    var errRaw: (String) -> Void = { StandardStream.error.write(Console.oneLine(PathName.display($0), keeping: [0x0D])) }
    /// Whether stderr is a terminal (for one updating progress line instead of plain lines).
    var stderrIsTerminal: Bool = isatty(2) == 1
    /// NO_COLOR (https://no-color.org) turns colour off whatever the terminal.
    var useColor: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

extension Console {
    /// `text` with every control character but a tab and ESC (the colours' and the progress
    /// line's escapes) and those in `keeping` shown as `\xNN`.
    static func oneLine(_ text: String, keeping: Set<UInt32> = []) -> String {
        func shown(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 0x20 && scalar.value != 0x7F) || scalar.value == 0x09 || scalar.value == 0x1B
                || keeping.contains(scalar.value)
        }
        guard !text.unicodeScalars.allSatisfy(shown) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if shown(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
