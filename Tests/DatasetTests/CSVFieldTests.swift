import Foundation
import Testing
@testable import DatasetIO

/// A CSV field is quoted from its bytes where its scalars all lie below U+0300: exactly as
/// the reading by characters quotes it (a CR LF is one character, neither CR nor LF).
@Suite struct CSVFieldTests {
    /// The reading by characters, as the codec had it.
    static func byCharacters(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test func fieldsQuoteAsCharactersDo() {
        let pieces = ["a", "Ş", ",", "\"", "\n", "\r", "\r\n", " ", "ı", "é"]
        var texts: [String] = [""]
        var all: [String] = []
        for _ in 1...4 {
            texts = texts.flatMap { t in pieces.map { t + $0 } }
            all += texts
        }
        all += ["Yatırım, bakım ve \"onarım\"", "a\u{301},", "\"\u{301}", "日本,語", "x\r\ny"]
        for text in all {
            #expect(CSVCodec.field(text) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func linesAndTables() {
        #expect(CSVCodec.line(["a", "b,c", ""]) == "a,\"b,c\",\n")
        #expect(CSVCodec.encode(header: ["x", "y"], rows: [["1", "İl \"Sağlık\""], []]) == "x,y\n1,\"İl \"\"Sağlık\"\"\"\n\n")
    }
}
