/// The words responsible units are named with → the function (Fonksiyonel Sınıflandırma)
/// they name: the one reviewed list `UnitClassifier` reads. Each entry gives its reason.
///
/// How an entry matches: its words (folded like the names: Turkish letters to ASCII, lower
/// case, "ve" ignored) appear in the unit's canonical name one after another; an entry word
/// of four letters or more also matches a longer word it begins ("Ulaşım" matches
/// "Ulaşımı", "Tarım" matches "Tarımsal"). Longer entries win over the shorter ones inside
/// them ("İnsan Kaynakları ve Eğitim" is 01.3, not 09 for "Eğitim"). A name that matches
/// entries of two level-1 functions is left unclassified (`conflict:`), as is one that
/// matches an entry without a code: units that serve many functions, where a guess would
/// be wrong more often than right. Codes: level 1, or level 2 only where the name makes it
/// plain (`FunctionalClass.level2Classes`).
///
/// To add an entry: the phrase as units print it, the code (nil: deliberately none) and why;
/// then add a name that uses it to `Tests/DatasetTests/Fixtures/other-municipality-units.tsv`.
public struct FunctionLexiconEntry: Sendable {
    public let phrase: String
    public let code: String?
    public let reason: String
}

public enum FunctionLexicon {
    private static func e(_ phrase: String, _ code: String?, _ reason: String) -> FunctionLexiconEntry {
        FunctionLexiconEntry(phrase: phrase, code: code, reason: reason)
    }

