import Dataset

/// A responsible unit's name (Sorumlu Harcama Birimi) reduced to the words that tell one
/// unit from another, so that the ways documents spell one unit match: "Fen İşleri Dai.
/// Bşk." / "Fen İşleri Dairesi Başkanlığı", "Zabıta Daire Başkanlığı" / "Zabıta Dairesi
/// Başkanlığı", "Kent Tarihi ve Tanıtım" / "Kent Tarihi ve Tanıtımı".
public struct UnitName: Sendable, Equatable {
    /// Words every unit name carries (or abbreviates), which tell no unit apart.
    static let genericWords: Set<String> = ["ve", "daire", "dairesi", "dai", "baskanligi", "bsk", "bskn", "baskanlik"]
    /// Turkish suffixes change a word's last letters ("Tanıtım" / "Tanıtımı",
    /// "Müdürlük" / "Müdürlüğü"): two words match when they share all but this many
    /// letters of the shorter one…
    static let suffixLetters = 2
    /// …but only words at least this long: short words and numbers ("1.", "2.") must be equal.
    static let minimumSuffixedLength = 5

    public let words: [String]

    public init(_ name: String) {
        words = Identifiers.slug(name).split(separator: "-").map(String.init).filter { !Self.genericWords.contains($0) }
    }

    /// Whether the two names denote the same unit.
    public func matches(_ other: UnitName) -> Bool {
        guard !words.isEmpty, words.count == other.words.count else { return false }
        return zip(words, other.words).allSatisfy(Self.wordsMatch)
    }

    static func wordsMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= minimumSuffixedLength else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= shorter - suffixLetters
    }
}
