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

    /// The families in the order they are started: the longest first (UnitTotalCheck and
    /// CountCheck fold every unit's name, ~9 M instructions each on the Balıkesir sample, the
    /// others under half of that), so that no core is left with one of them at the end.
    static let schedule: [Int] = {
        let longest = [5, 6]
        return longest + families.indices.filter { !longest.contains($0) }
    }()

    /// Every result, in the order of `Check`; within a check, in document order. The families
    /// run side by side (each reads the program alone); their results are put together in
    /// family order, as if run one after the other.
    public static func run(_ program: Program) -> [CheckResult] {
        run(program, alongside: {}).checks
    }

    /// `run(program)`, and `alongside` done beside the families (first, as the longest part:
    /// `extract` finds the program's units for its tables there, on a core the checks leave idle).
    public static func run<Alongside: Sendable>(_ program: Program, alongside: @escaping @Sendable () -> Alongside)
        -> (checks: [CheckResult], alongside: Alongside) {
        let order = Dictionary(uniqueKeysWithValues: Check.allCases.enumerated().map { ($1.rawValue, $0) })
        let schedule = Self.schedule
        let parts = SideBySide.map(families.count + 1) { k -> Part<Alongside> in
            k == 0 ? .alongside(alongside()) : .results(families[schedule[k - 1]](program))
        }
        guard case .alongside(let extra) = parts[0] else { preconditionFailure("parts out of order") }
        // Put together in family order, as if run one after the other.
        var byFamily = [[CheckResult]](repeating: [], count: families.count)
        for (k, part) in parts.dropFirst().enumerated() {
            guard case .results(let r) = part else { preconditionFailure("parts out of order") }
            byFamily[schedule[k]] = r
        }
        let results = byFamily.flatMap { $0 }
        let ranks = results.map { order[$0.check] ?? order.count }
        return (results.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { results[$0] }, extra)
    }

    private enum Part<Alongside> {
        case alongside(Alongside)
        case results([CheckResult])
    }
}
