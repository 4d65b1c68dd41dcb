import Testing
import PageLayout
import Dataset
@testable import Recognition

/// The shortcuts of folding and phrase matching (issue 14's CPU work) read exactly as the
/// plain operations they stand for: collapsed text kept as it stands, a phrase list passed
/// over by its opening bytes, a text folded after one pass over its bytes, a count told from
/// its bytes.
@Suite struct FoldingShortcutTests {
    static let texts = ByteShortcutTests.texts + [
        "a  b", " a b ", "a b ", "a\tb", "a\u{A0}b", "a\u{85}b", "Genel Toplam", "Hedef\u{2003}1", "İdare  Adı", "x\r\ny",
        "Top- lam", "bakım-onarım", "e-Belediye", "A1-H1", "-", "--", "1.234,56", "%12", "TL", "₺", "5393 sayılı",
    ]

    @Test func collapsedTextStandsAsItIs() {
        for t in Self.texts {
            let byCharacters = t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(WrappedText.collapsed(t) == byCharacters, "\(t.debugDescription)")
            #expect(WrappedText.join([t]) == byCharacters, "\(t.debugDescription)")
        }
    }

    @Test func foldingInOnePass() {
        for t in Self.texts {
            let plain = !t.isEmpty && t.utf8.allSatisfy { $0 &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 }
            #expect(Lexicon.fold(t) == (plain ? t : Identifiers.slug(Lexicon.namingLiraSign(Lexicon.joiningHyphenatedWords(t)), separator: " ")), "\(t.debugDescription)")
        }
    }

    /// Every list of phrases, asked of texts that hold its phrases whole, inside others, cut
    /// short and run on, finds what trying each phrase at each word start finds.
    @Test func phrasesPassedOverByTheirOpeningBytes() {
        let positions: [Lexicon.Position] = [.whole, .leading, .within]
        let printed: [String] = Self.texts.map { Lexicon.fold($0) } + ["", " ", "x", "toplam", "genel toplam", "a b c"]
        for concept in Lexicon.Concept.allCases {
            for role in Lexicon.Role.allCases {
                let phrases = Lexicon.phrases(concept, role)
                let folded = phrases.map(\.folded)
                var texts = printed
                for f in folded {
                    let around: [String] = ["x " + f, f + " y", "x " + f + " y", f + "lar", String(f.dropLast()), "x" + f, f + " " + f]
                    texts.append(f)
                    texts += around
                }
                for text in texts {
                    for position in positions {
                        #expect(Lexicon.names(concept, role, text, position) == phrases.contains { $0.matches(text, position) },
                                "\(concept) \(role) \(text.debugDescription) \(position)")
                    }
                }
            }
        }
    }

    /// A line's and a row's folded text joined from their words folded one by one (`FoldedLines`,
    /// `Lexicon.foldedText`) is the text folded: every pair of texts as the words of a line, rows of
    /// two such lines, and lines that are not the page's.
    @Test func foldedTextJoinedFromFoldedWords() {
        let texts = Self.texts + ["Top-", "lam", "Perfor-", "mans", "Hedefi", "x-", "-y", "İ", "\u{307}b"]
        func word(_ text: String, _ k: Int, _ y: Double) -> Word {
            Word(text: text, box: Rect(x0: Double(k) * 50, y0: y, x1: Double(k) * 50 + 40, y1: y + 10), fontSize: 10)
        }
        var lines: [TextLine] = []
        for (i, a) in texts.enumerated() {
            for (j, b) in texts.enumerated() { lines.append(TextLine(words: [word(a, 0, Double(i * texts.count + j) * 20), word(b, 1, Double(i * texts.count + j) * 20)])) }
        }
        let page = Page(number: 1, width: 600, height: 1e6, words: lines.flatMap(\.words), lines: lines)
        let folded = FoldedLines(page)
        #expect(folded.words == StatedWord.folded(page))
        for (k, line) in lines.enumerated() {
            #expect(folded.text(of: line) == Lexicon.fold(line.text), "\(line.text.debugDescription)")
            let row = [line, lines[(k * 7 + 3) % lines.count]]
            #expect(folded.text(ofRow: row) == Lexicon.fold(Word.spaced(row.flatMap(\.words))), "\(row.map(\.text))")
            if !line.text.contains("-") {
                #expect(Lexicon.foldedText(line.words.map { Lexicon.fold($0.text) }) == Lexicon.fold(line.text), "\(line.text.debugDescription)")
            }
        }
        // A line the page does not hold (moved, or other words) is folded itself.
        let other = TextLine(words: [word("Genel", 0, 0), word("Top- lam", 1, 0)])
        #expect(folded.text(of: other) == Lexicon.fold(other.text))
        #expect(folded.text(ofRow: [lines[0], other]) == Lexicon.fold(Word.spaced(lines[0].words + other.words)))
    }

    /// A margin line's furniture key (`PageFurniture.key`) copied from the bytes of the scalars it
    /// keeps is its characters without numbers and white space: every scalar below U+0300 (the
    /// bytes' reading), and texts beyond it.
    @Test func furnitureKeyToldFromItsBytes() {
        var texts = Self.texts + ["2024 YILI PERFORMANS PROGRAMI", "Sayfa 12 / 40", "x\r\ny 3", "Ⅻ 12", "日本 2"]
        for value in 0..<0x300 { if let s = Unicode.Scalar(value) { texts.append("a\(Character(s))1 \(Character(s))") } }
        for t in texts {
            let line = TextLine(words: [Word(text: t, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10), fontSize: 10)])
            #expect(PageFurniture.key(line) == String(t.filter { !$0.isNumber && !$0.isWhitespace }), "\(t.debugDescription)")
        }
    }

    @Test func countsToldFromTheirBytes() {
        for t in Self.texts + ["51", "328", "000123", "1234567", "12a", "١٢", "12\u{301}", "+1", " 1"] {
            let byCharacters: Int? = t.first?.isASCII == true && t.first?.isNumber == true && t.count <= 6
                && t.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(t) : nil
            #expect(StatedWord.count(t) == byCharacters, "\(t.debugDescription)")
        }
    }
}
