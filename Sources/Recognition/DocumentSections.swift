import Foundation
import PageLayout

/// What kind of document its section headings say it is, for a document that names itself
/// nowhere (no name on its first page, in a running header or in its properties): an
/// activity report's “Bütçe Uygulama Sonuçları” and “Performans Sonuçları Tablosu”, a
/// strategic plan's “GZFT Analizi” and “Paydaş Analizi”, a budget's “Gider Bütçesi” and
/// “Gelir Bütçesi” — parts their guides give them and a program has none of (a plan's goal
/// cards and costing are not: a program arranged as goal cards prints both).
struct DocumentSections {
    /// Distinct sections of one kind that make a document of that kind: one may be a passing
    /// heading of a program (a unit's “Durum Analizi”); two are the document's own plan.
    static let minimumSections = 2
    /// A heading is a line no longer than a table's title; running text is not read.
    static let maximumHeadingWords = TableKind.maximumTitleWords
    /// Headings quoted as the evidence, at most (the first found).
    static let quotedSections = 3
    /// The kinds that have sections of their own.
    static let kinds = DocumentKind.allCases.filter { !Lexicon.phrases($0.concept, .section).isEmpty }

    /// Per kind, the sections found in document order: the phrase (folded) and the heading as printed.
    private var found: [DocumentKind: [(phrase: String, heading: String)]] = [:]

    mutating func add(_ page: Page) {
        for line in page.lines where line.words.count <= Self.maximumHeadingWords {
            guard let folded = Self.heading(line) else { continue }
            for kind in Self.kinds {
                for phrase in Lexicon.phrases(kind.concept, .section)
                where phrase.matches(folded, .leading) && !(found[kind]?.contains { $0.phrase == phrase.folded } ?? false) {
                    found[kind, default: []].append((phrase.folded, line.text))
                }
            }
        }
    }

    /// A line's heading, folded, without its number (“III-”, “1.2.”, “A-”); nil for a line
    /// holding figures: a table's row that names a section's subject (“Gider bütçe
    /// gerçekleşme oranı (%) 98”) is no heading.
    static func heading(_ line: TextLine) -> String? {
        var words = line.words.map(\.text)
        if let first = words.first, isSectionNumber(first) { words.removeFirst() }
        guard !words.isEmpty, !words.contains(where: isFigure) else { return nil }
        return Lexicon.fold(words.joined(separator: " "))
    }

    /// “III-”, “IV.”, “2.3.”, “1-”, “A-”, “b)”: a section's number.
    static func isSectionNumber(_ word: String) -> Bool {
        let core = word.trimmingCharacters(in: CharacterSet(charactersIn: ".-)("))
        guard !core.isEmpty else { return false }
        return core.allSatisfy { $0.isNumber || $0 == "." } || core.allSatisfy { "IVX".contains($0) } || (core.count == 1 && core.allSatisfy(\.isLetter))
    }

    /// A number, an amount or a share (“98”, “1.250,00”, “(%)”).
    static func isFigure(_ word: String) -> Bool {
        word.contains("%") || (word.contains(where: \.isNumber) && word.allSatisfy { $0.isNumber || ".,()".contains($0) })
    }

    /// The kind with the most sections (at least `minimumSections`), as the document's name.
    var name: DocumentName? {
        let enough = found.filter { $0.value.count >= Self.minimumSections }
        guard let (kind, sections) = enough.max(by: { ($0.value.count, $1.key.rawValue) < ($1.value.count, $0.key.rawValue) }) else {
            return nil
        }
        return DocumentName(kind: kind, place: "in its section headings",
                            words: sections.prefix(Self.quotedSections).map(\.heading).joined(separator: "', '"), fromSections: true)
    }
}
