import PageLayout
import TableGeometry

/// The domain tables, told by their printed titles.
public enum TableKind: String, Sendable {
    case goal = "goal table"
    case cost = "cost table"
    case administrationSummary = "administration summary"
    case resourceSummary = "resource summary"

    /// A title line is short: the title and maybe a section number or a year.
    static let maximumExtraWords = 3

    /// Every title names a table (“… Tablosu”) or the resource need (“… İhtiyacı”); a line
    /// with neither word is not folded at all (this runs for every line of the document).
    /// `folded`: the line's text folded, where the caller has it.
    static func mayBeTitle(_ line: TextLine, folded: String? = nil) -> Bool {
        // The line folded once rules out most lines before their words are cut and folded
        // one by one (a title word's folded prefix opens one of the line's folded words).
        line.words.count <= maximumTitleWords && titleWordOpenings.occur(in: folded ?? Lexicon.fold(line.text)) && line.words.contains { w in
            Lexicon.names(.titleWord, .title, Lexicon.fold(leadingCharacters(w.text, titleWordPrefix)), .whole)
        }
    }

    /// `String(text.prefix(n))`, cut at a byte offset where the first n + 1 scalars all lie
    /// below U+0300 and none of the first n is a carriage return: each of those scalars is
    /// then a character of its own (nothing below U+0300 joins the scalar before it).
    static func leadingCharacters(_ text: String, _ n: Int) -> String {
        var scalars = 0
        var end = text.utf8.count
        for (offset, b) in text.utf8.enumerated() where b & 0xC0 != 0x80 {
            guard b < 0x80 ? scalars == n || b != 0x0D : (0xC2...0xCB).contains(b) else { return String(text.prefix(n)) }
            if scalars == n { end = offset; break }
            scalars += 1
        }
        return end == text.utf8.count ? text : String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)])
    }
    /// The words that open the title words' stems.
    private static let titleWordOpenings = Lexicon.Openings([(.titleWord, .title)])
    /// Enough of a word's letters to tell a title word (the stems are at most this long).
    static let titleWordPrefix = 6
    /// The longest title with its section number and extra words.
    static let maximumTitleWords = 12

    /// The title concept of each kind, in the order they are tried.
    static let kinds: [(Lexicon.Concept, TableKind)] = [
        (.goalTable, .goal), (.costTable, .cost), (.administrationSummary, .administrationSummary),
        (.resourceSummary, .resourceSummary),
    ]

    static func of(_ line: TextLine, folded: String? = nil) -> TableKind? {
        guard mayBeTitle(line, folded: folded) else { return nil }
        // A table of contents names the tables too, followed by leader dots and a page number.
        if let last = line.words.last?.text, last.allSatisfy(\.isNumber) || (TextBytes.plainContains(line.text, "....") ?? line.text.contains("....")) { return nil }
        let f = afterProgramsName(line) ?? folded ?? Lexicon.fold(line.text)
        // Folded text is ASCII: its words are split from its bytes. A number counts once however
        // many parts it has: a section's “Tablo 2.3.1” folds to “tablo 2 3 1”, one number.
        let tokens = f.utf8.split(separator: UInt8(ascii: " "))
        let numbers = tokens.filter { $0.allSatisfy { $0 &- UInt8(ascii: "0") < 10 } }.count
        let words = tokens.count - numbers + (numbers > 0 ? 1 : 0)
        func titled(_ c: Lexicon.Concept) -> Bool {
            Lexicon.phrases(c, .title).contains { $0.matches(f, .within) && words <= $0.wordCount + maximumExtraWords }
        }
        return kinds.first { titled($0.0) }?.1
    }

    /// Marks a caption sets between the program's name and a table's title.
    static let dashes: Set<String> = ["–", "—", "-"]

    /// A caption naming the program before a table's title, after a dash (a workbook's sheet
    /// printed with its title: “Kayseri Büyükşehir Belediyesi 2024 Yılı Performans Programı – İdare
    /// Performans Tablosu”): the title after the dash, folded; nil where the line is none such.
    static func afterProgramsName(_ line: TextLine) -> String? {
        guard let dash = line.words.lastIndex(where: { dashes.contains($0.text) }), dash > 0, dash + 1 < line.words.count else { return nil }
        let name = Lexicon.fold(line.words[..<dash].map(\.text).joined(separator: " "))
        guard Lexicon.names(.performanceProgram, .title, name, .within) else { return nil }
        return Lexicon.fold(line.words[(dash + 1)...].map(\.text).joined(separator: " "))
    }

    /// `of` the one line of a row of one line (nil for other rows), its text folded as the
    /// row's (`RowBand.folded`, the same text): kept with the row, the readers that ask the row
    /// for it later find it folded already.
    /// `folded`: the page's words folded, when the caller has them (`RowBand.folded(from:)`).
    static func of(onlyLineOf band: RowBand, folded: FoldedLines? = nil) -> TableKind? {
        guard band.lines.count == 1 else { return nil }
        // A longer line is no title: its text is not folded for it.
        guard band.lines[0].words.count <= maximumTitleWords else { return nil }
        return of(band.lines[0], folded: folded.map { band.folded(from: $0) } ?? band.folded)
    }
}

