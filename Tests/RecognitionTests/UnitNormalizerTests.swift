@testable import Recognition
import Testing

/// Indicator units as the contract spells them.
@Suite struct UnitNormalizerTests {
    /// Kayseri: the unit is the last innermost parenthesis of the name, when that is a unit.
    @Test(arguments: [
        ("İl bütününde revizyonu yapılacak nazım imar planı (Birikimli toplam revizyonu yapılacak alan) (ha)", "ha"),
        ("Dağıtılan koli sayısı (Adet)", "adet"),
        ("Yapılacak yol (Birikimli adet)", "adet"),
        ("Bakım yapılacak alan (m ²)", "m²"),
        ("İfraz-Tevhid-İhdas (Birikimi toplam İfraz-Tevhid-İhdas yapılacak alan (m ²))", "m²"),
        ("Hizmet süresi (Gün)", "gün"),
        ("Tasarruf (kw/yıl)", "kW/yıl"),
        ("Temizlenen alan (yıl/ m ²)", "yıl/m²"),
        ("Seanslar (yıl/ kişi/seans sayısı)", "yıl/kişi/seans sayısı"),
        ("Yolcu (km/yolcu sayısı)", "km/yolcu sayısı"),
        ("Hava kalitesi (μg/m³)", "μg/m³"),
        ("Ulaşım hattı (Doğu + Batı)", ""),
        ("Kentin sıralaması (sıralaması)", ""),
        ("Ad ve soyad", ""),
    ])
    func unitFromName(name: String, unit: String) {
        #expect(UnitNormalizer.fromName(name) == unit)
    }

    /// Balıkesir: the "Ölçü" column.
    @Test(arguments: [("m ²", "m²"), ("Kg", "kg"), ("KWH", "kWh"), ("adet", "adet"), ("%", "%"), ("Kişi Sayısı", "Kişi Sayısı")])
    func unitFromColumn(printed: String, unit: String) {
        #expect(UnitNormalizer.fromColumn(printed) == unit)
    }
}
