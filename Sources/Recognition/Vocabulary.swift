import Dataset

/// The documents' vocabulary, matched after folding (Turkish letters to ASCII, lower case,
/// punctuation to spaces) so that "PERFORMANS HEDEFİ TABLOSU" and "Performans Hedefi
/// Tablosu" read alike. Nothing here is one municipality's wording: these are the terms of
/// the performance-program guidelines (Performans Programı Hazırlama Rehberi).
enum Vocabulary {
    static func fold(_ text: String) -> String {
        Identifiers.slug(text, separator: " ")
    }

    static let goalTableTitle = "performans hedefi tablosu"
    static let costTableTitles = ["faaliyet maliyet tablosu", "faaliyet maliyetleri tablosu", "faaliyet maliyet tablolari"]
    static let administrationTableTitle = "idare performans tablosu"
    static let resourceTableTitles = ["toplam kaynak ihtiyaci tablosu", "idarenin toplam kaynak ihtiyaci"]

    /// Column headers that open the sub-tables of a goal table.
    static let indicatorHeaders = ["performans gostergeleri", "performans gostergesi"]
    static let indicatorHeaderWords: Set<String> = ["gostergeleri", "gostergesi", "gostergeler"]
    static let activityHeaders = ["faaliyetler", "faaliyet projeler", "faaliyet proje"]
    static let economicCodeHeader = "ekonomik kod"

    /// Labels of labelled rows ("Stratejik Amaç 1:").
    enum Label: CaseIterable {
        case administration, aim, target, goal, explanation, activityName, responsibleUnit
        var folds: [String] {
            switch self {
            case .administration: return ["idare adi"]
            case .aim: return ["stratejik amac"]
            case .target: return ["stratejik hedef"]
            case .goal: return ["performans hedefi"]
            case .explanation: return ["aciklamalar", "aciklama"]
            case .activityName: return ["faaliyet adi", "faaliyet proje adi", "proje adi"]
            case .responsibleUnit: return ["sorumlu harcama birimi", "sorumlu birim"]
            }
        }
    }

    static let grandTotalRow = ["genel toplam"]
    static let costTotalRow = ["toplam kaynak ihtiyaci"]

    static func startsWithAny(_ folded: String, _ options: [String]) -> Bool {
        options.contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }
    static func containsAny(_ folded: String, _ options: [String]) -> Bool {
        options.contains { (" " + folded + " ").contains(" " + $0 + " ") }
    }
}
