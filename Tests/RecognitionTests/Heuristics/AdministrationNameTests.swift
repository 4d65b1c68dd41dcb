import PageLayout
import Testing
@testable import Recognition

/// The administration's name read from the running header, cover and cells
/// (`AdministrationReader.administration`).
@Suite struct AdministrationNameTests {
    static func lines(_ texts: [String]) -> [TextLine] {
        texts.enumerated().map { k, text in TextLine(words: UnreadAndRefusalTests.line([(text, 40)], y: 100 + 12 * Double(k))) }
    }

    /// Responsible-unit cells (“… Dairesi Başkanlığı”) outnumber the running header's
    /// “… Belediyesi” in a document's first lines, yet name a unit of the administration.
    @Test func aUnitNamedOftenIsNoAdministration() {
        let lines = Self.lines(["Örnek Büyükşehir Belediyesi"] + Array(repeating: "Fen İşleri Dairesi Başkanlığı", count: 4))
        #expect(AdministrationReader.administration(idareAdi: nil, lines: lines) == "Örnek Büyükşehir Belediyesi")
    }

    /// A “… Başkanlığı” is the administration where no other name stands.
    @Test func aPresidencyAloneIsTheAdministration() {
        let lines = Self.lines(["Gelir İdaresi Başkanlığı", "2025 Yılı Performans Programı"])
        #expect(AdministrationReader.administration(idareAdi: nil, lines: lines) == "Gelir İdaresi Başkanlığı")
    }

    /// A name on the line of its label (“İdare Adı Örnek Büyükşehir Belediyesi”, the label's
    /// cell not read as one) never takes the label into it.
    @Test func theLabelIsNoPartOfTheName() {
        let lines = Self.lines(["İdare Adı Örnek Belediyesi", "İdare Adı Örnek Belediyesi"])
        #expect(AdministrationReader.administration(idareAdi: nil, lines: lines) == "Örnek Belediyesi")
    }

    /// Where no running header names it, the name stands in sentences and cells too: the
    /// words before it in a sentence, a label's with its colon, and a cell's left of it are no
    /// part of it (blind templates: “Kent genelinde Balıkesir…”, “Faaliyet Adı: Balıkesir…”,
    /// “İdare | Kayseri…” were read as the name, and every fact keyed by a wrong program id).
    @Test func wordsBeforeTheNameInASentenceALabelOrACellAreNoPartOfIt() {
        let sentence = Self.lines(["Örnek Büyükşehir Belediyesi"]
                                  + Array(repeating: "Kent genelinde Örnek Büyükşehir Belediyesi", count: 3))
        #expect(AdministrationReader.administration(idareAdi: nil, lines: sentence) == "Örnek Büyükşehir Belediyesi")
        let label = Self.lines(Array(repeating: "Faaliyet Adı: Örnek Büyükşehir Belediyesi", count: 2))
        #expect(AdministrationReader.administration(idareAdi: nil, lines: label) == "Örnek Büyükşehir Belediyesi")
        let cells = (0..<2).map { k in
            TextLine(words: UnreadAndRefusalTests.line([("İdare", 40), ("Örnek Büyükşehir Belediyesi", 160)], y: 100 + 12 * Double(k)))
        }
        #expect(AdministrationReader.administration(idareAdi: nil, lines: cells) == "Örnek Büyükşehir Belediyesi")
        // One cell, its words a word's space apart: a name of capitals keeps every word.
        let whole = Self.lines(["Örnek İli Merkez Belediyesi"])
        #expect(AdministrationReader.administration(idareAdi: nil, lines: whole) == "Örnek İli Merkez Belediyesi")
    }

    /// A name in capitals made without the dotted İ: vowels cannot tell each "I" (“IĞDIR” holds no
    /// other vowel, “ISTANBUL” opens as “ISPARTA” does); the province's name, the vocabulary's
    /// words (“İdaresi”) and, first, the document's own small letters spell it.
    @Test(arguments: [
        ("IĞDIR BELEDIYESI", [], "Iğdır Belediyesi"),
        ("ISTANBUL BÜYÜKŞEHIR BELEDIYESI", [], "İstanbul Büyükşehir Belediyesi"),
        ("ISPARTA IL ÖZEL IDARESI", [], "Isparta İl Özel İdaresi"),
        ("KIRŞEHIR BELEDIYESI", [], "Kırşehir Belediyesi"),
        ("SIVAS BELEDIYESI", [], "Sivas Belediyesi"),
        // A district: the document's sentence spells it ("İnhisar", harmony would read "Inhısar").
        ("INHISAR BELEDIYESI", ["İnhisar Belediyesi’nin 2025 yılı programı"], "İnhisar Belediyesi"),
        ("ILGAZ BELEDIYESI", [], "Ilgaz Belediyesi"),
    ] as [(String, [String], String)])
    func dotlessCapitalsAreSpelledAsKnown(_ name: String, _ texts: [String], _ expected: String) {
        #expect(AdministrationReader.administration(idareAdi: name, lines: Self.lines(texts)) == expected)
    }

    /// A web or e-mail address writes ı as i (“www.kirikkale.bel.tr”): its small letters are no
    /// spelling of the name, which the vocabulary spells; a sentence's words still are.
    @Test(arguments: [
        ("KIRIKKALE BELEDIYESI", ["www.kirikkale.bel.tr"], "Kırıkkale Belediyesi"),
        ("KIRIKKALE BELEDIYESI", ["Web: https://kirikkale.bel.tr/ e-posta: bilgi@kirikkale.bel.tr"], "Kırıkkale Belediyesi"),
        ("ISPARTA BELEDIYESI", ["www.isparta.bel.tr", "iletisim@isparta.bel.tr"], "Isparta Belediyesi"),
        ("ISPARTA BELEDIYESI", ["İsparta.bel.tr"], "Isparta Belediyesi"),
        ("INHISAR BELEDIYESI", ["www.inhısar.bel.tr", "İnhisar Belediyesi’nin 2025 yılı programı."], "İnhisar Belediyesi"),
    ] as [(String, [String], String)])
    func anAddressIsNoSpelling(_ name: String, _ texts: [String], _ expected: String) {
        #expect(AdministrationReader.administration(idareAdi: name, lines: Self.lines(texts)) == expected)
    }

    /// An address needs a host's form (small ASCII letters, digits and hyphens, a dot between
    /// letters); two sentences joined without their space (“yılı.Bu”) are none, both ways.
    @Test(arguments: [
        ("www.kirikkale.bel.tr", true), ("kirikkale.bel", true), ("(isparta.bel.tr),", true), ("bilgi@isparta.bel.tr", true),
        ("https://x", true), ("yılı.Bu", false), ("İnhisar.Bu", false), ("2.500.000,00", false), ("Bu.", false),
    ] as [(String, Bool)])
    func anAddressHasAHostsForm(_ word: String, _ expected: Bool) {
        #expect(Lexicon.isAddress(word) == expected)
    }

    /// A sentence joined to the next without its space still spells the name: taken for an
    /// address it gave nothing, and vowel harmony read “Inhısar”.
    @Test func aSentenceJoinedWithoutItsSpaceStillSpells() {
        let lines = Self.lines(["Bu program İnhisar.Bu yıl hazırlandı"])
        #expect(AdministrationReader.administration(idareAdi: "INHISAR BELEDIYESI", lines: lines) == "İnhisar Belediyesi")
    }
}
