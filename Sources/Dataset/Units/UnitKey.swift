/// What tells one responsible unit from another: the canonical name's folded words split
/// into the stem ("kent tarihi tanitim") and the organisational form ("dairesi
/// baskanligi"). Two spellings are one unit when their stems match word for word, allowing
/// a Turkish suffix ("Tanıtım" / "Tanıtımı", "Sistem" / "Sistemler"), and their forms are
/// equal or one is not printed.
public struct UnitKey: Hashable, Sendable {
    /// Turkish suffixes change a word's last letters: two words match when they share all
    /// but this many letters of the shorter one…
    static let suffixLetters = 2
    /// …but only words at least this long: short words and numbers ("1.", "2.") must be equal.
    static let minimumSuffixedLength = 5

    public let stem: [String]
    public let form: [String]

    public init(_ name: String) {
        let words = UnitName.foldedWords(name)
        let formCount = words.reversed().prefix { UnitVocabulary.formWords.contains($0) }.count
        stem = Array(words.dropLast(formCount))
        form = Array(words.suffix(formCount))
    }

    public func matches(_ other: UnitKey) -> Bool {
        guard !stem.isEmpty, stem.count == other.stem.count else { return false }
        guard form == other.form || form.isEmpty || other.form.isEmpty else { return false }
        return zip(stem, other.stem).allSatisfy(Self.wordsMatch)
    }

    static func wordsMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= minimumSuffixedLength else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= shorter - suffixLetters
    }
}
