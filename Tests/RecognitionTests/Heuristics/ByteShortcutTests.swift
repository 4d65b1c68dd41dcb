import Foundation
import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// Recognition's byte-level shortcuts read exactly as the character-level operations they
/// stand for, on Turkish text, combining marks, carriage returns and other scripts.
@Suite struct ByteShortcutTests {
    static let texts = [
        "", ":", "a:", "Amaç:", "AMAÇ:", "Hedef 1.1:", "ş:", "a\u{301}:", ":\u{301}", "\u{600}:", " :", "Açıklama :",
        "Tablosu", "TABLO", "İhtiyacı", "I\u{307}htiyac", "Tab\r\nlo", "Tablo\r\n", "Table\u{301}au", "abcdef\u{301}",
        "abcde\u{301}f", "日本語の表", "Ta", " x ", "\tx", "x\u{A0}", "\u{3000}x", "1.1", "(1)", "ab\u{2003}",
    ]

    @Test func colonEnding() {
        for t in Self.texts { #expect(LabelledRow.endsWithColon(t) == t.hasSuffix(":"), "\(t.debugDescription)") }
    }

    @Test func trimming() {
        for t in Self.texts {
            #expect(LabelledRow.trimmed(t) == t.trimmingCharacters(in: .whitespaces), "\(t.debugDescription)")
        }
    }

    @Test func leadingCharacters() {
        for t in Self.texts {
            for n in 0...7 { #expect(TableKind.leadingCharacters(t, n) == String(t.prefix(n)), "\(t.debugDescription) \(n)") }
        }
    }

    @Test func suffixesWordsAndSearches() {
        let more = Self.texts + ["a.", "1.000.", "ş.", "a\u{301}.", "x\r\n", "x\n", "a  b", " a b ", "İdare  Adı", "a\u{301} b",
                                 "İçindekiler ....... 12", "a...b", "....", "...", "é....\u{301}"]
        for t in more {
            #expect(TextBytes.hasSuffix(t, ".") == t.hasSuffix("."), "\(t.debugDescription)")
            #expect(TextBytes.hasSuffix(t, "\n") == t.hasSuffix("\n"), "\(t.debugDescription)")
            #expect(TextBytes.words(t) == t.split(separator: " ").map(String.init), "\(t.debugDescription)")
            for n in 0...4 {
                #expect(TextBytes.leadingWords(t, n) == Array(t.split(separator: " ").prefix(n)).map(String.init), "\(t.debugDescription) \(n)")
            }
            #expect((TextBytes.plainContains(t, "....") ?? t.contains("....")) == t.contains("...."), "\(t.debugDescription)")
        }
    }

    /// A remembered answer is the row's own: a changed row asks afresh, and nil is an answer.
    @Test func rememberedAnswers() {
        let line = TextLine(words: [Word(text: "Genel", box: Rect(x0: 0, y0: 0, x1: 30, y1: 10), fontSize: 10),
                                    Word(text: "Toplam", box: Rect(x0: 35, y0: 0, x1: 70, y1: 10), fontSize: 10)])
        var band = RowBand(page: 1, lines: [line], separatedBy: .gap)
        #expect(band.folded == "genel toplam")
        #expect(DocumentRows.title(band) == nil)
        #expect(DocumentRows.title(band) == nil)
        band.lines = [TextLine(words: [Word(text: "Maliyet", box: Rect(x0: 0, y0: 0, x1: 30, y1: 10), fontSize: 10)])]
        #expect(band.folded == "maliyet")
    }
}
