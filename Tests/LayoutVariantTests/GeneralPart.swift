import Dataset

/// The general part real programs print before their goals (Genel Bilgiler, as the guide and
/// municipal programs lay it out): a contents page, the administration's mission, duties,
/// organisation and resources, its budget in the budget's own tables, and the strategic plan
/// in prose. None of it is a fact of the program (`ExpectedProgram` does not change): its
/// figures are made from the gold's own units and amounts, so that they look like the program's.
enum GeneralBlock: Sendable {
    /// İÇİNDEKİLER: the sections, the aims and goals by code and name, and TABLOLAR LİSTESİ,
    /// each with dotted leaders to its page number.
    case contents
    /// Misyon, Vizyon, Yetki, Görev ve Sorumluluklar: prose with amounts and percentages.
    case mission
    /// Teşkilat Yapısı: the responsible units listed by name, one a line.
    case organisation
    /// Personel Durumu: staff by kind (Memur, Sözleşmeli, İşçi, Toplam) per unit.
    case staff
    /// Araç Durumu and Fiziksel Kaynaklar: vehicles and buildings counted.
    case physicalResources
    /// Bütçe Giderlerinin Ekonomik Sınıflandırılması: the year's budget per economic code
    /// (the resource summary's own figures), its share, a Toplam row.
    case budgetByEconomicCode
    /// The year's budget by functional classification (01 Genel Kamu Hizmetleri …).
    case budgetByFunction
    /// The year's budget per spending unit (Harcama Birimi | Bütçe | Pay).
    case budgetByUnit
    /// The year before's budget execution per economic code (Başlangıç Ödeneği, Harcama, Gerçekleşme Oranı).
    case budgetExecution
    /// The year's revenue by economic code (Vergi Gelirleri …).
    case revenue
    /// The strategic plan in prose: its aims and targets named in running text.
    case planSummary
    /// The strategic plan as a table: each goal's aim, target and goal by code and text in three
    /// columns (Stratejik Amaç | Stratejik Hedef | Performans Hedefi), no amounts.
    case planTable

    /// Tables whose header names a cost table's columns (economic codes beside a budget or an
    /// appropriation, "Ödenek"): the program states it found them before any goal table and did
    /// not read them (`ExpectedUnread`). The others are no table of the program's kinds.
    var statedUnread: Bool {
        switch self {
        case .budgetByEconomicCode, .budgetExecution: return true
        default: return false
        }
    }

    /// What the program states of it after a goal table (an aim's introduction, the annexes): a
    /// table by economic code names no activity; the other budget tables' rows are amounts outside
    /// any table the reader knows; prose, lists and counts state nothing.
    var statedAfterGoals: String? {
        switch self {
        case .budgetByEconomicCode, .budgetExecution: return ExpectedUnread.namingNoActivity
        case .budgetByFunction, .budgetByUnit, .revenue: return ExpectedUnread.amountsOutside
        default: return nil
        }
    }

    /// Every block, in the order municipal programs print them.
    static let all: [GeneralBlock] = [.contents, .mission, .organisation, .staff, .physicalResources, .budgetByEconomicCode,
                                      .budgetByFunction, .budgetByUnit, .budgetExecution, .revenue, .planSummary, .planTable]

    /// The section heading it prints under. "Gider Bütçesi" and "Gelir Bütçesi" are a budget's own
    /// sections (`DocumentSections`): the cover, naming the program, decides what the document is.
    var heading: String {
        switch self {
        case .contents: return "İÇİNDEKİLER"
        case .mission: return "Misyon ve Vizyon"
        case .organisation: return "Teşkilat Yapısı"
        case .staff: return "İnsan Kaynakları"
        case .physicalResources: return "Fiziksel Kaynaklar"
        case .budgetByEconomicCode: return "Gider Bütçesi"
        case .budgetByFunction: return "Bütçe Giderlerinin Fonksiyonel Sınıflandırılması"
        case .budgetByUnit: return "Harcama Birimlerine Göre Bütçe"
        case .budgetExecution: return "Bütçe Gerçekleşmeleri"
        case .revenue: return "Gelir Bütçesi"
        case .planSummary: return "Stratejik Plan"
        case .planTable: return "Stratejik Amaç ve Hedefler"
        }
    }
}

/// The general part's figures for one program, made from its own units and amounts.
struct GeneralFigures {
    let program: Program

    /// The responsible units in order of first appearance (the organisation lists the same names).
    var units: [String] {
        var seen: [String] = []
        for unit in program.goals.flatMap(\.activities).map(\.responsibleUnit) where !unit.isEmpty && !seen.contains(unit) {
            seen.append(unit)
        }
        return seen
    }

