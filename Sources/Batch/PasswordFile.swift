import Foundation

/// `perfprog build --passwords FILE`: the passwords of encrypted inputs, one per line as
/// `NAME=PASSWORD`, where NAME is the PDF's file name (`2024.pdf`) or its path as given;
/// blank lines and lines starting with `#` are skipped. Passwords live in a file (readable
/// by its owner only, ideally) rather than on the command line, where every user of the
/// machine sees them in the process list; workers get theirs in their environment.
public struct PasswordFile: Sendable, Equatable {
    public private(set) var entries: [String: String] = [:]

    /// The variable a worker process reads its file's password from.
    public static let environmentVariable = "PERFPROG_PASSWORD"

    public init(entries: [String: String]) { self.entries = entries }

    public init(contentsOf path: String) throws(BuildError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .usage("the passwords file cannot be read: \(FileFailure.describe(error, file: path))")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), path: path)
    }

    init(text: String, path: String) throws(BuildError) {
        // Split at each line feed: in a Swift String "\r\n" is one Character, so splitting at
        // "\n" left a file with CRLF lines (Windows Notepad's) one line, read as its first
        // (a comment: no password at all; or the first name with the rest as its password).
        for (index, scalars) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(String(String.UnicodeScalarView(scalars)))
            if line.hasSuffix("\r") { line = line.dropLast() }
            // A byte-order mark (Notepad's UTF-8) is no part of the first name.
            if index == 0 && line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            // The name never holds `=`; a password may.
            guard let eq = line.firstIndex(of: "="), !line[..<eq].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .usage("\(path):\(index + 1): expected NAME=PASSWORD")
            }
            entries[line[..<eq].trimmingCharacters(in: .whitespaces)] = String(line[line.index(after: eq)...])
        }
    }

    /// The password for an input: by its path as given, else by its file name.
    public func password(for path: String) -> String? {
        entries[path] ?? entries[URL(fileURLWithPath: path).lastPathComponent]
    }
}
