import Dataset

/// `program_total`: the summary tables' arithmetic (İdare Performans Tablosu, Toplam
/// Kaynak İhtiyacı Tablosu), for each source and economic code the document states:
/// - the goals' activities add up to the stated activities total;
/// - activities + general administration + transfers (+ personnel, where stated apart)
///   add up to the grand total;
/// - a measure's per-code amounts add up to its all-codes amount.
enum ProgramTotalCheck {
    /// The sources in the order results are reported: Bütçe, Bütçe Dışı, both together.
    private static let sources: [ProgramTotal.Source?] = [.budget, .offBudget, nil]
    /// The measures that make up the grand total.
    private static let parts: [ProgramTotal.Measure] = [.activities, .generalAdmin, .transfers, .personnel]

    static func run(_ program: Program) -> [CheckResult] {
        let stated = StatedTotals(program.totals)
        var results: [CheckResult] = []
        let codes: [EconomicCode?] = [nil] + EconomicCode.allCases.map(Optional.some)
        // The goals against the stated activities total.
        for code in codes {
            for source in sources {
                guard let expected = stated[.activities, code, source] else { continue }
                results.append(.amounts(.programTotal, program: program, subject: program.id,
                                        expected: expected.amount, actual: activitiesSum(program, code: code, source: source),
                                        page: expected.page,
                                        detail: "goals' activities against the stated activities total\(describe(code, source))"))
            }
        }
        // The parts against the grand total.
        for code in codes {
            for source in sources {
                guard let expected = stated[.total, code, source] else { continue }
                let found = parts.compactMap { stated[$0, code, source] }
                guard !found.isEmpty else { continue }
                let names = parts.filter { stated[$0, code, source] != nil }.map(\.rawValue).joined(separator: " + ")
                results.append(.amounts(.programTotal, program: program, subject: program.id,
                                        expected: expected.amount, actual: found.map(\.amount).sum(), page: expected.page,
                                        detail: "\(names) against the grand total\(describe(code, source))"))
            }
        }
        // Each measure's economic codes against its all-codes amount.
        for measure in ProgramTotal.Measure.allCases {
            for source in sources {
                guard let expected = stated[measure, nil, source] else { continue }
                let perCode = EconomicCode.allCases.compactMap { stated[measure, $0, source] }
                guard !perCode.isEmpty else { continue }
                results.append(.amounts(.programTotal, program: program, subject: program.id,
                                        expected: expected.amount, actual: perCode.map(\.amount).sum(),
                                        page: perCode.first?.page ?? expected.page,
                                        detail: "\(measure.rawValue) by economic code against its total\(describe(nil, source))"))
            }
        }
        return results
    }

    /// The goal tables' (or, per economic code, the cost tables') amounts for one source.
    private static func activitiesSum(_ program: Program, code: EconomicCode?, source: ProgramTotal.Source?) -> Amount {
        let activities = program.goals.flatMap(\.activities)
        guard let code else {
            switch source {
            case .budget: return activities.map { $0.budget ?? .zero }.sum()
            case .offBudget: return activities.map { $0.offBudget ?? .zero }.sum()
            case nil: return activities.map { $0.total ?? .zero }.sum()
            }
        }
        let costs = activities.flatMap(\.costs).filter { $0.economicCode == code }
        switch source {
        case .budget: return costs.filter { $0.source == .budget }.map(\.amount).sum()
        case .offBudget: return costs.filter { $0.source != .budget }.map(\.amount).sum()
        case nil: return costs.map(\.amount).sum()
        }
    }

    private static func describe(_ code: EconomicCode?, _ source: ProgramTotal.Source?) -> String {
        var words: [String] = []
        if let code { words.append("\(code.rawValue) \(code.standardName)") }
        switch source {
        case .budget: words.append("Bütçe")
        case .offBudget: words.append("Bütçe Dışı")
        case nil: words.append("Toplam")
        }
        return ", " + words.joined(separator: ", ")
    }
}

/// The program's stated totals, looked up by measure, economic code and source (the
/// first row the document states for each key).
private struct StatedTotals {
    private struct Key: Hashable {
        var measure: ProgramTotal.Measure
        var code: EconomicCode?
        var source: ProgramTotal.Source?
    }
    private var byKey: [Key: ProgramTotal] = [:]

    init(_ totals: [ProgramTotal]) {
        for t in totals {
            let key = Key(measure: t.measure, code: t.economicCode, source: t.source)
            if byKey[key] == nil { byKey[key] = t }
        }
    }

    subscript(measure: ProgramTotal.Measure, code: EconomicCode?, source: ProgramTotal.Source?) -> ProgramTotal? {
        byKey[Key(measure: measure, code: code, source: source)]
    }
}