    /// The year's budget per economic code: the resource summary's totals (what the program's
    /// own summary states, so the general part repeats the program's figures exactly).
    var budgetByCode: [(EconomicCode, Amount)] {
        let summary = ResourceSummary(program)
        return EconomicCode.allCases.map { ($0, summary.amount(.total, $0)) }
    }

    var budgetTotal: Amount { budgetByCode.map(\.1).sum() }

    /// The functional classification's first level, with the shares (per mille) a municipality's budget gives them.
    static let functions: [(code: String, name: String, perMille: Int64)] = [
        ("01", "Genel Kamu Hizmetleri", 310), ("03", "Kamu Düzeni ve Güvenlik Hizmetleri", 45),
        ("04", "Ekonomik İşler ve Hizmetler", 250), ("05", "Çevre Koruma Hizmetleri", 120),
        ("06", "İskân ve Toplum Refahı Hizmetleri", 140), ("07", "Sağlık Hizmetleri", 20),
        ("08", "Dinlenme, Kültür ve Din Hizmetleri", 65), ("09", "Eğitim Hizmetleri", 15),
        ("10", "Sosyal Güvenlik ve Sosyal Yardım Hizmetleri", 35),
    ]

    /// The total parted by the functions' shares, the last taking what rounding leaves.
    var budgetByFunction: [(code: String, name: String, amount: Amount)] {
        let total = budgetTotal.kurus
        var left = total
        return Self.functions.enumerated().map { k, f in
            let lira = k == Self.functions.count - 1 ? left : total * f.perMille / 1000 / 100 * 100
            left -= lira
            return (f.code, f.name, Amount(kurus: lira))
        }
    }

    /// Each unit's budget: its activities' budget in the goals printed; the rest of the year's
    /// budget under the units that print none (Diğer Birimler).
    var budgetByUnit: [(String, Amount)] {
        let activities = program.goals.flatMap(\.activities)
        let own = units.map { unit in (unit, activities.filter { $0.responsibleUnit == unit }.compactMap(\.budget).sum()) }
        let rest = budgetTotal - own.map(\.1).sum()
        return own + (rest.kurus > 0 ? [("Diğer Harcama Birimleri", rest)] : [])
    }

    /// The year before's execution per code: initial and year-end appropriation, spending.
    var execution: [(EconomicCode, initial: Amount, final: Amount, spent: Amount)] {
        budgetByCode.map { code, amount in
            let lira = amount.kurus / 100
            return (code, Amount(kurus: lira * 88), Amount(kurus: lira * 93), Amount(kurus: lira * 81))
        }
    }

    /// Revenue by its economic code, parted from the year's budget.
    static let revenueKinds: [(code: String, name: String, perMille: Int64)] = [
        ("01", "Vergi Gelirleri", 180), ("03", "Teşebbüs ve Mülkiyet Gelirleri", 220),
        ("04", "Alınan Bağış ve Yardımlar ile Özel Gelirler", 40), ("05", "Diğer Gelirler", 500), ("06", "Sermaye Gelirleri", 60),
    ]

    var revenue: [(code: String, name: String, amount: Amount)] {
        Self.revenueKinds.map { ($0.code, $0.name, Amount(kurus: budgetTotal.kurus * $0.perMille / 1000 / 100 * 100)) }
    }

    /// Staff per unit: Memur, Sözleşmeli, İşçi (a few dozen each, told apart by the unit's place).
    var staff: [(String, [Int])] {
        units.enumerated().map { k, unit in (unit, [12 + 7 * k, 3 + 2 * k, 25 + 11 * k]) }
    }

    static let vehicles: [(String, Int)] = [("Binek Otomobil", 48), ("Kamyonet", 36), ("Kamyon", 29), ("İş Makinesi", 41), ("Otobüs", 112)]
    static let buildings: [(String, Int, String)] = [("Hizmet Binası", 14, "48.350"), ("Sosyal Tesis", 9, "12.740"),
                                                      ("Kültür Merkezi", 6, "21.600"), ("Spor Tesisi", 11, "33.215")]

    /// A share of a total, in per cent with two decimals, as the budget's tables print it ("32,45").
    static func percent(_ part: Amount, of whole: Amount) -> String {
        guard whole.kurus != 0 else { return "0,00" }
        let hundredths = (part.kurus * 10_000 + whole.kurus / 2) / whole.kurus
        let fraction = hundredths % 100
        return "\(hundredths / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
