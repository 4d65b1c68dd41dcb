import PageLayout
import TableGeometry

/// A heading printed before a goal table instead of labelled rows: “A1 <aim>”, “H1.1 <goal>”.
struct GoalHeading {
    var code: String
    var title: String

    /// The letters that lead the code (“A”, “H”): headings of one level share them.
    var family: String { String(code.prefix { $0.isLetter }) }

    /// The headings of a band: headings set one under the other without space between them
    /// (“A1 …” over “H1.1 …”, a word processor's paragraphs without spacing) share a band, and
    /// each line that opens with a letter code starts one, when every part reads as a heading.
    static func readAll(_ band: RowBand) -> [GoalHeading] {
        let starts = band.lines.indices.filter { k in k == 0 || band.lines[k].words.first.map(opensHeading) == true }
        if starts.count > 1 {
            let parts = zip(starts, starts.dropFirst() + [band.lines.count]).map { from, to in
                RowBand(page: band.page, lines: Array(band.lines[from..<to]), separatedBy: band.separatedBy)
            }
            let headings = parts.compactMap(read)
            if headings.count == parts.count { return headings }
        }
        return read(band).map { [$0] } ?? []
    }

    private static func opensHeading(_ word: Word) -> Bool { RowKey.isCode(word.text) && word.text.first?.isLetter == true }

    /// The heading named before (`named`, each with the order it was named in) whose code's
    /// numbers open `goal`'s (“A1” of “H1.1”, “SA2” of “H2.3”), of another family than the
    /// goal's: the outermost (fewest numbers), then the latest. An overview that lists every
    /// aim before the goals, or aims out of order, still gives each goal its own.
    static func parent(of goal: GoalHeading, among named: [(heading: GoalHeading, order: Int)]) -> GoalHeading? {
        let numbers = CodeReader.numbers(goal.code)
        guard numbers.count > 1 else { return nil }
        return named.filter { entry in
            let own = CodeReader.numbers(entry.heading.code)
            return entry.heading.family != goal.family && !own.isEmpty && own.count < numbers.count && numbers.starts(with: own)
        }.min { a, b in
            let (na, nb) = (CodeReader.numbers(a.heading.code).count, CodeReader.numbers(b.heading.code).count)
            return na != nb ? na < nb : a.order > b.order
        }?.heading
    }

    static func read(_ band: RowBand) -> GoalHeading? {
        guard let first = band.lines.first?.words.first, opensHeading(first) else { return nil }
        // A dash between the code and the text (“SA1 – …”) is neither's.
        let rest = band.words.filter { $0 != first }.enumerated()
            .filter { k, w in !(k == 0 && LabelledRow.isDash(w.text)) }.map(\.element)
        let text = Cell(words: rest).text
        // At least two words (`text.split(separator: " ").count >= 2`, without splitting it all).
        let opening = text.drop { $0 == " " }
        let firstWord = opening.prefix { $0 != " " }
        guard !firstWord.isEmpty, opening.dropFirst(firstWord.count).contains(where: { $0 != " " }) else { return nil }
        return CodeReader.code(first.text).map { GoalHeading(code: $0, title: text) }
    }
}
