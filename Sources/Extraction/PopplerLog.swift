import CGLib
import Foundation

/// Collects what GLib and poppler would print on the terminal, so that it reaches the
/// user as diagnostics of the file being read instead of raw library messages.
public final class PopplerLog: @unchecked Sendable {
    public static let shared = PopplerLog()
    private let lock = NSLock()
    private var messages: [String] = []
    /// The last messages received, kept across `drain`: readers on other threads drain the
    /// one process-wide log, so what one file's opening said is looked up here afterwards.
    private var recent: [String] = []
    /// How many messages `recent` keeps (a damaged file's flood is bounded by `append` too).
    static let recentLimit = 1024
    private var installed = false

    /// Installs the handler once per process; later calls do nothing.
    func install() {
        lock.lock(); defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        g_log_set_default_handler({ domain, _, message, _ in
            let text = message.map { String(cString: $0) } ?? ""
            let prefix = domain.map { String(cString: $0) + ": " } ?? ""
            PopplerLog.shared.append(prefix + text)
        }, nil)
        // g_printerr and g_print bypass the log handlers.
        g_set_printerr_handler { message in PopplerLog.shared.append(message.map { String(cString: $0) } ?? "") }
        g_set_print_handler { message in PopplerLog.shared.append(message.map { String(cString: $0) } ?? "") }
    }

    func append(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        // Bounded: a damaged file can make poppler complain once per object.
        if messages.count < 1000 { messages.append(message) }
        recent.append(message)
        // Trimmed in batches: a flood of messages costs no shift per message.
        if recent.count > 2 * Self.recentLimit { recent.removeFirst(recent.count - Self.recentLimit) }
    }

    /// The last messages received (at most `recentLimit`), whoever drained them since.
    public var recentMessages: [String] {
        lock.lock(); defer { lock.unlock() }
        return Array(recent.suffix(Self.recentLimit))
    }

    /// Returns and clears the messages collected so far.
    public func drain() -> [String] {
        // What the libraries wrote straight to stderr, when it is captured (LibraryOutput).
        for line in LibraryOutput.drain() { append(line) }
        lock.lock(); defer { lock.unlock() }
        // A broken font repeats one message per glyph run: each message once, with its count.
        var counts: [String: Int] = [:]
        var order: [String] = []
        for message in messages {
            if counts[message] == nil { order.append(message) }
            counts[message, default: 0] += 1
        }
        messages.removeAll()
        return order.map { counts[$0] == 1 ? $0 : "\($0) (\(counts[$0] ?? 0) times)" }
    }
}
