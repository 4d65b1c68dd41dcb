import PageLayout
import TableGeometry

/// An entry of a table of contents (İçindekiler, Tablolar Listesi): a section, an aim, a goal
/// or a table named with leader dots running to its page number. It names them only to find
/// them: no goal context, no heading, no table starts there.
enum ContentsEntry {
    /// Leader dots: at least this many in a row (a sentence's ellipsis has three).
    static let leader: StaticString = "...."

    /// Whether a line of the band runs leader dots to a page number.
    static func isEntry(_ band: RowBand) -> Bool {
        band.lines.contains(where: isEntry)
    }

    static func isEntry(_ line: TextLine) -> Bool {
        guard let last = line.words.last?.text, !last.isEmpty, last.allSatisfy(\.isNumber) else { return false }
        return TextBytes.plainContains(line.text, leader) ?? line.text.contains(String(describing: leader))
    }
}
