/// A class of the Turkish public budget's functional classification (Fonksiyonel
/// Sınıflandırma, the COFOG-based analytic budget classification): level 1 `01`…`10`, or a
/// level-2 class such as `04.5`, with its standard name.
public struct FunctionalClass: Hashable, Sendable {
    public let code: String
    public let name: String

    /// The level-1 class of this one (itself at level 1).
    public var level1: FunctionalClass {
        Self.byCode[String(code.prefix(2))] ?? self
    }
    public var isLevel1: Bool { code.count == 2 }

    /// Looks a code up: `04`, `04.5`; nil for a code the classification does not have here.
    public init?(code: String) {
        guard let known = Self.byCode[code] else { return nil }
        self = known
    }

    private init(_ code: String, _ name: String) {
        self.code = code
        self.name = name
    }

    public static let level1Classes: [FunctionalClass] = [
        .init("01", "Genel Kamu Hizmetleri"),
        .init("02", "Savunma Hizmetleri"),
        .init("03", "Kamu Düzeni ve Güvenlik Hizmetleri"),
        .init("04", "Ekonomik İşler ve Hizmetler"),
        .init("05", "Çevre Koruma Hizmetleri"),
        .init("06", "İskan ve Toplum Refahı Hizmetleri"),
        .init("07", "Sağlık Hizmetleri"),
        .init("08", "Dinlenme, Kültür ve Din Hizmetleri"),
        .init("09", "Eğitim Hizmetleri"),
        .init("10", "Sosyal Güvenlik ve Sosyal Yardım Hizmetleri"),
    ]

    /// The level-2 classes a unit's name can make plain (the lexicon and override files
    /// may use these; the others are given at level 1).
    public static let level2Classes: [FunctionalClass] = [
        .init("01.3", "Genel Hizmetler"),
        .init("02.2", "Sivil Savunma Hizmetleri"),
        .init("03.2", "İtfaiye Hizmetleri"),
        .init("04.2", "Tarım, Ormancılık, Balıkçılık ve Avcılık Hizmetleri"),
        .init("04.3", "Yakıt ve Enerji Hizmetleri"),
        .init("04.5", "Ulaştırma Hizmetleri"),
        .init("05.1", "Atık Yönetimi Hizmetleri"),
        .init("05.2", "Atık Su Yönetimi Hizmetleri"),
        .init("06.1", "İskan İşleri ve Hizmetleri"),
        .init("06.2", "Toplum Refahı Hizmetleri"),
        .init("06.3", "Su İşleri ve Hizmetleri"),
        .init("06.4", "Sokak Aydınlatma Hizmetleri"),
        .init("07.3", "Hastane Hizmetleri"),
        .init("07.4", "Halk Sağlığı Hizmetleri"),
        .init("08.1", "Dinlenme ve Spor Hizmetleri"),
        .init("08.2", "Kültür Hizmetleri"),
        .init("08.3", "Yayın ve Yayımcılık Hizmetleri"),
        .init("08.4", "Din Hizmetleri"),
    ]

    public static let all = level1Classes + level2Classes
    static let byCode: [String: FunctionalClass] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}
