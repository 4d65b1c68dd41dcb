/// One-to-one assignment of scored candidate pairs: the best-scoring pair first, then the
/// best of what remains. Ties are broken by position, so the result never depends on
/// input order.
struct GreedyAssignment {
    struct Candidate {
        var old: EntityPosition
        var new: EntityPosition
        var score: Double
    }

    private(set) var pairs: [MatchedPair] = []
    private(set) var ambiguities: [MatchAmbiguity] = []

    init(level: EntityLevel, candidates: [Candidate], takenOld: Set<EntityPosition> = [], takenNew: Set<EntityPosition> = []) {
        let ordered = candidates.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.old != $1.old { return $0.old < $1.old }
            return $0.new < $1.new
        }
        var usedOld = takenOld
        var usedNew = takenNew
        for c in ordered where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            let pair = MatchedPair(old: c.old, new: c.new, score: c.score)
            // The strongest competitor still available for either side of this pair.
            let rival = ordered.first { r in
                r.score >= c.score - MatchThresholds.ambiguityMargin
                    && ((r.old == c.old && r.new != c.new && !usedNew.contains(r.new))
                        || (r.new == c.new && r.old != c.old && !usedOld.contains(r.old)))
            }
            if let r = rival {
                ambiguities.append(MatchAmbiguity(level: level, chosen: pair,
                                                  rivalOld: r.old == c.old ? nil : r.old,
                                                  rivalNew: r.new == c.new ? nil : r.new,
                                                  rivalScore: r.score))
            }
            pairs.append(pair)
            usedOld.insert(c.old)
            usedNew.insert(c.new)
        }
        pairs.sort { $0.old < $1.old }
    }
}
