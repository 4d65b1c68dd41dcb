import Dataset
import PageLayout
import TableGeometry

extension TableSection {
    /// The section with each row printed out of line with its header set in line again: a figure
    /// right-aligned in a wide column stands nearer the next column's title than its own, and with no
    /// edge drawn between them both figures may fall in one cell (“800 000 800 000”, the first left
    /// empty). Where a row holds exactly one figure for each column after the first (a figure, a
    /// figure grouped with spaces, or a dash for zero) and one cell holds two, its figures are given
    /// to those columns left to right, as `CostTableReader.readPerActivity` reads a row of codes.
    /// Rows holding any other word past the first column stay as they are.
    func figuresInColumnOrder() -> TableSection {
        let slots = columns.count - 1
        guard slots >= 2 else { return self }
        var out = self
        for r in rows.indices {
            let cells = rows[r].cells.dropFirst()
            guard let figures = Self.figures(cells.flatMap(\.words)), figures.count == slots,
                  cells.contains(where: { (Self.figures($0.words)?.count ?? 0) >= 2 }) else { continue }
            out.rows[r].cells = [rows[r].cells[0]] + figures.map { Cell(words: $0) }
        }
        return out
    }

    /// The words of each figure among `words`, left to right (a currency or sign beside a figure is
    /// left out: the amount reads the same without it); nil when a word is no part of a figure.
    private static func figures(_ words: [Word]) -> [[Word]]? {
        let sorted = words.sorted { $0.box.x0 < $1.box.x0 }
        let runs = SpacedFigure.runs(sorted)
        var out: [[Word]] = []
        var k = 0
        while k < sorted.count {
            if let run = runs.first(where: { $0.lowerBound == k }) {
                out.append(Array(sorted[run]))
                k = run.upperBound
                continue
            }
            let w = sorted[k]
            if TurkishNumber.amount(w.text) != nil || LabelledRow.isDash(w.text) { out.append([w]) }
            else if !isFigureWord(w) { return nil }
            k += 1
        }
        return out
    }
}
