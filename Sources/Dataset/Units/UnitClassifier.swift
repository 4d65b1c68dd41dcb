/// Gives a responsible unit its function (`UnitFunction`) from the words of its canonical
/// name: override entries first (`UnitFunctionOverrides`, the analyst's file), then the
/// reviewed lexicon (`FunctionLexicon`). See `FunctionLexicon` for how entries match.
public struct UnitClassifier: Sendable {
    /// One entry, its phrase folded into words.
    struct Pattern: Sendable {
        var phrase: String
        var words: [String]
        var function: FunctionalClass?
        /// The lexicon's entries have one; an override's is its file.
        var rule: String
        var order: Int
    }

    /// An entry word this long or longer also matches a word it begins ("Tarım" → "Tarımsal").
    static let minimumPrefixLength = 4

    let lexicon: [Pattern]
    let overrides: [Pattern]
    /// The patterns (by index, in order) that begin with each first word: a name's words find
    /// the few entries that may match them instead of trying every entry at every word (each
    /// unit of units.csv cost ~200,000 instructions, after the last page of `extract`).
    private let lexiconStarts: [String: [Int]]
    private let overrideStarts: [String: [Int]]

    public static let standard = UnitClassifier(overrides: nil)

    public init(overrides: UnitFunctionOverrides?) {
        lexicon = Self.sorted(FunctionLexicon.entries.enumerated().map { index, entry in
            Pattern(phrase: entry.phrase, words: UnitName.foldedWords(entry.phrase),
                    function: entry.code.flatMap(FunctionalClass.init(code:)), rule: "lexicon:" + entry.phrase, order: index)
        })
        self.overrides = Self.sorted((overrides?.entries ?? []).enumerated().map { index, entry in
            Pattern(phrase: entry.phrase, words: UnitName.foldedWords(entry.phrase), function: entry.function,
                    rule: "override:" + (overrides?.fileName ?? ""), order: index)
        })
        lexiconStarts = Self.starts(lexicon)
        overrideStarts = Self.starts(self.overrides)
    }

    private static func starts(_ patterns: [Pattern]) -> [String: [Int]] {
        var starts: [String: [Int]] = [:]
        for (k, pattern) in patterns.enumerated() { starts[pattern.words[0], default: []].append(k) }
        return starts
    }

    /// The patterns whose first word matches a word of `words` (`wordMatches`: the word, or an
    /// entry word at least `minimumPrefixLength` long that begins it), in their order: no other
    /// pattern can match the name.
    private static func candidates(_ patterns: [Pattern], starts: [String: [Int]], in words: [String]) -> [Pattern] {
        var found = Set<Int>()
        for word in words {
            if let ks = starts[word] { found.formUnion(ks) }
            var prefix = ""
            var length = 0
            for letter in word.dropLast() {
                prefix.append(letter)
                length += 1
                if length >= minimumPrefixLength, let ks = starts[prefix] { found.formUnion(ks) }
            }
        }
        return found.sorted().map { patterns[$0] }
    }

    /// Longest first (in words, then letters), then in the order written.
    static func sorted(_ patterns: [Pattern]) -> [Pattern] {
        patterns.filter { !$0.words.isEmpty }.sorted { a, b in
            if a.words.count != b.words.count { return a.words.count > b.words.count }
            let (la, lb) = (a.words.joined().count, b.words.joined().count)
            if la != lb { return la > lb }
            return a.order < b.order
        }
    }

    public func classify(_ name: String) -> UnitFunction {
        let words = UnitName.foldedWords(name)
        if let override = Self.matches(Self.candidates(overrides, starts: overrideStarts, in: words), in: words).first {
            return UnitFunction(function: override.function, rule: override.rule)
        }
        let found = Self.matches(Self.candidates(lexicon, starts: lexiconStarts, in: words), in: words)
        guard !found.isEmpty else { return UnitFunction(function: nil, rule: "") }
        if let none = found.first(where: { $0.function == nil }) {
            return UnitFunction(function: nil, rule: none.rule)
        }
        var phrases: [String] = []
        for p in found where !phrases.contains(p.phrase) { phrases.append(p.phrase) }
        let classes = found.compactMap(\.function)
        let level1 = Set(classes.map(\.level1))
        guard level1.count == 1, let first = classes.first else {
            return UnitFunction(function: nil, rule: "conflict:" + phrases.joined(separator: "+"))
        }
        let function = classes.allSatisfy({ $0 == first }) ? first : first.level1
        return UnitFunction(function: function, rule: "lexicon:" + phrases.joined(separator: "+"))
    }

    /// The patterns found in `words`, each word used by at most one (longest first), in
    /// the order they appear in the name.
    static func matches(_ patterns: [Pattern], in words: [String]) -> [Pattern] {
        var used = Array(repeating: false, count: words.count)
        var found: [(position: Int, pattern: Pattern)] = []
        for pattern in patterns where pattern.words.count <= words.count {
            for start in 0...(words.count - pattern.words.count) {
                let range = start..<(start + pattern.words.count)
                guard !range.contains(where: { used[$0] }),
                      zip(pattern.words, words[range]).allSatisfy(wordMatches) else { continue }
                for i in range { used[i] = true }
                found.append((start, pattern))
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.pattern)
    }

    static func wordMatches(_ entryWord: String, _ nameWord: String) -> Bool {
        entryWord == nameWord || (entryWord.count >= minimumPrefixLength && nameWord.hasPrefix(entryWord))
    }
}
