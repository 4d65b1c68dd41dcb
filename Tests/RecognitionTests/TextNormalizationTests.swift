import Dataset
import Testing

/// Turkish case folding: the dotted and dotless i are two letters.
@Suite struct TextNormalizationTests {
    @Test(arguments: [
        ("KAYSERİ BÜYÜKŞEHİR BELEDİYESİ", "kayseri büyükşehir belediyesi"),
        ("ISPARTA", "ısparta"),
        ("Açıklamalar:", "açıklamalar:"),
        ("ÇĞÖŞÜ Âİ", "çğöşü âi"),
        ("PG1.1.1 Oranı (%)", "pg1.1.1 oranı (%)"),
        ("plain ascii 2024", "plain ascii 2024"),
        ("I\u{307}DARE", "idare"),
    ])
    func turkishLowercased(_ text: String, _ expected: String) {
        #expect(TextNormalization.turkishLowercased(text) == expected)
    }

    @Test func titleCase() {
        #expect(TextNormalization.turkishTitleCased("BALIKESİR  BÜYÜKŞEHİR BELEDİYESİ") == "Balıkesir Büyükşehir Belediyesi")
    }

    /// Capitals made without the dotted İ (a producer upper-casing the non-Turkish way): each I
    /// is i or ı by the vowels around it.
    @Test(arguments: [
        ("KAYSERI BÜYÜKŞEHIR BELEDIYESI", "Kayseri Büyükşehir Belediyesi"),
        ("BALIKESIR BÜYÜKŞEHIR BELEDIYESI", "Balıkesir Büyükşehir Belediyesi"),
        ("KIRIKKALE BELEDIYESI", "Kırıkkale Belediyesi"),
        ("ISPARTA BELEDIYESI", "Isparta Belediyesi"),
        ("KAYSERI\u{307} BELEDI\u{307}YESI\u{307}", "Kayseri Belediyesi"),
    ])
    func titleCaseOfNonTurkishCapitals(_ text: String, _ expected: String) {
        #expect(TextNormalization.turkishTitleCased(text) == expected)
    }
}
