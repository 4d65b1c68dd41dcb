import Dataset
import PageLayout

/// The per-unit table of a program's resources (“İdarenin Toplam Kaynak İhtiyacı”): each
/// row a responsible unit (BİRİM), its number of activities (FAALİYET SAYISI), and its
/// cost lines (MALİYET TÜRÜ: Toplam, Hedef, Personel Gideri, Genel Yönetim Gideri), the
/// unit's name and count centred on its lines. Rows may run on across pages, and the
/// column header may repeat anywhere on a page.
enum StatedUnitTableReader {
    enum Field { case total, activities, personnel, generalAdmin }

    /// The cost lines' labels (`Lexicon`, role cost line), by field.
    static let labels: [(concept: Lexicon.Concept, field: Field)] = [
        (.total, .total), (.performanceGoal, .activities), (.personnel, .personnel), (.generalAdministration, .generalAdmin),
    ]
    /// A unit's count stands just left of the label column: at most this many font sizes
    /// from it (farther left is the name column, or a page number in the margin).
    static let countReach = 4.0
    /// A name line belongs to a row when it lies within the row's lines widened by this
    /// fraction of a line's height (names are centred on the row, never beyond it).
    static let rowMargin = 0.5

    static func read(pages: [Page]) -> (counts: [StatedCount], costs: [StatedUnitCost]) {
        var scan = Scan()
        for page in pages { scan.add(page) }
        return (scan.counts, scan.costs)
    }

    /// The table read page by page: whether it runs on, and the rows read so far.
    struct Scan {
        var counts: [StatedCount] = []
        var costs: [StatedUnitCost] = []
        var inTable = false

        mutating func add(_ page: Page) { add(page, folded: StatedWord.folded(page)) }

        /// `folded`: the page's words folded, line by line (`StatedWord.folded`).
        mutating func add(_ page: Page, folded: [[String]]) {
            let costLines = page.lines.indices.compactMap { costLine(page.lines[$0], folded: folded[$0]) }
            if hasHeader(page, folded: folded) { inTable = true } else if costLines.isEmpty { inTable = false }
            guard inTable, !costLines.isEmpty else { return }
            for row in rows(page, costLines: costLines) {
                counts.append(StatedCount(kind: .activities, scope: row.unit, count: row.count, page: page.number))
                var cost = StatedUnitCost(unit: row.unit, page: page.number)
                for (field, amount) in row.costs {
                    switch field {
                    case .total: cost.total = amount
                    case .activities: cost.activities = amount
                    case .personnel: cost.personnel = amount
                    case .generalAdmin: cost.generalAdmin = amount
                    }
                }
                if !row.costs.isEmpty { costs.append(cost) }
            }
        }
    }

    /// “FAALİYET” with “SAYISI” after it or under it, and a “BİRİM” column on the page.
    static func hasHeader(_ page: Page) -> Bool {
        // Each word folded once (this runs for every page, and pairs words with words).
        hasHeader(page, folded: StatedWord.folded(page))
    }

    /// `hasHeader` of a page whose words are folded (`folded[k][w]` of word `w` of line `k`,
    /// `StatedWord.folded`).
    static func hasHeader(_ page: Page, folded: [[String]]) -> Bool {
        // Most pages hold no unit column's word: their words are not gathered.
        guard folded.contains(where: { $0.contains { Lexicon.isFoldedWord($0, .responsibleUnit, .columnHeader) } }) else { return false }
        // The words folded as `token`, where they stand (found in place, not gathered from the page).
        func words(foldedAs token: String) -> [Word] {
            var found: [Word] = []
            for (k, line) in folded.enumerated() {
                for (w, f) in line.enumerated() where f == token { found.append(page.lines[k].words[w]) }
            }
            return found
        }
        // A header's two words, paired: each second word is looked for once, and paired only
        // with the first words (not every word with every word).
        return countHeaders.contains { header in
            let seconds = words(foldedAs: header.tokens[1])
            guard !seconds.isEmpty else { return false }
            return words(foldedAs: header.tokens[0]).contains { activity in
                return seconds.contains { count in
                    let sameLine = count.box.verticalOverlap(activity.box) > 0 && count.box.x0 > activity.box.x0
                    let below = count.box.horizontalOverlap(activity.box) > 0 && count.box.y0 >= activity.box.midY
                        && count.box.y0 - activity.box.y1 < activity.scale
                    return sameLine || below
                }
            }
        }
    }
    private static let countHeaders = Lexicon.phrases(.activityCount, .columnHeader).filter { $0.tokens.count == 2 }

