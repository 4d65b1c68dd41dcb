/// How alike two texts are, from 0 (nothing shared) to 1 (equal once folded): the mean of
/// the overlap of their word stems (Dice coefficient, robust to reordered and inserted
/// words) and their character edit similarity (robust to small spelling changes).
public enum TextSimilarity {
    public static func score(_ a: ComparableText, _ b: ComparableText) -> Double {
        if a.scalars == b.scalars { return 1 }
        if a.scalars.isEmpty || b.scalars.isEmpty { return 0 }
        let dice = stemDice(a, b)
        // Texts that share few words cannot reach any threshold; skip the quadratic part.
        if dice < MatchThresholds.editDistancePrefilter { return dice / 2 }
        return (dice + editSimilarity(a.scalars, b.scalars)) / 2
    }

    public static func score(_ a: String, _ b: String) -> Double {
        score(ComparableText(a), ComparableText(b))
    }

    static func stemDice(_ a: ComparableText, _ b: ComparableText) -> Double {
        let total = a.stems.count + b.stems.count
        guard total > 0 else { return 0 }
        return Double(2 * a.stems.intersection(b.stems).count) / Double(total)
    }

    /// 1 − Levenshtein distance / length of the longer text.
    static func editSimilarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(levenshtein(a, b)) / Double(longer)
    }

    static func levenshtein(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            let ai = a[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
