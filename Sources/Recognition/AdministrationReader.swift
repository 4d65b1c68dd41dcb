import Dataset
import PageLayout

/// The administration's name and the program year, read from the document itself: the
/// “İdare Adı” cell, else the running header or cover (“… Belediyesi”, “2024 Yılı
/// Performans Programı”).
enum AdministrationReader {
    /// Words an administration's name is made of, at most.
    static let maximumNameWords = 5

    static func administration(idareAdi: String?, lines: [TextLine]) -> String? {
        if let v = idareAdi, !v.isEmpty { return titleCased(v, lines: lines) }
        // Per name: how often it stands, and whether its last word is a unit's as well (“…
        // Daire Başkanlığı” in the responsible-unit cells outnumbers the running header's “…
        // Belediyesi”, yet names a unit of it; a “… Başkanlığı” is the administration only
        // when no other name stands).
        var counts: [String: (count: Int, unitLike: Bool)] = [:]
        for line in lines {
            let boxes = line.words
            let words = boxes.map(\.text)
            let endings = words.indices.filter { Lexicon.isWord(words[$0], .administration, .nameEnding) }
            guard !endings.isEmpty else { continue }
            // A name never reaches back over the label that announces it (“İdare Adı”).
            var labelEnd = 0
            let folded = words.map(Lexicon.fold)
            for k in folded.indices {
                if let n = Lexicon.leads(folded, at: k, .administration, .rowLabel) { labelEnd = max(labelEnd, k + n) }
            }
            // “Gelir İdaresi Başkanlığı” is one name, not “Gelir İdaresi” too.
            for k in endings where !endings.contains(k + 1) {
                let w = words[k]
                var start = k
                while start > labelEnd, k - start + 1 < maximumNameWords {
                    let prev = words[start - 1]
                    if Lexicon.isWord(prev, .documentTitleWord, .text) || prev.contains(where: \.isNumber) { break }
                    if !isPartOfName(boxes[start - 1], before: boxes[start]) { break }
                    start -= 1
                }
                guard start < k else { continue }
                let name = words[start...k].joined(separator: " ")
                counts[name, default: (0, Lexicon.isWord(w, .responsibleUnit, .nameEnding))].count += 1
            }
        }
        guard let best = counts.max(by: { a, b in
            (!a.value.unitLike ? 1 : 0, a.value.count, b.key) < (!b.value.unitLike ? 1 : 0, b.value.count, a.key)
        })?.key else { return nil }
        let isUpper = best == best.uppercased()
        return isUpper ? titleCased(best, lines: lines) : TextNormalization.collapse(best)
    }

    /// Whether `previous` can belong to the name that `next` is part of. A name stands in one
    /// cell (a gap as wide as a label's from its value, `LabelledRow.columnGapFraction`, parts
    /// “İdare | Kayseri Büyükşehir Belediyesi”), after a label's colon (“Faaliyet Adı: …”), and
    /// in capitals, its every word opening with one: a sentence's words before it (“Kent
    /// genelinde Balıkesir Büyükşehir Belediyesi …”, wrapped so that the line ends with the
    /// name) are no part of it.
    static func isPartOfName(_ previous: Word, before next: Word) -> Bool {
        guard next.box.x0 - previous.box.x1 < LabelledRow.columnGapFraction * next.scale else { return false }
        guard !previous.text.hasSuffix(":") else { return false }
        return previous.text.first { $0.isLetter }?.isUppercase ?? false
    }

    /// A name in capitals, title-cased (`TextNormalization.turkishTitleCased`). A word with an "I"
    /// that may be i or ı is spelled as the document prints it in small letters (“Iğdır” in a
    /// sentence beside “IĞDIR BELEDIYESI”), else as the vocabulary spells it (`Lexicon.spellings`),
    /// else by vowel harmony. Words of a web or e-mail address count for nothing (`Lexicon.isAddress`).
    static func titleCased(_ name: String, lines: [TextLine]) -> String {
        guard name.unicodeScalars.contains("I") else { return TextNormalization.turkishTitleCased(name) }
        var printed: [String: String] = [:]
        for line in lines {
            // An address writes ı as i: its words give no evidence (“www.kirikkale.bel.tr”).
            for word in line.words where !Lexicon.isAddress(word.text) {
                for run in word.text.split(whereSeparator: { !$0.isLetter }) where run.contains(where: \.isLowercase) {
                    let key = TextNormalization.dotlessKey(String(run))
                    if printed[key] == nil { printed[key] = String(run) }
                }
            }
        }
        return TextNormalization.turkishTitleCased(name) { word in
            let key = TextNormalization.dotlessKey(word)
            return printed[key] ?? Lexicon.spellings[key]
        }
    }

    /// The year of “2024 Yılı Performans Programı” or “2022 Mali Yılı Performans Programı” (most
    /// frequent), else of “PERFORMANS PROGRAMI 2015” (a cover setting the year after the name: the
    /// year ends the line, so that a sentence going on after “Performans Programı 2024 …” names
    /// none), else nil.
    static func year(lines: [TextLine], title: String?) -> Int? {
        var before: [Int: Int] = [:]
        var after: [Int: Int] = [:]
        for text in lines.map(\.text) + [title ?? ""] {
            let words = TextBytes.words(Lexicon.fold(text))
            // Each phrase after the year counts once (a year before “Yılı Performans Programı” twice).
            for phrase in Lexicon.phrases(.performanceProgram, .title) {
                for k in words.indices.dropLast() where phrase.leads(words[(k + 1)...]) != nil {
                    if let y = Int(words[k]), ProgramYear.isPlausible(y) { before[y, default: 0] += 1 }
                }
                for k in words.indices {
                    guard let n = phrase.leads(words[k...]), k + n == words.count - 1, let y = Int(words[k + n]), ProgramYear.isPlausible(y) else { continue }
                    after[y, default: 0] += 1
                }
            }
        }
        return (before.isEmpty ? after : before).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
