import Batch
import DatasetIO
import Foundation

/// What a long command is doing, on stderr: one line redrawn in place on a terminal, plain
/// lines otherwise (logs), nothing with `--quiet`; and a `wrote FILE` line per file written.
/// stdout stays the command's result alone.
final class CommandProgress {
    private let console: Console
    private let command: String
    private let quiet: Bool
    private var lineShown = false

    init(console: Console, command: String, quiet: Bool) {
        self.console = console
        self.command = command
        self.quiet = quiet
    }

    /// `reading 2024.pdf`, `comparing`, … (the step now under way).
    func step(_ text: String) {
        guard !quiet else { return }
        if console.stderrIsTerminal {
            console.control(Console.clearLine)
            console.errRaw("perfprog \(command): \(text)…")
            lineShown = true
        } else {
            console.err("perfprog \(command): \(text)")
        }
    }

    /// Removes the in-place line (before results, warnings or errors are printed).
    func clear() {
        if lineShown { console.control(Console.clearLine) }
        lineShown = false
    }

    func wrote(_ path: String) {
        clear()
        guard !quiet else { return }
        console.err("wrote \(path)")
    }
}

/// Where one output file goes: a path, or stdout for `-` (as pdftotext and sqlite3 take it).
enum OutputTarget {
    static let stdout = "-"

    /// Writes `data` to `path` (atomically) or to stdout; says so on `progress` for a file.
    static func write(_ data: Data, to path: String, progress: CommandProgress?) throws {
        if path == stdout {
            progress?.clear()
            StandardStream.output.write(bytes: Array(data))
            return
        }
        // Replaced whole (a temporary file renamed over: WholeFile) only where a regular file or
        // nothing stands, a link followed to its target: renaming over /dev/stdout or another
        // device would replace the device itself, over a link the link. Into a device, written.
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        let special = stat(target, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
        do {
            if special {
                try data.write(to: URL(fileURLWithPath: target))
            } else {
                try WholeFile.replace(URL(fileURLWithPath: target), with: data)
            }
        } catch {
            throw CommandError.output("\(path): cannot be written (\(FileFailure.describe(error, file: target)))")
        }
        progress?.wrote(path)
    }
}
