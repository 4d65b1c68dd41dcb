/// The text of a cell whose words wrap onto several lines, read as one.
public enum WrappedText {
    /// Lines joined with one space (runs of white space collapsed); a line ending in a hyphen
    /// after a letter joins a next line that starts with a letter directly, as the contract
    /// reads a word broken at a line end ("İfraz-" + "Tevhid" → "İfraz-Tevhid").
    public static func join(_ lines: [String]) -> String {
        var out = ""
        for raw in lines {
            let line = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !line.isEmpty else { continue }
            if out.isEmpty { out = line; continue }
            if out.hasSuffix("-"), out.dropLast().last?.isLetter == true, line.first?.isLetter == true { out += line } else { out += " " + line }
        }
        return out
    }
}
