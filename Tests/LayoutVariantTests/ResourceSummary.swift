import Dataset

/// The amounts a resource summary table prints for a program cut to a few goals: its own
/// activities' budget per economic code, the fixture's general administration and transfers
/// per code (kept by scripts/make-variant-fixture), and their sum.
struct ResourceSummary {
    static let measures: [ProgramTotal.Measure] = [.activities, .generalAdmin, .transfers, .total]
    private var amounts: [ProgramTotal.Measure: [EconomicCode: Amount]] = [:]

    init(_ program: Program) {
        for goal in program.goals {
            for cost in goal.activities.flatMap(\.costs) where cost.source == .budget {
                add(.activities, cost.economicCode, cost.amount)
            }
        }
        for total in program.totals where total.source == .budget && (total.measure == .generalAdmin || total.measure == .transfers) {
            if let code = total.economicCode { add(total.measure, code, total.amount) }
        }
        for code in EconomicCode.allCases {
            amounts[.total, default: [:]][code] = [.activities, .generalAdmin, .transfers].map { amounts[$0]?[code] ?? .zero }.sum()
        }
    }

    private mutating func add(_ measure: ProgramTotal.Measure, _ code: EconomicCode, _ value: Amount) {
        amounts[measure, default: [:]][code] = amount(measure, code) + value
    }

    func amount(_ measure: ProgramTotal.Measure, _ code: EconomicCode) -> Amount { amounts[measure]?[code] ?? .zero }

    func total(_ measure: ProgramTotal.Measure, codes: [EconomicCode]) -> Amount { codes.map { amount(measure, $0) }.sum() }

    /// The codes the activities spend on: the turned table's columns (all nine would not fit a page's width).
    var activityCodes: [EconomicCode] {
        let used = EconomicCode.allCases.filter { amount(.activities, $0) != .zero }
        return used.isEmpty ? [.goodsAndServices] : used
    }

    static func heading(_ measure: ProgramTotal.Measure) -> String {
        switch measure {
        case .activities: return "Faaliyet Toplamı"
        case .generalAdmin: return "Genel Yönetim Giderleri"
        case .transfers: return "Diğer İdarelere Transfer Edilecek Kaynaklar"
        case .personnel: return "Personel Gideri"
        case .total: return "Genel Toplam"
        }
    }

    /// What the table states, as program_totals rows: each printed amount per code (budget),
    /// and each measure's "Toplam Kaynak İhtiyacı" over the printed codes (all sources).
    func totals(_ orientation: SummaryOrientation) -> [ProgramTotal] {
        let codes = orientation == .codesAsRows ? EconomicCode.allCases : activityCodes
        var out: [ProgramTotal] = []
        for measure in Self.measures {
            for code in codes { out.append(ProgramTotal(measure: measure, economicCode: code, source: .budget, amount: amount(measure, code))) }
            out.append(ProgramTotal(measure: measure, amount: total(measure, codes: codes)))
        }
        return out
    }
}

/// The amounts the İdare Performans Tablosu prints: each goal's and activity's Bütçe İçi /
/// Bütçe Dışı / Toplam, and the program lines: the goals' total, general administration and
/// transfers (the fixture's per-code amounts added up, all from the budget), and Genel Toplam.
struct AdministrationSummary {
    static let lines: [ProgramTotal.Measure] = [.activities, .generalAdmin, .transfers, .total]
    private let activities: [Amount]
    private let generalAdmin: Amount
    private let transfers: Amount

    init(_ program: Program) {
        activities = Self.split(program.goals.flatMap(\.activities))
        func budget(_ measure: ProgramTotal.Measure) -> Amount {
            program.totals.filter { $0.measure == measure && $0.economicCode != nil && $0.source == .budget }.map(\.amount).sum()
        }
        generalAdmin = budget(.generalAdmin)
        transfers = budget(.transfers)
    }

    /// Bütçe İçi, Bütçe Dışı, Toplam of some activities.
    static func split(_ activities: [Activity]) -> [Amount] {
        [activities.compactMap(\.budget).sum(), activities.compactMap(\.offBudget).sum(), activities.compactMap(\.total).sum()]
    }

    func split(_ line: ProgramTotal.Measure) -> [Amount] {
        switch line {
        case .activities: return activities
        case .generalAdmin: return [generalAdmin, .zero, generalAdmin]
        case .transfers: return [transfers, .zero, transfers]
        default: return (0..<3).map { k in [activities[k], k == 1 ? .zero : generalAdmin, k == 1 ? .zero : transfers].sum() }
        }
    }

    static func label(_ line: ProgramTotal.Measure) -> String {
        switch line {
        case .activities: return "Performans Hedefleri Toplamı"
        case .generalAdmin: return "Genel Yönetim Giderleri"
        case .transfers: return "Diğer İdarelere Transfer Edilecek Kaynaklar"
        default: return "Genel Toplam"
        }
    }

    /// What the table states, as program_totals rows: each program line by source and in all.
    var totals: [ProgramTotal] {
        Self.lines.flatMap { line in
            zip([ProgramTotal.Source.budget, .offBudget, nil], split(line)).map { ProgramTotal(measure: line, source: $0.0, amount: $0.1) }
        }
    }
}
