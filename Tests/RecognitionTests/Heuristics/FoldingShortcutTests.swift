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
            #expect(Lexicon.fold(t) == (plain ? t : Identifiers.slug(Lexicon.joiningHyphenatedWords(t), separator: " ")), "\(t.debugDescription)")
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

    @Test func countsToldFromTheirBytes() {
        for t in Self.texts + ["51", "328", "000123", "1234567", "12a", "١٢", "12\u{301}", "+1", " 1"] {
            let byCharacters: Int? = t.first?.isASCII == true && t.first?.isNumber == true && t.count <= 6
                && t.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(t) : nil
            #expect(StatedWord.count(t) == byCharacters, "\(t.debugDescription)")
        }
    }
}
