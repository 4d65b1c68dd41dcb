import Dataset
import Foundation
import Testing

/// The analyst's override file (`build --unit-functions FILE`).
@Suite struct UnitFunctionOverridesTests {
    static let text = """
    # our own decisions
    Kent Estetiği\t06.2\tours does urban design

    fen işleri dai. bşk.\t04.5
    Etüt ve Projeler\t-\tkeep it open
    Zabıta\t03
    Zabıta Dairesi Başkanlığı\t01\tthe longer entry wins
    """

    @Test func overridesComeBeforeTheLexiconAndNameTheirFile() throws {
        let overrides = try UnitFunctionOverrides.parse(Self.text, path: "/some/dir/our-units.tsv")
        #expect(overrides.fileName == "our-units.tsv")
        #expect(overrides.entries.map(\.line) == [2, 4, 5, 6, 7])
        let classifier = UnitClassifier(overrides: overrides)
        let estetik = classifier.classify("Kent Estetiği Dairesi Başkanlığı")
        #expect(estetik.code == "06.2" && estetik.name == "Toplum Refahı Hizmetleri")
        #expect(estetik.rule == "override:our-units.tsv")
        // Case, Turkish letters and abbreviations do not matter.
        #expect(classifier.classify("Fen İşleri Daire Başkanlığı").code == "04.5")
        let etut = classifier.classify("Etüt ve Projeler Daire Başkanlığı")
        #expect(etut.code == "" && etut.rule == "override:our-units.tsv")
        #expect(classifier.classify("Zabıta Daire Başkanlığı").code == "01")
        #expect(classifier.classify("Zabıta Müdürlüğü").code == "03")
        // Units no override names still go to the lexicon.
        #expect(classifier.classify("İtfaiye Daire Başkanlığı").rule == "lexicon:İtfaiye")
        #expect(UnitClassifier.standard.classify("Kent Estetiği Dairesi Başkanlığı").code == "")
    }

    @Test func theBuildsUnitsTableRecordsTheOverride() throws {
        let program = try UnitFixtures.goldProgram("kayseri-buyuksehir-belediyesi-2024")
        let classifier = UnitClassifier(overrides: try UnitFunctionOverrides.parse("Fen İşleri\t04.5\n", path: "x/fen.tsv"))
        let rows = DatasetTables.rows(DatasetTables.units, program: program, classifier: classifier)
        let fen = try #require(rows.first { $0[2] == "Fen İşleri Daire Başkanlığı" })
        #expect(Array(fen[4...]) == ["04.5", "Ulaştırma Hizmetleri", "override:fen.tsv"])
    }

    @Test(arguments: [
        ("Zabıta\t3.1\n", "f.tsv:1: unknown function code '3.1'"),
        ("# c\nZabıta\n", "f.tsv:2: expected NAME<TAB>CODE[<TAB>REASON], got 1 field(s)"),
        ("Zabıta\t03\ta\tb\n", "f.tsv:1: expected NAME<TAB>CODE[<TAB>REASON], got 4 field(s)"),
        (" \t03\n", "f.tsv:1: the unit name is empty"),
    ])
    func badLinesNameTheFileAndLine(text: String, message: String) {
        #expect {
            _ = try UnitFunctionOverrides.parse(text, path: "f.tsv")
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    /// A file saved with CRLF lines (and Notepad's byte-order mark) reads as the same file: it
    /// was one line ("\r\n" is one Character in Swift), refused, or skipped whole behind a comment.
    @Test func crlfLinesAreLines() throws {
        let crlf = "\u{FEFF}" + Self.text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        let overrides = try UnitFunctionOverrides.parse(crlf, path: "/some/dir/our-units.tsv")
        let lf = try UnitFunctionOverrides.parse(Self.text, path: "/some/dir/our-units.tsv")
        #expect(overrides.entries.map(\.line) == [2, 4, 5, 6, 7])
        #expect(overrides.entries.map(\.phrase) == lf.entries.map(\.phrase))
        #expect(UnitClassifier(overrides: overrides).classify("Zabıta Müdürlüğü").code == "03")
    }

    @Test func aMissingFileIsOneClearError() {
        #expect {
            _ = try UnitFunctionOverrides.load(URL(fileURLWithPath: "/nonexistent/units.tsv"))
        } throws: { error in
            String(describing: error) == "/nonexistent/units.tsv: cannot be read (no such file)"
        }
    }
}
