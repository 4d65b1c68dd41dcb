import Dataset
import Foundation

/// Re-adds what the document adds up and reports each comparison (checks.csv). A total
/// that does not add up is a result, never an error: nothing is corrected.
public enum ProgramChecks {
    /// The check families, each reporting one or more of the `Check` names.
    static let families: [@Sendable (Program) -> [CheckResult]] = [
        ActivityRowTotalCheck.run, GoalTotalCheck.run, ActivityCostTotalCheck.run, CostTableTotalCheck.run,
        ProgramTotalCheck.run, UnitTotalCheck.run, CountCheck.run, ShareCheck.run,
    ]

    /// Every result, in the order of `Check`; within a check, in document order. The families
    /// run side by side (each reads the program alone); their results are put together in
    /// family order, as if run one after the other.
    public static func run(_ program: Program) -> [CheckResult] {
        let order = Dictionary(uniqueKeysWithValues: Check.allCases.enumerated().map { ($1.rawValue, $0) })
        let results = SideBySide.map(families.count) { families[$0](program) }.flatMap { $0 }
        let ranks = results.map { order[$0.check] ?? order.count }
        return results.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { results[$0] }
    }
}
