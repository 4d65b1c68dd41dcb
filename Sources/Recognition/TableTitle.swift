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

    /// Every title names a table ("… Tablosu") or the resource need ("… İhtiyacı"); a line
    /// with neither word is not folded at all (this runs for every line of the document).
    static func mayBeTitle(_ line: TextLine) -> Bool {
        line.words.count <= maximumTitleWords && line.words.contains { w in
            let head = Vocabulary.fold(String(w.text.prefix(6)))
            return head.hasPrefix("tablo") || head.hasPrefix("ihtiya")
        }
    }
    /// The longest title with its section number and extra words.
    static let maximumTitleWords = 12

    static func of(_ line: TextLine) -> TableKind? {
        guard mayBeTitle(line) else { return nil }
        // A table of contents names the tables too, followed by leader dots and a page number.
        if let last = line.words.last?.text, last.allSatisfy(\.isNumber) || line.text.contains("....") { return nil }
        let f = Vocabulary.fold(line.text)
        let words = f.split(separator: " ").count
        func titled(_ t: String) -> Bool { f.contains(t) && words <= t.split(separator: " ").count + maximumExtraWords }
        if titled(Vocabulary.goalTableTitle) { return .goal }
        if Vocabulary.costTableTitles.contains(where: titled) { return .cost }
        if titled(Vocabulary.administrationTableTitle) { return .administrationSummary }
        if Vocabulary.resourceTableTitles.contains(where: titled) { return .resourceSummary }
        return nil
    }
}

/// The document as one sequence of rows, with each table title on a row of its own.
enum DocumentRows {
    static func rows(_ pages: [Page]) -> [RowBand] {
        var out: [RowBand] = []
        for page in pages {
            for band in RowSegmenter.rows(of: page) {
                var pending: [TextLine] = []
                for line in band.lines {
                    if TableKind.of(line) != nil {
                        if !pending.isEmpty { out.append(RowBand(page: band.page, lines: pending, separatedBy: band.separatedBy)) }
                        out.append(RowBand(page: band.page, lines: [line], separatedBy: band.separatedBy))
                        pending = []
                    } else {
                        pending.append(line)
                    }
                }
                if !pending.isEmpty { out.append(RowBand(page: band.page, lines: pending, separatedBy: band.separatedBy)) }
            }
        }
        return out
    }

    static func title(_ band: RowBand) -> TableKind? {
        band.lines.count == 1 ? TableKind.of(band.lines[0]) : nil
    }
}
