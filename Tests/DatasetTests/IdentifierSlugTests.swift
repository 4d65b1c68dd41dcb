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
        ("a-", "a"), ("-a", "a"), ("a--b", "a-b"), ("İ\u{307}-ı", "i-i"), ("a\u{307}", "a"), ("\u{307}a", "a"),
        ("x é", "x"), ("é x", "x"), ("1 2\t3\n", "1-2-3"),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(Identifiers.slug(text) == expected)
    }

    @Test func separators() {
        #expect(Identifiers.slug("Bütçe Dışı:  Toplam", separator: " ") == "butce disi toplam")
        // A separator outside ASCII is written as its UTF-8 bytes.
        #expect(Identifiers.slug("Bütçe Dışı:  Toplam", separator: "·") == "butce·disi·toplam")
    }

    /// The byte path (an ASCII separator) and the scalar path (any other) fold alike.
    @Test func bytesAndScalarsAlike() {
        let texts = ["Kayseri Büyükşehir Belediyesi", "  --Faaliyet/Proje: (2024) ", "é—€ Toplam 😀 μg/m³", "I\u{307}DARE - İ\u{307}",
                     "a-", "-a", "a--b", "", "%", "Ölçü Birimi: %", "x é y"]
        for t in texts {
            #expect(Identifiers.slug(t, separator: "·") == Identifiers.slug(t).split(separator: "-").joined(separator: "·"), "\(t)")
            #expect(Identifiers.slug(t, separator: "x") == Identifiers.slug(t).split(separator: "-").joined(separator: "x"), "\(t)")
        }
    }

    @Test func programID() {
        #expect(Identifiers.programID(administration: "Balıkesir Büyükşehir Belediyesi", year: 2024) == "balikesir-buyuksehir-belediyesi-2024")
    }
}
