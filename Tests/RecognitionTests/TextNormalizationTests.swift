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
}
