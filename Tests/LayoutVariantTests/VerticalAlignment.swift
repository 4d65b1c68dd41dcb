/// Where a cell's text stands in a row taller than its own lines: Word sets it at the top of
/// the cell by default, merged cells and HTML tables centre it, Excel and Calc set it at the
/// bottom. A row's cells then start, centre or end on different lines.
enum VerticalAlignment: String, CaseIterable, Sendable {
    case top, middle, bottom

    /// The top of a cell's first line: `lines` lines of `leading` in a cell from `top`, `height`
    /// high, its text kept `padding` from the cell's top and bottom edges.
    func firstLineTop(top: Double, height: Double, lines: Int, leading: Double, padding: Double) -> Double {
        let text = Double(lines) * leading
        switch self {
        case .top: return top + padding
        case .middle: return top + (height - text) / 2
        case .bottom: return top + height - padding - text
        }
    }
}
