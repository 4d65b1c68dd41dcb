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
        let before = Array(words[..<open])
        guard LabelledRow.hasText(before) else { return nil }
        // A numbered table's caption (“Tablo 4: Faaliyetler (Performans Hedefi 1.1)”) names the
        // table it stands over, and the goal only by its code: the goal's text is printed elsewhere.
        let text = namesNumberedTable(before) ? "" : Cell(words: before).text
        return LabelledRow(label: label, labelCode: code, value: text, page: band.page, form: .caption)
    }

    /// Whether a caption names a numbered table and no goal's text (`read` gives it no value).
    static func namesTableOnly(_ band: RowBand) -> Bool {
        read(band).map { $0.value.isEmpty } ?? false
    }

    /// Words opening with a table's word and its number (“Tablo 4:”, “Tablo 2.3.1 –”).
    static func namesNumberedTable(_ words: [Word]) -> Bool {
        guard words.count >= 2, Lexicon.isWord(words[0].text, .titleWord, .title) else { return false }
        let number = words[1].text.drop { $0 == "(" }.prefix { $0 != ":" && $0 != ")" }
        return !number.isEmpty && number.first?.isNumber == true && number.allSatisfy { $0.isNumber || $0 == "." }
    }
}