/// The document as one sequence of rows, with each table title on a row of its own.
enum DocumentRows {
    /// `folded`: each page's words folded (`FoldedLines`), when the caller has them: the lines'
    /// folded text is then joined from them, not folded again.
    static func rows(_ pages: [Page], folded: [FoldedLines]? = nil) -> [RowBand] {
        var out: [RowBand] = []
        for (n, page) in pages.enumerated() {
            let foldedPage = folded?[n]
            for found in RowSegmenter.rows(of: page) {
                var band = found
                // A table's note or continued caption is no row (`TableNote`): the table goes on.
                if band.lines.contains(where: TableNote.isLeftOut) {
                    let kept = band.lines.filter { !TableNote.isLeftOut($0) }
                    guard !kept.isEmpty else { continue }
                    band = RowBand(page: band.page, lines: kept, separatedBy: band.separatedBy, verticalRules: band.verticalRules,
                                   crossingRules: band.crossingRules)
                }
                let kinds = band.lines.count == 1 ? [TableKind.of(onlyLineOf: band, folded: foldedPage)] : band.lines.map { line in
                    // (A longer line is no title: its text is not folded for it.)
                    TableKind.of(line, folded: line.words.count <= TableKind.maximumTitleWords ? foldedPage?.text(of: line) : nil)
                }
                // Most rows hold no title line: they stand as found.
                guard kinds.contains(where: { $0 != nil }) else { out.append(titled(band, kinds.first ?? nil)); continue }
                var pending: [TextLine] = []
                for (line, kind) in zip(band.lines, kinds) {
                    if kind != nil {
                        if !pending.isEmpty { out.append(titled(RowBand(page: band.page, lines: pending, separatedBy: band.separatedBy, verticalRules: band.verticalRules, crossingRules: band.crossingRules), nil)) }
                        out.append(titled(RowBand(page: band.page, lines: [line], separatedBy: band.separatedBy), kind))
                        pending = []
                    } else {
                        pending.append(line)
                    }
                }
                if !pending.isEmpty { out.append(titled(RowBand(page: band.page, lines: pending, separatedBy: band.separatedBy, verticalRules: band.verticalRules, crossingRules: band.crossingRules), nil)) }
            }
        }
        return out
    }

    /// A row as made here, with its title kept (`title`): a row of one line has the title
    /// of that line, found already; a row of several lines has none.
    private static func titled(_ band: RowBand, _ kind: TableKind?) -> RowBand {
        _ = band.remembered(.title) { $0.lines.count == 1 ? kind : nil }
        return band
    }

    static func title(_ band: RowBand) -> TableKind? {
        band.remembered(.title) { TableKind.of(onlyLineOf: $0) }
    }
}
