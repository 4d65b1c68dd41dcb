@testable import Checks
import Dataset

/// Small hand-built programs for the checks: amounts in whole lira.
enum ProgramFixture {
    static let id = "test-belediyesi-2024"

    static func tl(_ lira: Int64) -> Amount { Amount(kurus: lira * 100) }

    static func program(goals: [Goal] = [], totals: [ProgramTotal] = [], counts: [StatedCount] = [],
                        shares: [StatedShare] = [], units: [StatedUnitCost] = []) -> Program {
        Program(id: id, administration: "Test Belediyesi", year: 2024, goals: goals, totals: totals,
                statedCounts: counts, statedShares: shares, statedUnitCosts: units)
    }

    static func activity(_ no: Int, budget: Int64?, off: Int64? = 0, total: Int64?, unit: String = "",
                         costs: [(EconomicCode, FundingSource, Int64)] = [], statedCost: Int64? = nil,
                         page: Int? = nil) -> Activity {
        Activity(no: no, code: "F\(no)", name: "Faaliyet \(no)", responsibleUnit: unit,
                 budget: budget.map(tl), offBudget: off.map(tl), total: total.map(tl), page: page,
                 costs: costs.map { ActivityCost(economicCode: $0.0, source: $0.1, amount: tl($0.2)) },
                 statedCostTotal: statedCost.map(tl))
    }

    static func goal(_ no: Int, _ activities: [Activity], stated: (Int64?, Int64?, Int64?)? = nil,
                     costColumns: [EconomicCode: Int64] = [:], costTotal: Int64? = nil, page: Int? = nil) -> Goal {
        Goal(no: no, code: "H1.\(no)", title: "Hedef \(no)", page: page, activities: activities,
             statedTotal: stated.map { BudgetSplit(budget: $0.0.map(tl), offBudget: $0.1.map(tl), total: $0.2.map(tl)) },
             statedCostColumns: costColumns.mapValues(tl), statedCostTotal: costTotal.map(tl))
    }

    static func results(_ program: Program, _ check: Check) -> [CheckResult] {
        ProgramChecks.run(program).filter { $0.check == check.rawValue }
    }

    static func goalID(_ no: Int) -> String { "\(id)/G\(no)" }
    static func activityID(_ goal: Int, _ no: Int) -> String { "\(id)/G\(goal)/F\(no)" }
}