    /// A cost line: a label, then its amount as the line's last word; the words before
    /// the label (a unit's name or count on the same baseline) are kept apart.
    struct CostLine {
        var field: Field
        var amount: Amount
        var labelX: Double
        var box: Rect
        var before: [Word]
    }

    /// `folded`: the line's words folded (`StatedWord.folded`), when the caller has them.
    static func costLine(_ line: TextLine, folded: [String]? = nil) -> CostLine? {
        let words = line.words
        guard words.count >= 2, let last = words.last, let amount = TurkishNumber.amount(last.text) else { return nil }
        let keys = folded.map { Array($0.dropLast()) } ?? Lexicon.foldEach(words.dropLast().map(\.text))
        for label in labels {
            guard let start = Lexicon.phrases(label.concept, .costLine).lazy.map({ keys.count - $0.tokens.count })
                .first(where: { $0 >= 0 && Lexicon.leads(keys, at: $0, label.concept, .costLine) == keys.count - $0 })
            else { continue }
            let labelWords = Array(words[start...])
            guard let box = Rect.enclosing(labelWords.map(\.box)) else { continue }
            return CostLine(field: label.field, amount: amount, labelX: words[start].box.x0, box: box,
                            before: Array(words[..<start]))
        }
        return nil
    }

    /// A word of the table's header (BİRİM, FAALİYET SAYISI).
    static func isHeaderWord(_ text: String) -> Bool {
        let w = Lexicon.fold(text)
        return Lexicon.isWord(text, .responsibleUnit, .columnHeader)
            || Lexicon.phrases(.activityCount, .columnHeader).contains { $0.tokens.contains(w) }
    }

    struct Row {
        var unit: String
        var count: Int
        var costs: [(Field, Amount)]
    }

    static func rows(_ page: Page, costLines: [CostLine]) -> [Row] {
        guard let labelX = costLines.map(\.labelX).min() else { return [] }
        // Words left of the label column, line by line (a cost line's own leading words too).
        var leftLines: [[Word]] = costLines.map(\.before).filter { !$0.isEmpty }
        for line in page.lines where costLine(line) == nil {
            let left = line.words.filter { $0.box.x1 < labelX }
            if !left.isEmpty { leftLines.append(left) }
        }
        // Anchors: a unit's count, the last word left of the labels, near them.
        var anchors: [(count: Int, box: Rect)] = []
        var names: [[Word]] = []
        for words in leftLines {
            // The table's own header words.
            if words.allSatisfy({ isHeaderWord($0.text) }) { continue }
            // “Toplam Faaliyet Sayısı 328” is the program's count, read as a labelled count.
            if words.contains(where: { Lexicon.isWord($0.text, .count, .text) }) { continue }
            var nameWords = words
            if let last = words.last, let n = StatedWord.count(last.text),
               labelX - last.box.x1 <= countReach * last.scale {
                anchors.append((n, last.box))
                nameWords.removeLast()
            }
            if !nameWords.isEmpty, !nameWords.allSatisfy({ StatedWord.count($0.text) != nil }) { names.append(nameWords) }
        }
        guard !anchors.isEmpty else { return [] }
        anchors.sort { $0.box.midY < $1.box.midY }
        func nearest(_ box: Rect) -> Int {
            anchors.indices.min { abs(anchors[$0].box.midY - box.midY) < abs(anchors[$1].box.midY - box.midY) } ?? 0
        }
        var spans = anchors.map(\.box)
        var costs: [[(Field, Amount)]] = Array(repeating: [], count: anchors.count)
        for line in costLines {
            let i = nearest(line.box)
            // Each field once per row: a second one belongs to a row whose count is missing.
            guard !costs[i].contains(where: { $0.0 == line.field }) else { continue }
            costs[i].append((line.field, line.amount))
            spans[i] = spans[i].union(line.box)
        }
        var nameLines: [[[Word]]] = Array(repeating: [], count: anchors.count)
        for words in names {
            guard let box = Rect.enclosing(words.map(\.box)) else { continue }
            let margin = rowMargin * box.height
            let containing = anchors.indices.filter { box.midY >= spans[$0].y0 - margin && box.midY <= spans[$0].y1 + margin }
            guard let i = containing.min(by: { abs(anchors[$0].box.midY - box.midY) < abs(anchors[$1].box.midY - box.midY) })
            else { continue }
            nameLines[i].append(words)
        }
        return anchors.indices.compactMap { i in
            let ordered = nameLines[i].sorted { ($0.first?.box.y0 ?? 0) < ($1.first?.box.y0 ?? 0) }
            let unit = WrappedText.join(ordered.map { $0.map(\.text).joined(separator: " ") })
            guard !unit.isEmpty else { return nil }
            return Row(unit: unit, count: anchors[i].count, costs: costs[i])
        }
    }
}
