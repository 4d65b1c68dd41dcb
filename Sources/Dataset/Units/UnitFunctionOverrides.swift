import Foundation

/// The analyst's own unit → function entries (`perfprog build --unit-functions FILE`), read
/// from a tab-separated text file, one entry a line:
///
///     # comment lines and blank lines are ignored
///     Kent Estetiği<TAB>06.2<TAB>our Kent Estetiği does urban design
///     Fen İşleri Dairesi Başkanlığı<TAB>04.5
///     Etüt ve Projeler<TAB>-<TAB>keep it unclassified
///
/// Column 1: a unit's name, or words of unit names, matched like a lexicon entry (case,
/// Turkish letters and abbreviations do not matter); column 2: a function code of
/// `FunctionalClass` (level 1 `01`…`10` or a listed level 2), or `-` for none; column 3
/// (optional): why. A unit an override matches takes its class (the longest matching
/// override; ties: the earlier line) before the lexicon is asked; the dataset records
/// `override:<file name>` as its rule.
public struct UnitFunctionOverrides: Sendable {
    public struct Entry: Sendable {
        public let phrase: String
        public let function: FunctionalClass?
        public let reason: String
        public let line: Int
    }

    /// Why an override file could not be used, naming the file and line.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The file's name without directories (the rule written into the dataset does not
    /// depend on where the build ran).
    public let fileName: String
    public let entries: [Entry]

    public init(fileName: String, entries: [Entry]) {
        self.fileName = fileName
        self.entries = entries
    }

    public static func load(_ url: URL) throws(ReadError) -> UnitFunctionOverrides {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "a directory" : "not UTF-8 text"
            throw ReadError(description: "\(url.path): cannot be read (\(reason))")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws(ReadError) -> UnitFunctionOverrides {
        var entries: [Entry] = []
        // Split at each line feed: in a Swift String "\r\n" is one Character, so a file with
        // CRLF lines was one line (refused as such, or skipped whole as a comment).
        for (offset, scalars) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(String(String.UnicodeScalarView(scalars)))
            if line.hasSuffix("\r") { line = line.dropLast() }
            if offset == 0 && line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let number = offset + 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { TextNormalization.collapse(String($0)) }
            guard fields.count >= 2, fields.count <= 3 else {
                throw ReadError(description: "\(path):\(number): expected NAME<TAB>CODE[<TAB>REASON], got \(fields.count) field(s)")
            }
            let phrase = fields[0], code = fields[1]
            guard !UnitName.foldedWords(phrase).isEmpty else {
                throw ReadError(description: "\(path):\(number): the unit name is empty")
            }
            let function: FunctionalClass?
            if code == "-" {
                function = nil
            } else if let known = FunctionalClass(code: code) {
                function = known
            } else {
                let codes = FunctionalClass.all.map(\.code).joined(separator: " ")
                throw ReadError(description: "\(path):\(number): unknown function code '\(code)' (use - or one of: \(codes))")
            }
            entries.append(Entry(phrase: phrase, function: function, reason: fields.count == 3 ? fields[2] : "", line: number))
        }
        return UnitFunctionOverrides(fileName: URL(fileURLWithPath: path).lastPathComponent, entries: entries)
    }
}
