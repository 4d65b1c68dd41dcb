import PageLayout

/// Joins collinear pieces of the same rule (grids are often drawn cell by cell).
enum RulingMerge {
    /// Pieces closer than this along their axis, at the same position, are one rule.
    static let joinGap = 1.5
    /// Pieces whose positions differ by less than this are on one line: the same rule drawn
    /// as a hairline (moved to a pixel centre) and as a thin fill (its middle) differ by
    /// up to half a pixel, and so do a grid's cells drawn from rounded coordinates.
    static let positionTolerance = 0.8

    static func merge(_ rulings: [Ruling]) -> [Ruling] {
        var out: [Ruling] = []
        for axis in [Ruling.Axis.horizontal, .vertical] {
            let sorted = rulings.filter { $0.axis == axis }.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
            var group: [Ruling] = []
            func flush() {
                guard !group.isEmpty else { return }
                var byStart = group.sorted { $0.start < $1.start }
                var cur = byStart.removeFirst()
                for r in byStart {
                    if r.start <= cur.end + joinGap { cur.end = max(cur.end, r.end) } else { out.append(cur); cur = r }
                }
                out.append(cur)
                group.removeAll()
            }
            for r in sorted {
                if let first = group.first, abs(r.position - first.position) > positionTolerance { flush() }
                group.append(r)
            }
            flush()
        }
        return out
    }
}
