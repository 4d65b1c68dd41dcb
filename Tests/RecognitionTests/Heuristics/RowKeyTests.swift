import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// RowKey: the code that opens a row's first cell, in a column of its own (Kayseri) or
/// inline (Balıkesir).
@Suite struct RowKeyTests {
    typealias K = KayseriRows
    typealias B = BalikesirRows

    /// The words of a row left of `x`: its first cell.
    static func cell(_ words: [Word], leftOf x: Double) -> Cell {
        Cell(words: words.filter { $0.box.x0 < x })
    }

    @Test(arguments: ["1", "12", "1.", "F1", "F13", "PG1.1.1", "PG10.8.1", "H10.7"])
    func codes(_ text: String) {
        #expect(RowKey.isCode(text))
    }

    /// Words that open names: not codes (no digits, digits with other signs, or more than
    /// three letters before the digits).
    @Test(arguments: ["Amaç", "F", "P.G", "1/1000", "2020-2024", "(adet)", "9:", "ABCD1", "F1a"])
    func notCodes(_ text: String) {
        #expect(!RowKey.isCode(text))
    }

    /// Kayseri 2024 p.106: key "1" in its own column, left of a one-line name.
    @Test func keyInItsOwnColumn() {
        let (code, text) = RowKey.split(Self.cell(K.pressReleases, leftOf: 340))
        #expect(code == "1")
        #expect(text == "Hazırlanan basın bülteni sayısı (adet)")
    }

    /// LibreOffice, cells centred in the row: "F1" in its own column beside the middle line of a
    /// three-line name, 3.5 pt (0.39 em) from it; the name's other lines all start right of it.
    @Test func keyBesideTheMiddleLineOfACentredName() {
        let w = { (t: String, x0: Double, y0: Double, x1: Double) in Word(text: t, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 11.7), fontSize: 9) }
        let cell = Cell(words: [w("Balıkesir", 60.7, 211.7, 93.2), w("kıyı", 215.0, 211.7, 230.0),
                                w("F1", 47.6, 222.1, 57.2), w("adet", 60.7, 222.1, 76.2), w("Mavi", 78.2, 222.1, 97.2),
                                w("çalışmalarını", 60.7, 232.3, 107.2), w("etmek.", 143.0, 232.3, 166.0)])
        let (code, text) = RowKey.split(cell)
        #expect(code == "F1")
        #expect(text == "Balıkesir kıyı adet Mavi çalışmalarını etmek.")
    }

    /// A centred name opening with a law's number: its shorter second line starts right of the
    /// number, yet nothing of the name stands over it, so it is the name's first word, no key.
    @Test func centredNameStartingWithANumberIsNotAKey() {
        let w = { (t: String, x0: Double, y0: Double, x1: Double) in Word(text: t, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 11.7), fontSize: 9) }
        let cell = Cell(words: [w("5393", 50.0, 211.7, 70.0), w("sayılı", 72.0, 211.7, 95.0), w("Belediye", 97.0, 211.7, 130.0),
                                w("Kanunu", 132.0, 211.7, 160.0), w("uygulamaları", 78.0, 222.1, 126.0)])
        let (code, text) = RowKey.split(cell)
        #expect(code == nil)
        #expect(text == "5393 sayılı Belediye Kanunu uygulamaları")
    }

    /// Kayseri 2024 p.94: the key sits between the two lines of the name, alone on its line.
    @Test func keyBetweenTheLinesOfAWrappedName() {
        let (code, text) = RowKey.split(Self.cell(K.trainedInstitutions, leftOf: 340))
        #expect(code == "1")
        #expect(text == "Yangın ve yangın güvenlik önlemleri konusunda eğitim verilen kurum/kuruluş sayısı(adet)")
    }

    /// Balıkesir 2024 p.88: "PG10.8.1 Güvenlik …", the code a word space before the name.
    @Test func inlineIndicatorCode() {
        let (code, text) = RowKey.split(Self.cell(B.securityCameras, leftOf: 460))
        #expect(code == "PG10.8.1")
        #expect(text == "Güvenlik Kamera Sistemi Kurulması")
    }

    /// Balıkesir 2024 p.87: "F13 Bilişim …" with the name's next line under the code.
    @Test func inlineActivityCodeWithTheNameWrappedUnderIt() {
        let (code, text) = RowKey.split(Self.cell(B.itEquipment, leftOf: 200))
        #expect(code == "F13")
        #expect(text == "Bilişim malzemelerinin (yazılım, donanım) temin edilmesi.")
    }

    /// Balıkesir 2024 p.89: "F3 5326 sayılı kanuna …": the number opening the name stays in it.
    @Test func nameStartingWithANumberAfterTheCode() {
        let (code, text) = RowKey.split(Self.cell(B.lawEnforcement, leftOf: 380))
        #expect(code == "F3")
        #expect(text == "5326 sayılı kanuna aykırı faaliyette bulunanlar hakkında gerekli yasal işlemlerin yapılması.")
    }

    /// The same F3 cell without its code, as the rest of a row cut by a page break or a
    /// name cell in a table without codes would print it: "5326" (a law's number) set at a
    /// word space is the name's first word, not an inline code (those carry a letter or a dot).
    @Test func nameStartingWithAPlainNumberIsNotAKey() {
        let words = B.lawEnforcement.filter { $0.text != "F3" }
        let (code, text) = RowKey.split(Self.cell(words, leftOf: 380))
        #expect(code == nil)
        #expect(text.hasPrefix("5326 sayılı"))
    }

    /// A level's hyphened code set apart from the name, in a code column with no title of its
    /// own ("PG-1.1.1" 1 em left of the name), is the row's code, read as the spaced form; the same
    /// word at a word space before the name, or a road's "E-5" set apart, is the name's.
    @Test func aHyphenedKeySetApartIsTheCode() {
        let w = { (t: String, x0: Double, x1: Double) in Word(text: t, box: Rect(x0: x0, y0: 100, x1: x1, y1: 108), fontSize: 6.5) }
        let apart = RowKey.split(Cell(words: [w("PG-1.1.1", 40, 66), w("Plaj", 73, 86), w("Sayısı", 88, 106)]))
        #expect(apart.code == "PG1.1.1" && apart.text == "Plaj Sayısı", "\(apart)")
        let inline = RowKey.split(Cell(words: [w("PG-1.1.1", 40, 66), w("Plaj", 68, 81), w("Sayısı", 83, 101)]))
        #expect(inline.code == nil && inline.text == "PG-1.1.1 Plaj Sayısı", "\(inline)")
        let road = RowKey.split(Cell(words: [w("E-5", 40, 50), w("Karayolu", 57, 85)]))
        #expect(road.code == nil && road.text == "E-5 Karayolu", "\(road)")
    }
}

