import PageLayout
import TableGeometry

/// A goal card set across the page: a row of the levels' labels, each alone in a cell of its
/// own (“Stratejik Amaç” | “Stratejik Hedef” | “Performans Hedefi”), over one row holding each
/// level's code and text in the cell under its label (“A1 - …” | “H1.1 - …” | “H1.1 - …”).
/// A card is a record: each label a concept, its value under it.
enum CardAcross {
    /// A card names at least this many levels side by side (one alone is a table's column title).
    static let minimumLevels = 2

    /// One label of the row: its level, the code it prints after its words (often none), and
    /// where its cell's words stand.
    struct Label {
        var level: Lexicon.Label
        var code: String
        var x0: Double
        var x1: Double
    }

    /// The labels of a row that holds nothing but levels' labels, each in a cell of its own (parted
    /// by a column's white space), a colon after them or
    /// none, at least `minimumLevels` different levels, outermost first. Nil for any other row.
    static func labels(_ band: RowBand) -> [Label]? {
        band.remembered(labelsQuestion, readLabels)
    }
    private static let labelsQuestion = RowQuestion()

    private static func readLabels(_ band: RowBand) -> [Label]? {
        // Most rows hold words other than labels' (asked of every row a table might end at).
        guard band.words.count >= 2 * minimumLevels, LabelledRow.namesOnlyLabels(band.words.filter { CodeReader.levelCode(trimmedColon($0.text)) == nil })
        else { return nil }
        let sorted = band.words.sorted { $0.box.x0 < $1.box.x0 }
        // Cells a column's gap apart (`LabelledRow.columnGapFraction`): a bold header row may be
        // tracked, its words further apart than a cell's padding.
        let edges = LabelledRow.rivers(sorted).map(\.right)
        guard edges.count + 1 >= minimumLevels else { return nil }
        var cells: [[Word]] = Array(repeating: [], count: edges.count + 1)
        for w in sorted { cells[edges.filter { $0 <= w.box.x0 }.count].append(w) }
        var found: [Label] = []
        for cell in cells {
            var texts = LineGrouping.lines(from: cell).flatMap(\.words).map(\.text)
            if let last = texts.last, LabelledRow.endsWithColon(last) { texts[texts.count - 1] = trimmedColon(last) }
            texts.removeAll(where: \.isEmpty)
            let folded = Lexicon.foldEach(texts)
            guard let label = GoalContext.levels.lazy.compactMap({ level -> Label? in
                guard let end = Lexicon.leads(folded, at: 0, level.concept, .rowLabel) else { return nil }
                let code = CodeReader.code(in: texts, at: end)
                guard end + (code?.words ?? 0) == texts.count else { return nil }
                // A year after the label heads a year's column (“Hedef 2024”), no level's card.
                if let c = code?.code, let n = Int(c), ProgramYear.isPlausible(n) { return nil }
                return Label(level: level, code: code?.code ?? "", x0: cell[0].box.x0, x1: cell.map(\.box.x1).max() ?? cell[0].box.x1)
            }).first else { return nil }
            found.append(label)
        }
        // Each level once, outermost first: a card's order (a header listing levels twice is none).
        let depths = found.compactMap { GoalContext.levels.firstIndex(of: $0.level) }
        guard Set(depths).count == found.count, found.count >= minimumLevels, depths == depths.sorted() else { return nil }
        return found
    }

    private static func trimmedColon(_ text: String) -> String {
        var t = Substring(text)
        while t.hasSuffix(":") { t = t.dropLast() }
        return String(t)
    }

    /// The levels a card across names: the labels' row at `i`, the values' row under it. Each
    /// value is the words standing in its label's cell (from where the white space before it ends
    /// to where the next cell's begins), its code read from its first words (“A1 - …”) where the
    /// label carries none. The values' row may open the next page. Nil unless every label has a value with text, and the row under the
    /// values is no further row of values in the same cells (a table listing the plan's levels
    /// row by row is an overview, no goal's card).
    static func read(_ bands: ArraySlice<RowBand>, at i: Int) -> [LabelledRow]? {
        // The values stand under the labels, or open the next page (a page break between the card's rows).
        guard i + 1 < bands.endIndex, let labels = labels(bands[i]),
              bands[i + 1].page == bands[i].page || (bands[i + 1].page == bands[i].page + 1 && bands[i + 1].separatedBy == .pageStart),
              let values = values(bands[i + 1], under: labels) else { return nil }
        if i + 2 < bands.endIndex, bands[i + 2].page == bands[i + 1].page, Self.labels(bands[i + 2]) == nil,
           let more = self.values(bands[i + 2], under: labels), more.allSatisfy({ !$0.labelCode.isEmpty }) {
            return nil
        }
        return values
    }

    /// The row's words by the labels' cells, each read as its label's value; nil where a cell holds
    /// no text, or amounts past its code (a table's body row under a header that names levels; a
    /// code “1.1” may read as an amount).
    static func values(_ band: RowBand, under labels: [Label]) -> [LabelledRow]? {
        guard labels.count >= minimumLevels else { return nil }
        let sorted = band.words.sorted { $0.box.x0 < $1.box.x0 }
        let rivers = LabelledRow.rivers(sorted, minimumGap: LabelledRow.pairGapFraction)
        // Where each cell after the first begins: at the white space between the two labels'
        // cells where the values leave one (a value runs past its label's right edge, a label may
        // be centred over it), else at the next label's left edge.
        let starts = zip(labels, labels.dropFirst()).map { left, right -> Double in
            let between = rivers.filter { $0.right > left.x1 && $0.left < right.x0 }
            return between.max { $0.right - $0.left < $1.right - $1.left }?.right ?? right.x0
        }
        var cells: [[Word]] = Array(repeating: [], count: labels.count)
        for w in sorted { cells[starts.filter { $0 <= w.box.x0 }.count].append(w) }
        var rows: [LabelledRow] = []
        for (label, words) in zip(labels, cells) {
            let ordered = LineGrouping.lines(from: words).flatMap(\.words)
            guard LabelledRow.hasText(words), !LabelledRow.namesOnlyLabels(words),
                  !GoalTableReader.hasAmounts(band.part { w in ordered.dropFirst().contains(w) }) else { return nil }
            rows.append(LabelledRow(label: label.level, labelCode: label.code, value: Cell(words: words).text, page: band.page)
                .withCodeFromValue())
        }
        return rows
    }
}
