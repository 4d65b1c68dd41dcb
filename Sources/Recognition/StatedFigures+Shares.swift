import Dataset
import PageLayout

/// Tables that print a percentage share (“Pay”) beside each amount, such as the İdare
/// Performans Tablosu: a header line with one “Pay” per amount column (“TL Pay TL Pay TL
/// Pay”), rows ending in amount/percent pairs, and a “Genel Toplam” row whose amounts
/// are what every share is of.
enum StatedShareTableReader {
    /// A header needs at least this many “Pay” words: one alone may be prose.
    static let minimumShareColumns = 2
    /// A row's wrapped text is the lines this many line heights above or below its
    /// amounts, when the amounts' own line carries no text.
    static let labelReach = 1.5
    /// Labels are cut to this many characters: they only help a reader find the row.
    static let labelLength = 60

    struct ShareRow {
        var label: String
        var cells: [(amount: Amount, percent: String)]
        var page: Int
        var isGrandTotal: Bool
    }

    static func read(pages: [Page]) -> [StatedShare] {
        var scan = Scan()
        for page in pages { scan.add(page) }
        scan.flush()
        return scan.shares
    }

    /// The tables read page by page: the run of rows of the table still open (its shares
    /// are known at its “Genel Toplam”) and the shares found so far.
    struct Scan {
        var shares: [StatedShare] = []
        private var run: [ShareRow] = []
        private var columns = 0

        /// Closes the open table.
        mutating func flush() {
            defer { run = [] }
            // The last “Genel Toplam” row of the run gives the wholes.
            guard let grand = run.last(where: \.isGrandTotal) else { return }
            let names = columnNames(columns)
            for row in run {
                for (k, cell) in row.cells.enumerated() {
                    shares.append(StatedShare(label: "\(row.label) (\(names[k]))", amount: cell.amount,
                                              percent: cell.percent, of: grand.cells[k].amount, page: row.page))
                }
            }
        }

        mutating func add(_ page: Page) { add(page, folded: StatedWord.folded(page)) }

        /// `folded`: the page's words folded, line by line (`StatedWord.folded`).
        mutating func add(_ page: Page, folded: [[String]]) {
            guard let header = folded.firstIndex(where: { shareColumns(folded: $0) >= minimumShareColumns }) else {
                flush()
                return
            }
            let m = shareColumns(folded: folded[header])
            if m != columns { flush(); columns = m }
            let body = Array(page.lines[(header + 1)...])
            for (i, line) in body.enumerated() {
                guard let cells = cells(line, columns: m) else { continue }
                let textWords = Array(line.words.dropLast(2 * m))
                var label = TextNormalization.collapse(textWords.map(\.text).joined(separator: " "))
                if label.isEmpty { label = wrappedText(around: i, in: body, before: line.words[line.words.count - 2 * m].box.x0) }
                let isGrand = Lexicon.leads(Lexicon.foldEach(textWords.map(\.text)), at: 0, .grandTotal, .totalRow) != nil
                if label.count > labelLength { label = String(label.prefix(labelLength - 1)) + "…" }
                run.append(ShareRow(label: label.isEmpty ? "row on page \(page.number)" : label, cells: cells,
                                    page: page.number, isGrandTotal: isGrand))
            }
        }
    }

    static func shareColumns(_ line: TextLine) -> Int {
        shareColumns(folded: Lexicon.foldEach(line.words.map(\.text)))
    }

    /// `shareColumns` of a line whose words are folded.
    static func shareColumns(folded words: [String]) -> Int {
        words.filter { Lexicon.isFoldedWord($0, .share, .columnHeader) }.count
    }

    /// The line's last 2m words as m (amount, percent) pairs, or nil when they are not.
    static func cells(_ line: TextLine, columns m: Int) -> [(amount: Amount, percent: String)]? {
        guard m > 0, line.words.count >= 2 * m else { return nil }
        let tail = line.words.suffix(2 * m).map(\.text)
        var out: [(Amount, String)] = []
        for k in 0..<m {
            guard let amount = TurkishNumber.amount(tail[2 * k]), let percent = StatedWord.percent(tail[2 * k + 1])
            else { return nil }
            out.append((amount, percent))
        }
        return out
    }

    /// The text of a row whose words wrap around its amounts' line: the lines near it,
    /// left of the amounts, that carry no amounts of their own.
    static func wrappedText(around index: Int, in lines: [TextLine], before x: Double) -> String {
        let row = lines[index].box
        let reach = labelReach * row.height
        let near = lines.enumerated().filter { j, line in
            j != index && abs(line.box.midY - row.midY) <= reach && cells(line, columns: 1) == nil
        }
        let words = near.flatMap { $0.element.words.filter { $0.box.x1 <= x } }
        return TextNormalization.collapse(words.map(\.text).joined(separator: " "))
    }

    static func columnNames(_ m: Int) -> [String] {
        switch m {
        case 3: return [.budget, .offBudget, .total].map { Lexicon.printedNames[$0] ?? "" }
        case 2: return [.budget, .total].map { Lexicon.printedNames[$0] ?? "" }
        default: return (1...max(m, 1)).map { "column \($0)" }
        }
    }
}
