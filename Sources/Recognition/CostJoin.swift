import Dataset

/// Which activity each cost entry belongs to, by what the cost table prints of it: the
/// activity with its code; else the one with its name, or failing that the one whose name it
/// resembles most; never by place while the entry prints a code or a name (a cost table may
/// list the activities in another order). Only an entry that prints neither takes the activity
/// in its place among those not yet joined, and only where the goal has as many cost entries as
/// activities: with one cost table missing (or one too many), every place after it is another
/// activity's, and the entries that name nothing are left unjoined (stated, not read).
enum CostJoin {
    /// Names whose shorter one shares fewer of its words than this with the longer are
    /// different activities: a name printed again differs by its code, punctuation, a word
    /// wrapped differently, or is cut short (“… takip faaliyeti” without its bracketed list),
    /// while two activities of a goal share at most a common phrase.
    static let minimumNameOverlap = 0.6

    static func targets(_ entries: [CostEntry], _ activities: [Activity]) -> [(entry: Int, activity: Int)] {
        var taken = Set<Int>()
        var out: [(Int, Int)] = []
        func free(_ k: Int) -> Bool { !taken.contains(k) }
        let placesMatch = entries.count == activities.count
        // Each activity's name folded and code's numbers, once for all the entries, and only
        // when an entry needs them: most entries are joined by their code alone.
        lazy var activityNames = activities.map { Lexicon.fold($0.name) }
        lazy var activityWords = activityNames.map { NameWords(folded: $0) }
        lazy var activityNumbers = activities.map { CodeReader.numbers($0.code) }
        for (k, entry) in entries.enumerated() {
            let (printedCode, printedName) = codeAndName(entry)
            func byCode() -> Int? { printedCode.flatMap { c in activities.indices.first { free($0) && activities[$0].code == c } } }
            // “F3” beside an activity numbered “3”: the same numbers, one of a kind.
            func byNumbers() -> Int? {
                printedCode.flatMap { c -> Int? in
                    let numbers = CodeReader.numbers(c)
                    let same = activities.indices.filter { free($0) && !numbers.isEmpty && activityNumbers[$0] == numbers }
                    return same.count == 1 ? same[0] : nil
                }
            }
            // By name, by likeness, by place, in that order: the name is folded only when the
            // code found none.
            func byNameOrPlace() -> Int? {
                let name = Lexicon.fold(printedName)
                let byName = name.isEmpty ? nil : activities.indices.first { free($0) && activityNames[$0] == name }
                return byName ?? (name.isEmpty ? nil : mostSimilar(NameWords(folded: name), activityWords, free: free))
                    ?? (printedCode == nil && name.isEmpty && placesMatch && free(k) ? k : nil)
            }
            guard let target = byCode() ?? byNumbers() ?? byNameOrPlace() else { continue }
            taken.insert(target)
            out.append((k, target))
        }
        return out
    }

    /// The free activity whose name shares most words with `words` (the shorter name's share,
    /// then the Dice coefficient), when it shares enough and no other shares as many (a tie
    /// says nothing).
    static func mostSimilar(_ words: NameWords, _ activities: [NameWords], free: (Int) -> Bool) -> Int? {
        let scored = activities.indices.filter(free).map { k in
            let shared = words.shared(activities[k])
            return (k, words.overlap(activities[k], shared: shared), words.similarity(activities[k], shared: shared))
        }
            .filter { $0.1 >= minimumNameOverlap }
            .sorted { ($0.1, $0.2) > ($1.1, $1.2) }
        guard let best = scored.first, scored.count == 1 || (scored[1].1, scored[1].2) < (best.1, best.2) else { return nil }
        return best.0
    }

    /// The entry's code, printed in its own cell or before the name in a label's value.
    static func codeAndName(_ entry: CostEntry) -> (String?, String) {
        if let code = entry.code { return (code, entry.name) }
        // Most names open with no code: their first word is read, never the rest of the name
        // (splitting every name into words cost more than the whole join).
        let name = entry.name
        guard let start = name.firstIndex(where: { $0 != " " }) else { return (nil, name) }
        let end = name[start...].firstIndex(of: " ") ?? name.endIndex
        let first = String(name[start..<end])
        guard RowKey.isInlineCode(first), let code = CodeReader.code(first),
              name[end...].contains(where: { $0 != " " }) else { return (nil, name) }
        return (code, name.split(separator: " ").dropFirst().joined(separator: " "))
    }
}

/// A name's folded words, for comparing two printings of one name.
struct NameWords {
    let words: Set<Substring>

    init(_ name: String) { self.init(folded: Lexicon.fold(name)) }

    /// `folded`: a name as `Lexicon.fold` gives it (ASCII letters and digits, single spaces),
    /// split at its space bytes.
    init(folded: String) {
        words = Set(folded.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) })
    }

    /// How many words the two names share (`words.intersection(other.words).count`, counted
    /// without building the intersection).
    func shared(_ other: NameWords) -> Int {
        let (small, large) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
        return small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
    }

    /// The share of the shorter name's words the other holds: 1 when one is the other cut short.
    /// `shared`: `shared(other)`, where the caller counted it.
    func overlap(_ other: NameWords, shared: Int? = nil) -> Double {
        let smaller = min(words.count, other.words.count)
        return smaller == 0 ? 0 : Double(shared ?? self.shared(other)) / Double(smaller)
    }

    /// Dice coefficient: 1 for the same words, 0 for none shared.
    /// `shared`: `shared(other)`, where the caller counted it.
    func similarity(_ other: NameWords, shared: Int? = nil) -> Double {
        guard !words.isEmpty || !other.words.isEmpty else { return 0 }
        return 2 * Double(shared ?? self.shared(other)) / Double(words.count + other.words.count)
    }
}
