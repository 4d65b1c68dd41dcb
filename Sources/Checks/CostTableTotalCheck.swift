import Dataset

/// A per-goal cost table's "Genel Toplam" row: `cost_table_column_total` re-adds each
/// column (economic code, then the total column) over the activity rows;
/// `cost_table_grand_total` re-adds the row itself (its codes against its total).
enum CostTableTotalCheck {
    static func run(_ program: Program) -> [CheckResult] {
        program.goals.flatMap { goal -> [CheckResult] in
            let subject = program.goalID(goal)
            var results: [CheckResult] = []
            for code in goal.statedCostColumns.keys.sorted() {
                guard let stated = goal.statedCostColumns[code] else { continue }
                let sum = goal.activities.flatMap(\.costs).filter { $0.economicCode == code }.map(\.amount).sum()
                results.append(.amounts(.costTableColumnTotal, program: program, subject: subject,
                                        expected: stated, actual: sum, page: goal.page,
                                        detail: "goal \(goal.code) cost table, column \(code.rawValue) \(code.standardName)"))
            }
            if let stated = goal.statedCostTotal {
                let sum = goal.activities.map { $0.statedCostTotal ?? $0.costSum }.sum()
                results.append(.amounts(.costTableColumnTotal, program: program, subject: subject,
                                        expected: stated, actual: sum, page: goal.page,
                                        detail: "goal \(goal.code) cost table, column Toplam Kaynak İhtiyacı"))
                if !goal.statedCostColumns.isEmpty {
                    results.append(.amounts(.costTableGrandTotal, program: program, subject: subject,
                                            expected: stated, actual: goal.statedCostColumns.values.sum(), page: goal.page,
                                            detail: "goal \(goal.code) cost table, Genel Toplam row: economic codes against its total"))
                }
            }
            return results
        }
    }
}
