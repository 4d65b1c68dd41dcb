import PageLayout
import TableGeometry

/// A heading printed before a goal table instead of labelled rows: “A1 <aim>”, “H1.1 <goal>”.
struct GoalHeading {
    var code: String
    var title: String

    /// The letters that lead the code (“A”, “H”): headings of one level share them.
    var family: String {
        // Asked of every heading named before each goal: an ASCII code's leading letters are its
        // leading ASCII letter bytes, up to an ASCII byte other than a letter (a byte outside ASCII
        // may join the letter before it into another character: read character by character).
        let bytes = code.utf8
        let end = bytes.firstIndex { $0 >= 0x80 || !(($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")) } ?? bytes.endIndex
        guard end == bytes.endIndex || bytes[end] < 0x80 else { return String(code.prefix { $0.isLetter }) }
        return String(code[..<end])
    }

    /// The headings of a band: headings set one under the other without space between them
    /// (“A1 …” over “H1.1 …”, a word processor's paragraphs without spacing) share a band, and
    /// each line that opens with a letter code starts one, when every part reads as a heading.
    static func readAll(_ band: RowBand) -> [GoalHeading] {
        let starts = band.lines.indices.filter { k in k == 0 || openingCode(band.lines[k].words) != nil }
        if starts.count > 1 {
            let parts = zip(starts, starts.dropFirst() + [band.lines.count]).map { from, to in
                RowBand(page: band.page, lines: Array(band.lines[from..<to]), separatedBy: band.separatedBy)
            }
            let headings = parts.compactMap(read)
            if headings.count == parts.count { return headings }
        }
        return read(band).map { [$0] } ?? []
    }

    private static func opensHeading(_ word: Word) -> Bool { CodeReader.isLetterCode(word.text) }

    /// The letter code a line opens with and how many words print it: “H1.1”, or its letters
    /// apart from its numbers (“PH 1.1.1”).
    private static func openingCode(_ words: [Word]) -> (code: String, words: Int)? {
        guard let first = words.first else { return nil }
        if opensHeading(first) { return CodeReader.levelCode(first.text).map { ($0, 1) } }
        guard words.count > 1, first.text.first?.isLetter == true else { return nil }
        return CodeReader.code(first.text, then: words[1].text).map { ($0, 2) }
    }

    /// The target among the headings named before, where each level has its letters (“SA1”, “SH1.1”,
    /// “PH1.1.1”): of a family other than the goal's and the aim's, its code's numbers opening the
    /// goal's and carrying more than the aim's; the innermost, then the latest.
    static func target(of goal: GoalHeading, aim: GoalHeading?, among named: [(heading: GoalHeading, order: Int)]) -> GoalHeading? {
        guard let aim else { return nil }
        let numbers = CodeReader.numbers(goal.code), aimCount = CodeReader.numbers(aim.code).count
        let (goalFamily, aimFamily) = (goal.family, aim.family)
        return named.map { (entry: $0, numbers: CodeReader.numbers($0.heading.code)) }.filter { e in
            e.numbers.count > aimCount && e.numbers.count < numbers.count && numbers.starts(with: e.numbers)
                && e.entry.heading.family != goalFamily && e.entry.heading.family != aimFamily
        }.max { ($0.numbers.count, $0.entry.order) < ($1.numbers.count, $1.entry.order) }?.entry.heading
    }

    /// The heading named before (`named`, each with the order it was named in) whose code's
    /// numbers open `goal`'s (“A1” of “H1.1”, “SA2” of “H2.3”), of another family than the
    /// goal's: the outermost (fewest numbers), then the latest. An overview that lists every
    /// aim before the goals, or aims out of order, still gives each goal its own.
    static func parent(of goal: GoalHeading, among named: [(heading: GoalHeading, order: Int)]) -> GoalHeading? {
        let numbers = CodeReader.numbers(goal.code)
        guard numbers.count > 1 else { return nil }
        let goalFamily = goal.family
        // Each heading's numbers read once, for the test and the order.
        let read: [(entry: (heading: GoalHeading, order: Int), own: [Int])] = named.map { ($0, CodeReader.numbers($0.heading.code)) }
        let opening = read.filter { e in
            !e.own.isEmpty && e.own.count < numbers.count && numbers.starts(with: e.own) && e.entry.heading.family != goalFamily
        }
        return opening.min { a, b in
            a.own.count != b.own.count ? a.own.count < b.own.count : a.entry.order > b.entry.order
        }?.entry.heading
    }

    static func read(_ band: RowBand) -> GoalHeading? {
        guard let firstLine = band.lines.first?.words, let (code, count) = openingCode(firstLine) else { return nil }
        let codeWords = firstLine.prefix(count)
        // A dash between the code and the text (“SA1 – …”) is neither's.
        let rest = band.words.filter { !codeWords.contains($0) }.enumerated()
            .filter { k, w in !(k == 0 && LabelledRow.isDash(w.text)) }.map(\.element)
        let text = Cell(words: rest).text
        // At least two words (`text.split(separator: " ").count >= 2`, without splitting it all).
        let opening = text.drop { $0 == " " }
        let firstWord = opening.prefix { $0 != " " }
        guard !firstWord.isEmpty, opening.dropFirst(firstWord.count).contains(where: { $0 != " " }) else { return nil }
        return GoalHeading(code: code, title: text)
    }
}
