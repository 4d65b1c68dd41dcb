import PageLayout
import TableGeometry

/// A heading printed before a goal table instead of labelled rows: “A1 <aim>”, “H1.1 <goal>”.
struct GoalHeading {
    var code: String
    var title: String

    /// The letters that lead the code (“A”, “H”): headings of one level share them.
    var family: String { String(code.prefix { $0.isLetter }) }

    static func read(_ band: RowBand) -> GoalHeading? {
        guard let first = band.lines.first?.words.first, RowKey.isCode(first.text),
              first.text.first?.isLetter == true else { return nil }
        // A dash between the code and the text (“SA1 – …”) is neither's.
        let rest = band.words.filter { $0 != first }.enumerated()
            .filter { k, w in !(k == 0 && LabelledRow.isDash(w.text)) }.map(\.element)
        let text = Cell(words: rest).text
        guard text.split(separator: " ").count >= 2 else { return nil }
        return CodeReader.code(first.text).map { GoalHeading(code: $0, title: text) }
    }
}
