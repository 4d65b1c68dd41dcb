import Foundation

/// poppler and cairo write some messages straight to stderr, past every GLib handler
/// (poppler's cairo font engine prints "some font thing failed" once per glyph run of a
/// broken font, its allocator "Out of memory"). `capture()` points descriptor 2 at a pipe:
/// what the libraries write there becomes diagnostics of the file being read
/// (`PopplerLog.drain`), and perfprog's own messages go to the real stderr, `terminal`.
///
/// The pipe's write end does not block: a library that writes more than the pipe holds
/// (64 KiB) between two reads loses the rest instead of stopping the process.
public enum LibraryOutput {
    /// The real stderr (a copy made by `capture()`); 2 until then.
    public nonisolated(unsafe) private(set) static var terminal: Int32 = STDERR_FILENO
    /// The pipe's read end, or -1 before `capture()`.
    nonisolated(unsafe) static var captured: Int32 = -1
    private static let lock = NSLock()

    /// Captures descriptor 2 once per process; returns the real stderr. Later calls return it again.
    @discardableResult
    public static func capture() -> Int32 {
        lock.lock(); defer { lock.unlock() }
        guard captured < 0 else { return terminal }
        var ends: [Int32] = [0, 0]
        let copy = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3)
        guard copy >= 0, pipe(&ends) == 0 else { return STDERR_FILENO }
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        guard dup2(ends[1], STDERR_FILENO) == STDERR_FILENO else {
            close(ends[0]); close(ends[1]); close(copy)
            return STDERR_FILENO
        }
        close(ends[1])
        terminal = copy
        captured = ends[0]
        return copy
    }

    /// The lines written to descriptor 2 since the last call (none before `capture()`).
    static func drain() -> [String] {
        lock.lock(); defer { lock.unlock() }
        guard captured >= 0 else { return [] }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(captured, $0.baseAddress, $0.count) }
            if n > 0 { bytes += buffer.prefix(n); continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
