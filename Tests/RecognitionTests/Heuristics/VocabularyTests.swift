import Testing
@testable import Recognition

/// Vocabulary.fold: Turkish letters to ASCII, lower case, punctuation to single spaces.
@Suite struct VocabularyTests {
    @Test(arguments: [
        ("PERFORMANS HEDEFİ TABLOSU", "performans hedefi tablosu"),
        ("Performans Hedefi Tablosu", "performans hedefi tablosu"),
        ("Açıklamalar:", "aciklamalar"),
        ("İdare Adı:", "idare adi"),
        ("IŞIK ışık", "isik isik"),
        ("ÇĞÖŞÜ çğöşü", "cgosu cgosu"),
        ("Hâl Kompleksi, Millî, Rûhî", "hal kompleksi milli ruhi"),
        ("Kaynak İhtiyacı 2024 (TL)", "kaynak ihtiyaci 2024 tl"),
        ("Performans Hedefi (46):", "performans hedefi 46"),
        ("  Stratejik   Amaç 9: ", "stratejik amac 9"),
    ])
    func folds(_ text: String, _ folded: String) {
        #expect(Vocabulary.fold(text) == folded)
    }

    /// "İ" lower-cased by Foundation is "i" plus a combining dot; it folds like "İ".
    @Test func lowerCasedDottedCapitalI() {
        #expect(Vocabulary.fold("İDARE".lowercased()) == "idare")
        #expect(Vocabulary.fold("İhtiyacı".lowercased()) == Vocabulary.fold("İHTİYACI"))
    }

    @Test func phrasesMatchWholeWords() {
        #expect(Vocabulary.startsWithAny("genel toplam", Vocabulary.grandTotalRow))
        #expect(Vocabulary.startsWithAny("genel toplam 129 000 000", Vocabulary.grandTotalRow))
        #expect(!Vocabulary.startsWithAny("genel toplamlar", Vocabulary.grandTotalRow))
        #expect(Vocabulary.containsAny("2024 toplam kaynak ihtiyaci tl", Vocabulary.costTotalRow))
        #expect(!Vocabulary.containsAny("toplam kaynak ihtiyaclari", Vocabulary.costTotalRow))
    }
}
