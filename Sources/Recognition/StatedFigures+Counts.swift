import Dataset
import PageLayout

/// Counts stated in running text and in labelled lines.
enum StatedCountTextReader {
    /// A line printed identically on more than this many pages is a running header or
    /// footer (“2024 YILI PERFORMANS PROGRAMI …”), not part of the page's sentences.
    static let runningLinePages = 3

    static func read(pages: [Page]) -> [StatedCount] {
        let running = runningLines(pages)
        return pages.flatMap { sentenceCounts($0, skipping: running) + labelledCounts($0) }
    }

    static func runningLines(_ pages: [Page]) -> Set<String> {
        // Each line's text is hashed once (hashing text beyond ASCII costs much), and counts
        // the pages it stands on: a page once, however often it stands there.
        var pagesWith: [String: (pages: Int, lastPage: Int)] = [:]
        pagesWith.reserveCapacity(pages.reduce(0) { $0 + $1.lines.count })
        func count(_ entry: inout (pages: Int, lastPage: Int), onPage k: Int) {
            if entry.lastPage != k { entry = (entry.pages + 1, k) }
        }
        for (k, page) in pages.enumerated() {
            for line in page.lines { count(&pagesWith[line.text, default: (0, -1)], onPage: k) }
        }
        return Set(pagesWith.filter { $0.value.pages > runningLinePages }.keys)
    }

    /// “… Performans Programında; 51 adet Performans Hedefi, … 154 adet Faaliyet/Proje …”:
    /// “<n> adet” before the noun, in sentences that speak of the program itself, so that
    /// an activity named “10 adet faaliyet düzenlemek” states nothing.
    /// `folded`: the page's words folded, line by line (`StatedWord.folded`), when the caller has them.
    static func sentenceCounts(_ page: Page, skipping running: Set<String> = [], folded: [[String]]? = nil) -> [StatedCount] {
        var found: [StatedCount] = []
        let folded = folded ?? StatedWord.folded(page)
        for (sentence, keys) in sentences(page, folded: folded, skipping: running) {
            // A count is a number with two words after it: a sentence without one states
            // none, whatever it speaks of (most sentences).
            guard sentence.indices.contains(where: { $0 + 2 < sentence.count && StatedWord.count(sentence[$0]) != nil }) else { continue }
            let aboutProgram = keys.indices.contains { Lexicon.leads(keys, at: $0, .performanceProgram, .text) != nil }
            guard aboutProgram else { continue }
            for (i, word) in sentence.enumerated() {
                guard let n = StatedWord.count(word) else { continue }
                // “adet” (pieces) marks a count: a bare number before “Faaliyetler” is a
                // year or a table's column on the page (“Kaynak İhtiyacı 2024 Faaliyetler”).
                let j = i + 2
                guard j < keys.count, Lexicon.leads(keys, at: i + 1, .pieces, .text) != nil else { continue }
                if Lexicon.leads(keys, at: j, .performanceGoal, .text) != nil {
                    found.append(StatedCount(kind: .goals, count: n, page: page.number))
                } else if Lexicon.leads(keys, at: j, .activity, .text) != nil {
                    found.append(StatedCount(kind: .activities, count: n, page: page.number))
                }
            }
        }
        return found
    }

    /// The page's words in reading order, cut into sentences at words ending in a full stop,
    /// each with its words folded (`folded`, line by line): only the sentences holding a count,
    /// a number with two words after it (`sentenceCounts` reads no other, and most hold none).
    private static func sentences(_ page: Page, folded: [[String]], skipping running: Set<String>) -> [(words: [String], keys: [String])] {
        var out: [(words: [String], keys: [String])] = []
        // The sentence read so far as its words' places, and the place in it of its first number.
        var places: [(line: Int, word: Int)] = []
        var firstCount: Int? = nil
        func close() {
            if let first = firstCount, first + 2 < places.count {
                out.append((places.map { page.lines[$0.line].words[$0.word].text }, places.map { folded[$0.line][$0.word] }))
            }
            places.removeAll(keepingCapacity: true)
            firstCount = nil
        }
        // A running line's text is built only for lines as long as one (most are not).
        let runningLengths = Set(running.map(\.utf8.count))
        for (k, line) in page.lines.enumerated() {
            if !running.isEmpty, runningLengths.contains(spacedLength(line.words)), running.contains(line.text) { continue }
            for w in line.words.indices {
                let text = line.words[w].text
                if firstCount == nil, StatedWord.count(text) != nil { firstCount = places.count }
                places.append((k, w))
                if TextBytes.hasSuffix(text, "."), TurkishNumber.amount(String(text.dropLast())) == nil { close() }
            }
        }
        if !places.isEmpty { close() }
        return out
    }

    /// The length in UTF-8 bytes of the words' text (`Word.spaced`): a space between words.
    private static func spacedLength(_ words: [Word]) -> Int {
        words.isEmpty ? 0 : words.reduce(words.count - 1) { $0 + $1.text.utf8.count }
    }

    /// “Toplam Faaliyet Sayısı 328”, “Performans Hedefi Sayısı: 51”: the label opens the
    /// line (after an optional “Toplam”) and the number follows it, so that an indicator
    /// named “… Faaliyet Sayısı” (with its unit before the value) states nothing.
    /// `folded`: the page's words folded, line by line (`StatedWord.folded`), when the caller has them.
    static func labelledCounts(_ page: Page, folded: [[String]]? = nil) -> [StatedCount] {
        page.lines.indices.compactMap { k -> StatedCount? in
            let line = page.lines[k]
            // The count stands after a label word and its count word: a line without a number
            // from its third word on states none (most lines; not folded).
            // (By index: asked of every line of every page, the words are not copied out one by one.)
            guard line.words.indices.dropFirst(2).contains(where: { StatedWord.count(line.words[$0].text) != nil }) else { return nil }
            let keys = folded?[k] ?? Lexicon.foldEach(line.words.map(\.text))
            var i = Lexicon.leads(keys, at: 0, .total, .rowLabel) ?? 0
            let kind: StatedCount.Kind
            if let n = Lexicon.leads(keys, at: i, .performanceGoal, .text) {
                kind = .goals; i += n
            } else if let n = Lexicon.leads(keys, at: i, .activity, .text) {
                kind = .activities; i += n
            } else {
                return nil
            }
            guard i + 1 < keys.count, Lexicon.leads(keys, at: i, .count, .text) != nil else { return nil }
            var n = i + 1
            if line.words[n].text == ":" { n += 1 }
            guard n < line.words.count, let count = StatedWord.count(line.words[n].text) else { return nil }
            return StatedCount(kind: kind, count: count, page: page.number)
        }
    }
}
