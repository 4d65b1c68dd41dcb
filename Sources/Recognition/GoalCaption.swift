import PageLayout
import TableGeometry

/// A caption naming the goal (or aim, or target) of the table under it after its text, in
/// brackets: “İlgili kanun … yapmak. (Performans Hedefi H1.1)”.
enum GoalCaption {
    static func read(_ band: RowBand) -> LabelledRow? {
        let words = band.lines.flatMap(\.words)
        guard let last = words.last, last.text.hasSuffix(")"),
              let open = words.lastIndex(where: { $0.text.hasPrefix("(") }), open > 0 else { return nil }
        // The bracket's words: a level's label, then its code.
        var inside = words[open...].map(\.text)
        inside[0].removeFirst()
        inside[inside.count - 1].removeLast()
        guard inside.count >= 2, let code = CodeReader.levelCode(inside[inside.count - 1]) else { return nil }
        let folded = Lexicon.foldEach(Array(inside.dropLast()))
        guard let label = GoalContext.levels.first(where: { Lexicon.leads(folded, at: 0, $0.concept, .rowLabel) == folded.count }) else {
            return nil
        }
        let text = Cell(words: Array(words[..<open])).text
        guard LabelledRow.hasText(Array(words[..<open])) else { return nil }
        return LabelledRow(label: label, labelCode: code, value: text, page: band.page, form: .caption)
    }
}
