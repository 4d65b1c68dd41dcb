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

    /// Vowel harmony alone, on real place and unit names whose other vowels tell each "I":
    /// a back vowel (a, ı, o, u) makes it ı, a front one (e, i, ö, ü) i. A word whose only
    /// vowel is "I" reads i (İzmir, Birim); "IĞDIR" is not told by vowels (the spelling is asked).
    @Test(arguments: [
        ("ISPARTA", "Isparta"), ("ILGAZ", "Ilgaz"), ("ILICA", "Ilıca"), ("IZMIR", "İzmir"), ("KIRIKKALE", "Kırıkkale"),
        ("BILECIK", "Bilecik"), ("ELAZIĞ", "Elazığ"), ("KIRKLARELI", "Kırklareli"), ("BIRIM", "Birim"), ("ÇANKIRI", "Çankırı"),
        ("NIĞDE", "Niğde"), ("YAZI IŞLERI", "Yazı İşleri"), ("ZABITA", "Zabıta"),
    ])
    func harmony(_ text: String, _ expected: String) {
        #expect(TextNormalization.turkishTitleCased(text) == expected)
    }

    /// A spelling known for a word (its "I"s undecided) is taken where it is the same word with
    /// each "I" as i or ı, and never otherwise.
    @Test func aKnownSpellingDecidesTheI() {
        #expect(TextNormalization.turkishTitleCased("IĞDIR BELEDIYESI") { $0 == "IĞDIR" ? "Iğdır" : nil } == "Iğdır Belediyesi")
        #expect(TextNormalization.turkishTitleCased("IĞDIR") { _ in "Iğdırlı" } == "İğdir")
        #expect(TextNormalization.turkishTitleCased("İZMİR") { _ in "Izmır" } == "İzmir")
    }
}
