import Foundation

/// Names the signals a crashing worker usually dies of.
enum SignalName {
    static func describe(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGILL: "SIGILL",
                                      SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP",
                                      SIGINT: "SIGINT", SIGPIPE: "SIGPIPE"]
        return names[signal].map { "\($0) (signal \(signal))" } ?? "signal \(signal)"
    }
}

/// The last lines a worker printed on stderr, for the report's error.
enum StderrTail {
    /// Enough to see a crash message, short enough for one report field.
    static let maxLines = 3
    static let maxCharacters = 400

    static func read(_ file: URL) -> String {
        guard let data = try? Data(contentsOf: file), !data.isEmpty else { return "" }
        let text = String(decoding: data.suffix(8192), as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return String(lines.suffix(maxLines).joined(separator: " | ").suffix(maxCharacters))
    }

    /// The worker's own account of why it stopped (`FatalSignal`: "stopped: over the memory
    /// limit of 512 MB …"), when its last line gives one.
    static func verdict(_ file: URL) -> String? {
        guard let data = try? Data(contentsOf: file), !data.isEmpty else { return nil }
        let text = String(decoding: data.suffix(1024), as: UTF8.self)
        guard let last = text.split(whereSeparator: \.isNewline).last, last.hasPrefix("stopped: ") else { return nil }
        return String(last)
    }
}
