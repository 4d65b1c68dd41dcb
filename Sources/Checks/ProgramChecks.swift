import Dataset

/// Re-adds what the document adds up and reports each comparison (checks.csv). A total
/// that does not add up is a result, never an error: nothing is corrected.
public enum ProgramChecks {
    /// The check families, each reporting one or more of the `Check` names.
    static let families: [@Sendable (Program) -> [CheckResult]] = [
        ActivityRowTotalCheck.run, GoalTotalCheck.run, ActivityCostTotalCheck.run, CostTableTotalCheck.run,
        ProgramTotalCheck.run, UnitTotalCheck.run, CountCheck.run, ShareCheck.run,
    ]

    /// Every result, in the order of `Check`; within a check, in document order.
    public static func run(_ program: Program) -> [CheckResult] {
        let order = Dictionary(uniqueKeysWithValues: Check.allCases.enumerated().map { ($1.rawValue, $0) })
        let results = families.flatMap { $0(program) }
        return results.enumerated()
            .sorted { (order[$0.element.check] ?? order.count, $0.offset) < (order[$1.element.check] ?? order.count, $1.offset) }
            .map(\.element)
    }
}
