import PageLayout

/// How a document names itself, and so what kind of document it is. Read only where a
/// document states its own name — its cover (the first page with text: its type sizes from
/// the largest, then its first lines), its running header, its document properties — never
/// from running text, where an activity report quotes the program it reports on and a
/// council decision the program it approves. Where several kinds stand in one name, see `named`.
public struct DocumentName: Sendable, Equatable {
    public var kind: DocumentKind
    /// Where the name stands: “on page 1”, “in the running header”, “in the document properties”.
    public var place: String
    /// The printed words that name it (“2024 YILI FAALİYET RAPORU”), or the section headings
    /// that make it its kind.
    public var words: String
    /// Told by its section headings, not by a name (`DocumentSections`).
    public var fromSections = false
    /// A program named behind the council decision that approves it: the decision's pages name
    /// programs (its own, last year's) as they please, so the program's year is its own name's.
    public var boundBehindDecision = false

    /// Why the document is of its kind, in a sentence: “it names itself so on page 1 ('2024
    /// YILI FAALİYET RAPORU')”.
    public var evidence: String {
        fromSections ? "its section headings are one's ('\(words)')" : "it names itself so \(place) ('\(words)')"
    }

    /// A name is short: a run of text this long in one type size is running text (a cover's
    /// title, administration, period and subtitle stay well under it).
    static let maximumNameWords = 40
    /// Type sizes this close (points) are one size: one style, measured a little apart.
    static let sizeTolerance = 0.5
    /// A first page that is no cover states its name in its first lines (“… MECLİS KARARI”,
    /// “Karar Tarihi: …”, “Konusu: …”), before its running text: this many lines, …
    static let openingLines = 4
    /// … each a heading's length (a table title's, `TableKind.maximumTitleWords`): a longer line
    /// is running text, which names other documents as it pleases.
    static let maximumOpeningLineWords = TableKind.maximumTitleWords
    /// Words printed before a name that belong to it (“2024 YILI”, “2025 MALİ YILI”), at most.
    static let leadingWords = 3

    /// A council decision approving a program is one or two pages: a program bound behind the
    /// decision that approves it names itself on its own cover within this many pages after it.
    static let boundDecisionPages = 3

    /// The name of a document from its first page with text, its running header lines (most
    /// frequent first) and its title in the document properties; nil where none names a kind.
    /// A first page naming a council decision gives way to a program named on a cover of the
    /// `following` pages or in the running header: the decision is bound in front of the
    /// program it approves (a program refused is a program lost).
    static func read(firstPage: Page?, following: [Page] = [], runningLines: [TextLine], title: String?) -> DocumentName? {
        if let page = firstPage, let name = onCover(page) {
            guard name.kind == .councilDecision else { return name }
            let bound = following.prefix(boundDecisionPages).lazy.compactMap(onCover).first { $0.kind == .performanceProgram }
                ?? runningLines.lazy.compactMap { named($0.words.map(\.text), place: "in the running header") }.first { $0.kind == .performanceProgram }
            guard var program = bound else { return name }
            program.place += ", behind the council decision \(name.place) that approves it"
            program.boundBehindDecision = true
            return program
        }
        for line in runningLines {
            if let name = named(line.words.map(\.text), place: "in the running header") { return name }
        }
        if let title, let name = named(title.split(separator: " ").map(String.init), place: "in the document properties") { return name }
        return nil
    }

    /// The name a page gives itself as a cover: its type sizes from the largest, then its first lines.
    static func onCover(_ page: Page) -> DocumentName? {
        let place = "on page \(page.number)"
        for tier in tiers(page.lines) where tier.reduce(0, { $0 + $1.words.count }) <= maximumNameWords {
            if let name = named(tier.flatMap { $0.words.map(\.text) }, place: place) { return name }
        }
        let opening = page.lines.prefix(openingLines).prefix { $0.words.count <= maximumOpeningLineWords }
        return named(opening.flatMap { $0.words.map(\.text) }, place: place)
    }

    /// The lines of a page by type size, the largest first, each size's lines in page order.
    static func tiers(_ lines: [TextLine]) -> [[TextLine]] {
        func size(_ line: TextLine) -> Double { line.largestScale }
        // Each size more than the tolerance below the last opens a tier; a line joins the first
        // tier whose size it is within the tolerance of.
        var sizes: [Double] = []
        for s in lines.map(size).sorted(by: >) where sizes.last.map({ $0 - s > sizeTolerance }) ?? true {
            sizes.append(s)
        }
        var tiers = Array(repeating: [TextLine](), count: sizes.count)
        for line in lines {
            if let k = sizes.firstIndex(where: { $0 - size(line) <= sizeTolerance }) { tiers[k].append(line) }
        }
        return tiers
    }

    /// The kind that printed `words` name, with the words of its name. Of several kinds in one
    /// name, a council decision named first is one (its name states the program it decides on:
    /// “MECLİS KARARI … Konusu: 2025 Yılı Performans Programı”); otherwise a name that holds the
    /// program is a program's (“2020-2024 Stratejik Planı / 2024 Yılı Performans Programı”: a
    /// program citing its plan; “2025 Mali Yılı Bütçesi ve Performans Programı”: bound with its
    /// budget), for a program refused is a program lost; else the first kind named.
    static func named(_ printed: [String], place: String) -> DocumentName? {
        // Punctuation alone (“:”, “–”) is no word of a name.
        let words = printed.map { ($0, Lexicon.fold($0)) }.filter { !$0.1.isEmpty }
        let folded = words.map(\.1)
        var names: [DocumentName] = []
        for k in folded.indices {
            for kind in DocumentKind.allCases where !names.contains(where: { $0.kind == kind }) {
                guard let n = Lexicon.leads(folded, at: k, kind.concept, .documentName) else { continue }
                var start = k
                while start > 0, k - start < leadingWords,
                      words[start - 1].0.contains(where: \.isNumber) || Lexicon.isFoldedWord(folded[start - 1], .documentNameWord, .text) {
                    start -= 1
                }
                var end = k + n
                if end < words.count, words[end].0.contains(where: \.isNumber) { end += 1 }
                names.append(DocumentName(kind: kind, place: place, words: words[start..<end].map(\.0).joined(separator: " ")))
            }
        }
        guard let first = names.first, first.kind != .councilDecision else { return names.first }
        return names.first { $0.kind == .performanceProgram } ?? first
    }
}
