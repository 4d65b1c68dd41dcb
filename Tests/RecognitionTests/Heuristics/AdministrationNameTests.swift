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
}
