import PageLayout
import TableGeometry

/// Words at the end of a cell's line that stand far apart from the rest: a neighbouring
/// column's cell that fell on this side of the boundary.
enum StrayCell {
    /// A gap this many font sizes wide inside one cell's line separates two cells.
    static let gapFraction = 2.0

    static func trailing(_ cell: Cell) -> (words: [Word], text: String)? {
        for line in cell.lines {
            let words = line.words
            for k in words.indices.dropFirst() where words[k].box.x0 - words[k - 1].box.x1 > gapFraction * words[k].scale {
                let stray = Array(words[k...])
                return (stray, stray.map(\.text).joined(separator: " "))
            }
        }
        return nil
    }
}
