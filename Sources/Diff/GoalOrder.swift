/// Which matched goals changed their place in the order (as opposed to being renumbered).
enum GoalOrder {
    /// Goals whose place in the order changed: those outside a longest run of matched
    /// goals that keeps its order in both years (the others were only renumbered).
    static func outOfOrder(_ pairs: [(old: Int, new: Int)]) -> Set<Int> {
        let sorted = pairs.sorted { $0.old < $1.old }
        guard !sorted.isEmpty else { return [] }
        // Longest increasing subsequence of the new positions, O(n²) (programs have < 1000 goals).
        var length = [Int](repeating: 1, count: sorted.count)
        var previous = [Int](repeating: -1, count: sorted.count)
        for k in sorted.indices {
            for p in 0..<k where sorted[p].new < sorted[k].new && length[p] + 1 > length[k] {
                length[k] = length[p] + 1
                previous[k] = p
            }
        }
        var best = 0
        for k in sorted.indices where length[k] > length[best] { best = k }
        var keep = Set<Int>()
        var k = best
        while k >= 0 { keep.insert(sorted[k].old); k = previous[k] }
        return Set(sorted.map(\.old)).subtracting(keep)
    }
}
