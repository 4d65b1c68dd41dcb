import Foundation

/// The process's peak resident set size (VmHWM in /proc/self/status), in kB.
public enum PeakMemory {
    public static func currentProcessKB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return kilobytes(field: "VmHWM", in: status)
    }

    /// Reads a `Name:   1234 kB` line of a /proc status text.
    static func kilobytes(field: String, in status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let number = line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            return number.flatMap { Int($0) }
        }
        return nil
    }
}
