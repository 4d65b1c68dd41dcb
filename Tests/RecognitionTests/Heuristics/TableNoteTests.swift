import PageLayout
import Testing
@testable import Recognition

/// A table's note and its continued caption are no rows (`TableNote`).
@Suite struct TableNoteTests {
    /// 8 pt words of `text` from x = 60 at `y`, 4 pt a letter, 3 pt between words.
    static func line(_ text: String, y: Double) -> [Word] {
        var x = 60.0
        return text.split(separator: " ").map { w in
            defer { x += Double(w.count) * 4 + 3 }
            return WordBoxes.word(String(w), x, y, x + Double(w.count) * 4, y + 8, size: 8)
        }
    }

    /// Under an indicator table, “(*) 2024 yılı …” was read as more of the last indicator's name;
    /// over a table's rest on the next page, “Tablo 10 (Devamı)” ended the activity above it and
    /// “PERFORMANS HEDEFİ TABLOSU (Devamı)” opened a second goal table. Left out, the rows around
    /// them stay, and so does a name that ends in the word without parentheses.
    @Test func notesAndContinuedCaptionsAreNoRows() {
        let texts = ["PERFORMANS HEDEFİ TABLOSU", "Kişi sayısı 120 150", "(*) 2024 yılı değerleri tahmin, 2025 yılı değerleri hedeftir.",
                     "** Birikimli değerdir.", "Tablo 10 (Devamı)", "PERFORMANS HEDEFİ TABLOSU (Devamı)", "(devamı)",
                     "Kanalizasyon hattı yapımının devamı 1.200.000", "(*)"]
        let words = texts.enumerated().flatMap { Self.line($1, y: 100 + 20 * Double($0)) }
        let rows = DocumentRows.rows([WordBoxes.page(1, words)]).map(\.text)
        #expect(rows == ["PERFORMANS HEDEFİ TABLOSU", "Kişi sayısı 120 150", "Kanalizasyon hattı yapımının devamı 1.200.000", "(*)"], "\(rows)")
        #expect(DocumentRows.rows([WordBoxes.page(1, words)]).filter { DocumentRows.title($0) != nil }.count == 1)
    }
}