    public static let entries: [FunctionLexiconEntry] = [
        // 01 Genel Kamu Hizmetleri: the administration's own organs and central services.
        e("Mali Hizmetler", "01", "budget, accounting and revenue of the administration (financial and fiscal affairs)"),
        e("Mali İşler", "01", "as Mali Hizmetler"),
        e("Gelirler", "01", "revenue collection: financial and fiscal affairs"),
        e("Muhasebe", "01", "accounting of the administration"),
        e("Bütçe", "01", "the administration's budget"),
        e("Strateji Geliştirme", "01", "strategic planning, budget and internal control of the administration"),
        e("Özel Kalem", "01", "the mayor's private office: the executive organ"),
        e("Meclis", "01", "the municipal council: the legislative organ"),
        e("Teftiş", "01", "internal inspection of the administration"),
        e("İç Denetim", "01", "internal audit of the administration"),
        e("Hukuk", "01", "legal counsel of the administration (a municipality runs no courts)"),
        e("Dış İlişkiler", "01", "the administration's foreign relations (sister cities, international projects)"),
        e("Avrupa Birliği", "01", "EU relations and grants of the administration"),
        e("Basın Yayın", "01", "press office and public relations of the administration, not public broadcasting (08.3)"),
        e("Halkla İlişkiler", "01", "public relations of the administration"),
        e("Kurumsal İletişim", "01", "communication of the administration"),
        e("Muhtarlık", "01", "relations with the neighbourhood heads (muhtar): local administration"),
        e("Yazı İşleri", "01.3", "records, correspondence and archives of the administration: COFOG 01.3 general services"),
        e("Arşiv", "01.3", "government records and archives: COFOG 01.3"),
        e("Destek Hizmetleri", "01.3",
          "central purchasing, vehicles and buildings serving the other units (decided: a support unit is a general service, COFOG 01.3)"),
        e("Satın Alma", "01.3", "centralised supply and purchasing: COFOG 01.3"),
        e("Bilgi İşlem", "01.3", "centralised computer and data processing services: COFOG 01.3"),
        e("Bilgi Teknolojileri", "01.3", "as Bilgi İşlem"),
        e("İnsan Kaynakları", "01.3", "general personnel services: COFOG 01.3"),
        e("İnsan Kaynakları ve Eğitim", "01.3", "personnel services and staff training, not education (09)"),
        e("Personel", "01.3", "general personnel services: COFOG 01.3"),
        e("Makine İkmal", "01.3", "fuel, repair and supply of the administration's vehicles and machines: central motor vehicle pool, COFOG 01.3"),
        // 02 Savunma Hizmetleri
        e("Sivil Savunma", "02.2", "civil defence"),
        // 03 Kamu Düzeni ve Güvenlik Hizmetleri
        e("İtfaiye", "03.2", "fire protection and rescue"),
        e("Zabıta", "03", "municipal police: public order (level 2 left open: police 03.1 or n.e.c. 03.6)"),
        // 04 Ekonomik İşler ve Hizmetler
        e("Ulaşım", "04.5", "transport"),
        e("Ulaştırma", "04.5", "transport"),
        e("Raylı Sistem", "04.5", "rail transport"),
        e("Toplu Taşıma", "04.5", "public transport"),
        e("Trafik", "04.5", "road traffic: signals, markings, traffic management"),
        e("Yol", "04.5", "roads: road transport"),
        e("Yollar", "04.5", "roads: road transport"),
        e("Otopark", "04.5", "parking: road transport"),
        e("Tarım", "04.2", "agriculture (also matches Tarımsal)"),
        e("Orman", "04.2", "forestry"),
        e("Kırsal Hizmetler", "04",
          "a metropolitan municipality's rural services: agriculture support (04.2) and rural roads (04.5), both economic affairs (the samples show both)"),
        e("Enerji", "04.3", "fuel and energy"),
        e("Turizm", "04", "tourism: economic affairs (level 2 not among the plain ones)"),
        e("İstihdam", "04", "employment: general economic and labour affairs"),
        // 05 Çevre Koruma Hizmetleri
        e("Temizlik İşleri", "05.1", "street cleaning and waste collection: COFOG 05.1 waste management"),
        e("Atık", "05.1", "waste management"),
        e("Atık Su", "05.2", "waste water management"),
        e("Atıksu", "05.2", "waste water management"),
        e("Kanalizasyon", "05.2", "sewerage: waste water management"),
        e("Çevre", "05", "environmental protection (also Çevre Koruma ve Kontrol)"),
        e("İklim", "05", "climate protection and adaptation"),
        // 06 İskan ve Toplum Refahı Hizmetleri
        e("İmar", "06.2", "zoning, land use and building standards: COFOG 06.2 community development"),
        e("Şehircilik", "06.2", "urban planning: COFOG 06.2"),
        e("Şehir Planlama", "06.2", "urban planning: COFOG 06.2"),
        e("Yapı Kontrol", "06.2", "building standards and inspection: COFOG 06.2"),
        e("Kentsel Dönüşüm", "06", "urban regeneration: housing (06.1) and community planning (06.2)"),
        e("Konut", "06.1", "housing development"),
        e("Su", "06.3", "water supply"),
        e("İçme Suyu", "06.3", "drinking water supply"),
        e("İçmesuyu", "06.3", "drinking water supply"),
        e("Aydınlatma", "06.4", "street lighting"),
        // 07 Sağlık Hizmetleri
        e("Sağlık", "07", "health (level 2 depends on the services)"),
        e("Halk Sağlığı", "07.4", "public health"),
        e("Hastane", "07.3", "hospital services"),
        // 08 Dinlenme, Kültür ve Din Hizmetleri
        e("Park ve Bahçeler", "08.1", "public parks and gardens: COFOG 08.1 recreational facilities (parks); also Park Bahçeler"),
        e("Spor", "08.1", "sport facilities and events"),
        e("Gençlik ve Spor", "08.1", "youth and sport: recreation and sport"),
        e("Kültür", "08.2", "cultural services"),
        e("Kültür ve Sosyal İşler", "08", "culture and social events (not social welfare, 10): level 2 not plain"),
        e("Kütüphane", "08.2", "libraries"),
        e("Müze", "08.2", "museums"),
        e("Tiyatro", "08.2", "theatre"),
        e("Din", "08.4", "religious services"),
        // 09 Eğitim Hizmetleri
        e("Eğitim", "09", "education"),
        // 10 Sosyal Güvenlik ve Sosyal Yardım Hizmetleri
        e("Sosyal Hizmetler", "10", "social services"),
        e("Sosyal Yardım", "10", "social assistance"),
        e("Sosyal Destek", "10", "social assistance"),
        e("Sosyal Destek Hizmetleri", "10", "social assistance, not the support services of the administration (01.3)"),
        e("Aile", "10", "family services (Kadın ve Aile Hizmetleri)"),
        e("Engelli", "10", "services for the disabled"),
        e("Yaşlı", "10", "services for the elderly"),
        // Deliberately none: the name does not say which function the unit serves.
        e("Fen İşleri", nil, "technical works: roads, buildings and infrastructure for every function"),
        e("Yapı İşleri", nil, "builds for every function"),
        e("Etüt ve Projeler", nil, "designs projects for every function"),
        e("Etüd ve Projeler", nil, "as Etüt ve Projeler"),
        e("Emlak", nil, "property and expropriation for every function's projects (Emlak ve İstimlak)"),
        e("İşletmeler ve İştirakler", nil, "the municipality's enterprises and companies: facilities of many functions"),
        e("Kent Estetiği", nil, "urban aesthetics: parks and playgrounds (08.1) or urban design (06.2); the name does not say"),
        e("Kent Tarihi ve Tanıtım", nil, "heritage and museums (08.2) and the city's promotion and tourism (04)"),
        e("Afet", nil, "disaster work spans civil defence (02.2), rescue (03.2) and relief (10)"),
        e("Mezarlık", nil, "cemeteries and funerals: budgets class them in community amenities (06) or religious services (08.4)"),
        e("Veteriner", nil, "animal health spans livestock (04.2) and public health (07.4)"),
        e("İlçe Hizmetleri", nil, "services of one district or region, of every function"),
        e("Koruma ve Güvenlik", nil, "guarding the administration's buildings (01.3), not public order; too close to 03 to guess"),
    ]
}
