extension Lexicon {
    /// The words that open the phrases of some concepts in some roles, for a cheap first test
    /// of a row: a text made of a row's words (a line, a cell, one word, the row), folded,
    /// holds only words the row's folded text holds, and a phrase standing anywhere in it opens
    /// one of them with its first word. A row holding no word that opens with one of these
    /// cannot be named by the phrases in any of those texts, which then need not be folded.
    struct Openings: Sendable {
        /// Each phrase's first word, as a stem (“Faaliyet/Proje” opens with “faaliyet”).
        private let stems: [Phrase]

        init(_ uses: [(Concept, Role)]) {
            let words = uses.flatMap { c, r in phrases(c, r).compactMap { $0.folded.split(separator: " ").first.map(String.init) } }
            stems = Array(Set(words)).sorted().map { Phrase($0 + "*") }
        }

        /// Whether `folded` (`fold`) holds a word that opens with one of the first words.
        func occur(in folded: String) -> Bool {
            stems.contains { $0.matches(folded, .within) }
        }
    }
}
