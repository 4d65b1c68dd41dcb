import Dataset
import Testing

/// The contract's ids and the recogniser's folded text come from one folding (`slug`):
/// Turkish letters to ASCII, lower case, each run of anything else to one separator.
@Suite struct IdentifierSlugTests {
    @Test(arguments: [
        ("Kayseri Büyükşehir Belediyesi", "kayseri-buyuksehir-belediyesi"),
        ("ÇĞİÖŞÜ çğıöşü Ââ Îî Ûû", "cgiosu-cgiosu-aa-ii-uu"),
        ("I\u{307}DARE", "idare"),
        ("  --Faaliyet/Proje: (2024) ", "faaliyet-proje-2024"),
        ("é—€ Toplam 😀 μg/m³", "toplam-g-m"),
        ("", ""),
        ("%", ""),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(Identifiers.slug(text) == expected)
    }

    @Test func separators() {
        #expect(Identifiers.slug("Bütçe Dışı:  Toplam", separator: " ") == "butce disi toplam")
        // A separator outside ASCII is written as its UTF-8 bytes.
        #expect(Identifiers.slug("Bütçe Dışı:  Toplam", separator: "·") == "butce·disi·toplam")
    }

    @Test func programID() {
        #expect(Identifiers.programID(administration: "Balıkesir Büyükşehir Belediyesi", year: 2024) == "balikesir-buyuksehir-belediyesi-2024")
    }
}
