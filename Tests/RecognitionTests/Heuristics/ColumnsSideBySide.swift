import TableGeometry
@testable import Recognition

/// A header's columns side by side, each 50 pt wide, with no rows; a title "group|title"
/// stands as a group over its column.
func columnsSideBySide(_ titles: [String]) -> TableSection {
    let columns = titles.enumerated().map { k, t in
        let parts = t.split(separator: "|").map(String.init)
        return Column(x0: Double(k) * 60, x1: Double(k) * 60 + 50, title: parts.last!, group: parts.count > 1 ? parts[0] : nil)
    }
    return TableSection(columns: columns, rows: [])
}
