import Dataset
import PageLayout

/// The administration's name and the program year, read from the document itself: the
/// “İdare Adı” cell, else the running header or cover (“… Belediyesi”, “2024 Yılı
/// Performans Programı").
enum AdministrationReader {
    /// Words an administration's name is made of, at most.
    static let maximumNameWords = 5

    static func administration(idareAdi: String?, lines: [TextLine]) -> String? {
        if let v = idareAdi, !v.isEmpty { return TextNormalization.turkishTitleCased(v) }
        var counts: [String: Int] = [:]
        for line in lines {
            let words = line.words.map(\.text)
            for (k, w) in words.enumerated() where Lexicon.isWord(w, .administration, .nameEnding) {
                var start = k
                while start > 0, k - start + 1 < maximumNameWords {
                    let prev = words[start - 1]
                    if Lexicon.isWord(prev, .documentTitleWord, .text) || prev.contains(where: \.isNumber) { break }
                    start -= 1
                }
                guard start < k else { continue }
                counts[words[start...k].joined(separator: " "), default: 0] += 1
            }
        }
        guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return nil }
        let isUpper = best == best.uppercased()
        return isUpper ? TextNormalization.turkishTitleCased(best) : TextNormalization.collapse(best)
    }

    /// The year of “2024 Yılı Performans Programı” (most frequent), else nil.
    static func year(lines: [TextLine], title: String?) -> Int? {
        var counts: [Int: Int] = [:]
        for text in lines.map(\.text) + [title ?? ""] {
            let words = Lexicon.fold(text).split(separator: " ").map(String.init)
            // Each phrase after the year counts once (a year before “Yılı Performans Programı” twice).
            for phrase in Lexicon.phrases(.performanceProgram, .title) {
                for k in words.indices.dropLast() where phrase.leads(words[(k + 1)...]) != nil {
                    if let y = Int(words[k]), ProgramYear.isPlausible(y) { counts[y, default: 0] += 1 }
                }
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
