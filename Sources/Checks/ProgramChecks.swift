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
        let found = FamilyResults(count: families.count)
        DispatchQueue.concurrentPerform(iterations: families.count) { k in found.store(k, families[k](program)) }
        let results = found.all.flatMap { $0 }
        let ranks = results.map { order[$0.check] ?? order.count }
        return results.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { results[$0] }
    }
}

/// Each family's results, by family index.
private final class FamilyResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[CheckResult]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ index: Int, _ results: [CheckResult]) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = results
    }

    var all: [[CheckResult]] {
        lock.lock(); defer { lock.unlock() }
        return slots
    }
}
