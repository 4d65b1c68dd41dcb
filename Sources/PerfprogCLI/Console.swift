import Extraction
import Foundation

/// Where a command writes: stdout for results, stderr for errors, progress and summaries.
/// Every message on stderr is shown visibly (`visible`): file names that are not UTF-8 as
/// `\xNN`, and every control character (a line break, CR, ESC, a C1 control, a bidi
/// override) escaped, so a log read line by line sees one line per message and a file name
/// never drives the terminal. perfprog's own escapes (colour, redrawing the progress line)
/// go through `control` alone, never inside a message: a name holding "\e[31m" or "\r" was
/// taken for one of them and reached the terminal.
struct Console: @unchecked Sendable {
    var out: (String) -> Void = { StandardStream.output.write($0 + "\n") }
    var err: (String) -> Void = { StandardStream.error.write(Console.visible($0) + "\n") }
    /// Text without a line break (a part of the progress line), shown as `err` shows it.
    var errRaw: (String) -> Void = { StandardStream.error.write(Console.visible($0)) }
    /// perfprog's own terminal escapes ("\r\e[2K", a colour), written as they are.
    var control: (String) -> Void = { StandardStream.error.write($0) }
    /// Whether stderr is a terminal (for one updating progress line instead of plain lines):
    /// the real stderr, `LibraryOutput.terminal` (descriptor 2 is the libraries' pipe by now,
    /// so asking it said "no terminal" on every terminal).
    var stderrIsTerminal: Bool = isatty(LibraryOutput.terminal) == 1
    /// NO_COLOR (https://no-color.org) turns colour off whatever the terminal.
    var useColor: Bool = isatty(LibraryOutput.terminal) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

extension Console {
    /// Clears the line the progress is redrawn on (a terminal only).
    static let clearLine = "\r\u{1B}[2K"

    /// A line of stderr: `label` painted in colour `code` (when colour is on), then `text`.
    func err(label: String, colour code: String, _ text: String) {
        guard useColor else { return err(label + text) }
        control("\u{1B}[\(code)m")
        errRaw(label)
        control("\u{1B}[0m")
        err(text)
    }

    /// `text` as it may reach a terminal or a log: file names that are not UTF-8 as `\xNN`
    /// (`PathName.display`), and each control character but a tab — C0, DEL, C1 (U+0080…U+009F,
    /// an 8-bit CSI among them), the bidi embeddings, overrides and isolates that reorder a line
    /// as shown, the line and paragraph separators — as the `\xNN` of its UTF-8 bytes.
    static func visible(_ text: String) -> String {
        let text = PathName.display(text)
        guard !text.unicodeScalars.allSatisfy(shown) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if shown(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            }
        }
        return out
    }

    /// Whether a character is shown as itself.
    private static func shown(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return true
        case 0x00..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }
}
