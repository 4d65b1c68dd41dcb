import PageLayout

/// Reads the columns of a table from its header rows: words close together on a line form a
/// phrase; phrases stacked over each other form one column; a phrase that stands over two
/// or more phrases of one lower line is a spanning header and names their group.
public enum HeaderColumns {
    /// Words of one header cell are separated by ordinary spaces (~0.25 em); columns by
    /// much more. A gap under this fraction of the font size keeps words in one phrase.
    public static let phraseGapFraction = 0.9
    /// Phrases on different lines whose extents overlap by at least this many points (or
    /// one contains the other's centre) sit in the same column.
    public static let stackOverlap = 1.0
    /// A top header phrase this many times wider than the phrases under it is a group header.
    /// (1.5 would take a two-line title such as "Bütçe" over "Dışı", 1.53 wide, for a group.)
    public static let groupWidthRatio = 1.7

    struct Phrase {
        var words: [Word]
        var box: Rect
        var line: Int
        var text: String { words.map(\.text).joined(separator: " ") }
    }

    public static func columns(headerLines: [TextLine]) -> [Column] {
        let lines = headerLines.sorted { $0.box.y0 < $1.box.y0 }
        var phrases: [Phrase] = []
        for (i, line) in lines.enumerated() {
            var current: [Word] = []
            for w in line.words.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if let last = current.last, w.box.x0 - last.box.x1 > phraseGapFraction * max(last.scale, w.scale) {
                    phrases.append(Phrase(words: current, box: Rect.enclosing(current.map(\.box))!, line: i))
                    current = []
                }
                current.append(w)
            }
            if !current.isEmpty { phrases.append(Phrase(words: current, box: Rect.enclosing(current.map(\.box))!, line: i)) }
        }
        func stacked(_ a: Phrase, _ b: Phrase) -> Bool {
            a.line != b.line && (a.box.horizontalOverlap(b.box) >= stackOverlap
                || (a.box.x0...a.box.x1).contains(b.box.midX) || (b.box.x0...b.box.x1).contains(a.box.midX))
        }
        // Spanning: over two or more phrases that share one line.
        var spanning = Set<Int>()
        for (i, p) in phrases.enumerated() {
            var perLine: [Int: Int] = [:]
            for (j, q) in phrases.enumerated() where j != i && stacked(p, q) && q.box.width < p.box.width {
                perLine[q.line, default: 0] += 1
            }
            if perLine.values.contains(where: { $0 >= 2 }) { spanning.insert(i) }
        }
        // Union the remaining phrases that stack.
        var parent = Array(phrases.indices)
        func find(_ i: Int) -> Int { parent[i] == i ? i : find(parent[i]) }
        for i in phrases.indices where !spanning.contains(i) {
            for j in phrases.indices where j > i && !spanning.contains(j) && stacked(phrases[i], phrases[j]) {
                parent[find(j)] = find(i)
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in phrases.indices where !spanning.contains(i) { groups[find(i), default: []].append(i) }
        var columns: [Column] = groups.values.map { members in
            var ps = members.map { phrases[$0] }.sorted { ($0.line, $0.box.x0) < ($1.line, $1.box.x0) }
            // A top phrase much wider than everything under it is a group header that
            // happens to stand over one column only ("Kaynak İhtiyacı 2024" beside a
            // neighbour it does not reach): it names the group, not the column's extent.
            var group: String? = nil
            if ps.count > 1, let top = ps.first, top.line < ps[1].line {
                let below = ps.dropFirst().map(\.box.width).max() ?? 0
                if top.box.width > groupWidthRatio * below {
                    group = top.text
                    ps.removeFirst()
                }
            }
            let box = Rect.enclosing(ps.map(\.box))!
            return Column(x0: box.x0, x1: box.x1, title: ps.map(\.text).joined(separator: " "), group: group)
        }
        columns.sort { $0.x0 < $1.x0 }
        for s in spanning.sorted() {
            let p = phrases[s]
            for k in columns.indices where columns[k].x1 > p.box.x0 && columns[k].x0 < p.box.x1 {
                let overlap = min(columns[k].x1, p.box.x1) - max(columns[k].x0, p.box.x0)
                if overlap >= 0.5 * min(columns[k].x1 - columns[k].x0, p.box.width) {
                    columns[k].group = [columns[k].group, p.text].compactMap { $0 }.joined(separator: " ")
                }
            }
        }
        return columns
    }
}
