import Checks
import Testing

@Suite struct UnitNameTests {
    @Test(arguments: [
        ("Fen İşleri Dai. Bşk.", "Fen İşleri Dairesi Başkanlığı"),
        ("Zabıta Daire Başkanlığı", "Zabıta Dairesi Başkanlığı"),
        ("Kent Tarihi ve Tanıtım Dairesi Başkanlığı", "Kent Tarihi ve Tanıtımı Dairesi Başkanlığı"),
        ("Yol Yapım Bakım Onarım Dairesi Başkanlığı", "Yol Yapım Bakım ve Onarım Dairesi Başkanlığı"),
        ("KIRSAL HİZMETLER DAİRESİ BAŞKANLIĞI", "Kırsal Hizmetler Daire Başkanlığı"),
    ])
    func spellingsOfOneUnitMatch(_ a: String, _ b: String) {
        #expect(UnitName(a).matches(UnitName(b)))
    }

    @Test(arguments: [
        ("İlçe Hizmetleri 1. Bölge Dairesi Başkanlığı", "İlçe Hizmetleri 2. Bölge Dairesi Başkanlığı"),
        ("Kültür ve Sosyal İşler Dairesi Başkanlığı", "Sağlık ve Sosyal Hizmetler Dairesi Başkanlığı"),
        ("Fen İşleri Dairesi Başkanlığı", "Fen İşleri ve Etüt Dairesi Başkanlığı"),
        ("Dairesi Başkanlığı", "Dairesi Başkanlığı"),
    ])
    func differentUnitsDoNotMatch(_ a: String, _ b: String) {
        #expect(!UnitName(a).matches(UnitName(b)))
    }
}
