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
    /// `text` with every control character but a tab, those in `keeping` and the escapes perfprog
    /// writes itself (ESC "[" digits "m" for a colour, ESC "[2K" to clear the progress line)
    /// shown as `\xNN`: any other ESC, one in a file name ("\e]0;title\a", "\e[2J" clearing
    /// the screen), is shown as `\x1B` instead of reaching the terminal.
    static func oneLine(_ text: String, keeping: Set<UInt32> = []) -> String {
        func shown(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 0x20 && scalar.value != 0x7F) || scalar.value == 0x09 || keeping.contains(scalar.value)
        }
        guard !text.unicodeScalars.allSatisfy(shown) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        for (k, scalar) in scalars.enumerated() {
            if shown(scalar) || (scalar.value == 0x1B && isOwnEscape(scalars[(k + 1)...])) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// Whether what follows an ESC is one of perfprog's own escapes: "[" then digits and ";"
    /// ending in "m" (a colour) or "K" (clearing the line).
    private static func isOwnEscape(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard rest.first == "[" else { return false }
        for scalar in rest.dropFirst() {
            switch scalar {
            case "0"..."9", ";": continue
            case "m", "K": return true
            default: return false
            }
        }
        return false
    }
}
