import Dataset
import Testing

/// Canonical unit names: abbreviations expanded, forms unified, look-alike letters fixed.
@Suite struct UnitNameTests {
    @Test(arguments: [
        // The spellings (Balıkesir 2024, Kayseri 2024).
        ("Kültür ve Sosyal İşler Dai. Bşk.", "Kültür ve Sosyal İşler Dairesi Başkanlığı"),
        ("Kültür ve Sosyal İşler Dairesi Başkanlığı", "Kültür ve Sosyal İşler Dairesi Başkanlığı"),
        ("Kùltür ve Sosyal İşler Daire Başkanlığı", "Kültür ve Sosyal İşler Dairesi Başkanlığı"),
        ("Zabıta Daire Başkanlığı", "Zabıta Dairesi Başkanlığı"),
        ("Fen İşleri Dai. Bşk.", "Fen İşleri Dairesi Başkanlığı"),
        // Other abbreviations and forms.
        ("Strateji Geliştirme Daire Bşk.", "Strateji Geliştirme Dairesi Başkanlığı"),
        ("Fen İşleri Dai.Bşk.", "Fen İşleri Dairesi Başkanlığı"),
        ("Park ve Bahçeler Md.", "Park ve Bahçeler Müdürlüğü"),
        ("Park ve Bahçeler Müd.", "Park ve Bahçeler Müdürlüğü"),
        ("Yol Bakım Şb. Md.", "Yol Bakım Şube Müdürlüğü"),
        ("Destek Hizmetleri Müdürlük", "Destek Hizmetleri Müdürlüğü"),
        ("Destek Hizmetleri Müdürlügü", "Destek Hizmetleri Müdürlüğü"),
        ("FEN İŞLERİ DAİ. BŞK.", "FEN İŞLERİ DAİRESİ BAŞKANLIĞI"),
        ("Fen  İşleri\nDairesi   Başkanlığı ", "Fen İşleri Dairesi Başkanlığı"),
        // Cyrillic 'о' and 'а' for Latin ones; a decomposed ü.
        ("Z\u{430}bıt\u{430} Müdürlüğü", "Zabıta Müdürlüğü"),
        ("Ku\u{308}ltür Müdürlüğü", "Kültür Müdürlüğü"),
        // Left as printed: no abbreviation inside ("1.Hukuk"), and a word that is also an abbreviation without its period.
        ("1.Hukuk Müşavirliği", "1.Hukuk Müşavirliği"),
        ("Özel Kalem Müdürlüğü", "Özel Kalem Müdürlüğü"),
    ])
    func canonicalSpelling(printed: String, canonical: String) {
        #expect(UnitName.canonical(printed) == canonical)
    }

    @Test func spellingsOfOneUnitMatch() {
        let pairs = [
            ("Kent Tarihi ve Tanıtım Dairesi Başkanlığı", "Kent Tarihi ve Tanıtımı Dai. Bşk."),
            ("Ulaşım Planlama ve Raylı Sistem Daire Başkanlığı", "Ulaşım Planlama ve Raylı Sistemler Dairesi Başkanlığı"),
            ("Park Bahçeler ve Ağaçlandırma Daire Başkanlığı", "Park ve Bahçeler ve Ağaçlandırma Dairesi Başkanlığı"),
            ("Kırsal Hizmetler", "Kırsal Hizmetler Dairesi Başkanlığı"),
            ("KÜLTÜR VE SOSYAL İŞLER DAİRESİ BAŞKANLIĞI", "Kùltür ve Sosyal İşler Daire Başkanlığı"),
        ]
        for (a, b) in pairs { #expect(UnitKey(a).matches(UnitKey(b)), "\(a) / \(b)") }
    }

    @Test func differentUnitsDoNotMatch() {
        let pairs = [
            ("İlçe Hizmetleri 1. Bölge Dairesi Başkanlığı", "İlçe Hizmetleri 2. Bölge Dairesi Başkanlığı"),
            ("Fen İşleri Dairesi Başkanlığı", "Fen İşleri Müdürlüğü"),
            ("Kent Estetiği Dairesi Başkanlığı", "Kentsel Dönüşüm Dairesi Başkanlığı"),
            ("Bilgi İşlem Daire Başkanlığı", "Bilgi İşlem ve Akıllı Şehir Daire Başkanlığı"),
            ("Sosyal Hizmetler Dairesi Başkanlığı", "Sağlık ve Sosyal Hizmetler Dairesi Başkanlığı"),
        ]
        for (a, b) in pairs { #expect(!UnitKey(a).matches(UnitKey(b)), "\(a) / \(b)") }
    }
}
