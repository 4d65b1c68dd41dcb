import Dataset
import Testing

/// The checks find a stated unit's activities by `UnitKey` (Dataset), the one rule for
/// "the same responsible unit" that units.csv and the diff use too.
@Suite struct UnitKeyTests {
    @Test(arguments: [
        ("Fen İşleri Dai. Bşk.", "Fen İşleri Dairesi Başkanlığı"),
        ("Zabıta Daire Başkanlığı", "Zabıta Dairesi Başkanlığı"),
        ("Kent Tarihi ve Tanıtım Dairesi Başkanlığı", "Kent Tarihi ve Tanıtımı Dairesi Başkanlığı"),
        ("Yol Yapım Bakım Onarım Dairesi Başkanlığı", "Yol Yapım Bakım ve Onarım Dairesi Başkanlığı"),
        ("KIRSAL HİZMETLER DAİRESİ BAŞKANLIĞI", "Kırsal Hizmetler Daire Başkanlığı"),
    ])
    func spellingsOfOneUnitMatch(_ a: String, _ b: String) {
        #expect(UnitKey(a).matches(UnitKey(b)))
    }

    @Test(arguments: [
        ("İlçe Hizmetleri 1. Bölge Dairesi Başkanlığı", "İlçe Hizmetleri 2. Bölge Dairesi Başkanlığı"),
        ("Kültür ve Sosyal İşler Dairesi Başkanlığı", "Sağlık ve Sosyal Hizmetler Dairesi Başkanlığı"),
        ("Fen İşleri Dairesi Başkanlığı", "Fen İşleri ve Etüt Dairesi Başkanlığı"),
        ("Dairesi Başkanlığı", "Dairesi Başkanlığı"),
    ])
    func differentUnitsDoNotMatch(_ a: String, _ b: String) {
        #expect(!UnitKey(a).matches(UnitKey(b)))
    }
}