/// CodeReader: every way a code is printed, kept as the dataset keeps it.
@Suite struct CodeReaderTests {
    @Test(arguments: [
        ("1", "1"), ("1.", "1"), ("(1)", "1"), ("(46)", "46"), ("F1", "F1"), ("F13.", "F13"), ("PG1.1.1", "PG1.1.1"),
        ("H1.1", "H1.1"), ("A1", "A1"), ("1.1.1", "1.1.1"), ("1.1.1.", "1.1.1"), ("A1H1", "A1H1"), ("SA2", "SA2"),
        ("(H1.1)", "H1.1"), ("1-", "1"), ("A1–", "A1"), ("1)", "1"), ("H1.1-", "H1.1"),
    ])
    func reads(_ printed: String, _ code: String) {
        #expect(CodeReader.code(printed) == code)
        // Where a level's code is expected every code reads alike.
        #expect(CodeReader.levelCode(printed) == code)
    }

    /// Where a heading or a label prints a level's code, its letters joined to the numbers by a
    /// hyphen read as the spaced form does ("PH 1.1" → "PH1.1"); anywhere else the word is text.
    @Test(arguments: [("PH-1.1", "PH1.1"), ("PG-1.1.1", "PG1.1.1"), ("SA-1", "SA1"), ("SH-1.1.", "SH1.1"), ("PH-1.1–", "PH1.1"),
                      ("A-1", "A1"), ("H-1.1", "H1.1")])
    func readsALevelsHyphenedCode(_ printed: String, _ code: String) {
        #expect(CodeReader.levelCode(printed) == code)
        #expect(CodeReader.code(printed) == nil)
    }

    /// Names with a hyphen and a number (a road, a tram line, a block, an annex, a project's
    /// number) are no level's code: their letters are no level's.
    @Test(arguments: ["E-5", "T-1", "M-4", "EK-1", "PR-01", "D-100", "COVID-19", "ISO-9001", "ph-1.1", "-1.1", "PH-", "ABCD-1", "PH-1..1",
                      "PH-PH-1", "SA-A-1"])
    func aNameWithAHyphenIsNoLevelsCode(_ printed: String) {
        #expect(CodeReader.levelCode(printed) == nil)
        #expect(CodeReader.code(printed) == nil)
    }

    /// A word far longer than any code (a run of "A-" tens of thousands of bytes long in a
    /// cell) is no code, read without recursion whatever its length.
    @Test(arguments: [10, 5_000, 20_000])
    func aLongHyphenedTokenIsNoCode(_ repeats: Int) {
        let token = String(repeating: "A-", count: repeats) + "1"
        #expect(CodeReader.levelCode(token) == nil)
        #expect(CodeReader.hyphenedCode(token) == nil)
        #expect(CodeReader.code(token) == nil)
        #expect(CodeReader.code(String(repeating: "1.", count: repeats) + "1") == nil)
    }

    @Test(arguments: ["Amaç", "F", "P.G", "1/1000", "2020-2024", "(adet)", "9:", "ABCD1", "F1a", "1..2", "()", ".", "A1H", "-", "a)", "(1",
                     "PH-1.1", "SA-1"])
    func rejects(_ printed: String) {
        #expect(CodeReader.code(printed) == nil)
    }

    /// The byte path for ASCII tokens repeats the character rule step by step: every token of
    /// up to five marks from the characters codes are made of reads the same both ways.
    @Test func bytesAndCharactersReadAlike() {
        let marks = ["1", "2", ".", "(", ")", "-", "A", "h", "G", ":", "/"]
        var tokens = [""]
        for _ in 1...5 { tokens = tokens.flatMap { t in marks.map { t + $0 } } }
        var differ: [String] = []
        for token in tokens where CodeReader.code(token) != CodeReader.characterCode(token) {
            differ.append(token)
        }
        #expect(differ.isEmpty, "\(differ.prefix(10))")
        #expect(tokens.count == 161_051)
    }
}
