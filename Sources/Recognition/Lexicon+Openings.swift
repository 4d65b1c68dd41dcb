extension Lexicon {
    /// The words that open the phrases of some concepts in some roles, for a cheap first test
    /// of a row: a text made of a row's words (a line, a cell, one word, the row), folded,
    /// holds only words the row's folded text holds, and a phrase standing anywhere in it opens
    /// one of them with its first word. A row holding no word that opens with one of these
    /// cannot be named by the phrases in any of those texts, which then need not be folded.
    struct Openings: Sendable {
        /// Each phrase's first word, as a stem (“Faaliyet/Proje” opens with “faaliyet”): its
        /// folded bytes (an empty stem is found nowhere), and which bytes open one.
        private let stemBytes: [[UInt8]]
        private let opens: [Bool]

        init(_ uses: [(Concept, Role)]) {
            let words = uses.flatMap { c, r in phrases(c, r).compactMap { $0.folded.split(separator: " ").first.map(String.init) } }
            let stems = Array(Set(words)).sorted().map { Phrase($0 + "*") }
            stemBytes = stems.map { Array($0.folded.utf8) }.filter { !$0.isEmpty }
            var opens = [Bool](repeating: false, count: 256)
            for stem in stemBytes { opens[Int(stem[0])] = true }
            self.opens = opens
        }

        /// Whether `folded` (`fold`) holds a word that opens with one of the first words: a
        /// stem's `matches(folded, .within)`, each word start tried once against the stems
        /// opening with its byte (folded text is ASCII, its words parted by spaces).
        func occur(in folded: String) -> Bool {
            var text = folded
            return text.withUTF8 { t in
                let space = UInt8(ascii: " ")
                var start = 0
                while start < t.count {
                    let b = t[start]
                    if opens[Int(b)] {
                        for stem in stemBytes where stem[0] == b && t.count - start >= stem.count {
                            var k = 1
                            while k < stem.count && t[start + k] == stem[k] { k += 1 }
                            if k == stem.count { return true }
                        }
                    }
                    // The next word starts after the next space.
                    while start < t.count && t[start] != space { start += 1 }
                    start += 1
                }
                return false
            }
        }
    }
}
