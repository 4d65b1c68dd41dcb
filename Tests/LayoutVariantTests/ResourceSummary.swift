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
