@testable import Batch
import Dataset
import Foundation

/// Hand-built programs covering every table: indicator values with and without a number,
/// activities with costs, totals with and without an economic code, a failed check.
enum SamplePrograms {
    static func program(administration: String = "Örnek Belediyesi", year: Int = 2024, goals: Int = 2,
                        sourceFile: String = "ornek.pdf") -> Program {
        let id = Identifiers.programID(administration: administration, year: year)
        let goalList = (1...max(1, goals)).map { no in
            Goal(no: no, code: "H\(no)", title: "Hedef \(no), \"tırnaklı\" başlık", aimCode: "A1", aimTitle: "Amaç",
                 targetCode: "1.\(no)", targetTitle: "Stratejik hedef \(no)", page: 10 + no,
                 indicators: [
                    Indicator(no: 1, code: "PG\(no).1", name: "Yapılan yol (km)", unit: "km", page: 10 + no,
                              values: [IndicatorValue(year: year - 2, kind: .actual, value: "77572", raw: "77.572"),
                                       IndicatorValue(year: year - 1, kind: .estimate, value: "12.5", raw: "12,5"),
                                       IndicatorValue(year: year, kind: .target, value: nil, raw: "Tamamlanması")]),
                    Indicator(no: 2, code: "PG\(no).2", name: "Memnuniyet", unit: "%", page: nil, values: []),
                 ],
                 activities: [
                    Activity(no: 1, code: "F1", name: "Yol yapımı", responsibleUnit: "Fen İşleri Dairesi Başkanlığı",
                             budget: Amount(kurus: 550_000_000), offBudget: Amount(kurus: 0),
                             total: Amount(kurus: 550_000_000), description: "Açıklama, virgüllü\nçok satırlı", page: 20,
                             costs: [ActivityCost(economicCode: .goodsAndServices, source: .budget, amount: Amount(kurus: 500_000_000)),
                                     ActivityCost(economicCode: .capital, source: .budget, amount: Amount(kurus: 50_000_000)),
                                     ActivityCost(economicCode: .personnel, source: .budget, amount: .zero)]),
                 ])
        }
        return Program(id: id, administration: administration, year: year, sourceFile: sourceFile,
                       sourceSHA256: "", pageCount: 42, goals: goalList,
                       totals: [ProgramTotal(measure: .total, amount: Amount(kurus: 1_100_000_000)),
                                ProgramTotal(measure: .activities, economicCode: .capital, source: .budget,
                                             amount: Amount(kurus: -12_345))])
    }

    static func checks(for program: Program) -> [CheckResult] {
        [CheckResult(programID: program.id, check: "program_total", subject: program.id, expected: "11000000.00",
                     actual: "11000000.00", status: .ok),
         CheckResult(programID: program.id, check: "goal_total", subject: Identifiers.goalID(program: program.id, goalNo: 1),
                     expected: "5500000.00", actual: "5400000.00", status: .mismatch)]
    }

    static func parsed(administration: String = "Örnek Belediyesi", year: Int = 2024, goals: Int = 2) -> ParsedProgram {
        let p = program(administration: administration, year: year, goals: goals)
        return ParsedProgram(program: p, checks: checks(for: p))
    }
}
