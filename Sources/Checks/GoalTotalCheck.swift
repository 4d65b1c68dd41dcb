import Dataset

/// `goal_total`: a goal table's activity rows add up to its "Genel Toplam" row, for each
/// column the row prints (Bütçe, Bütçe Dışı, Toplam).
enum GoalTotalCheck {
    static func run(_ program: Program) -> [CheckResult] {
        program.goals.flatMap { goal -> [CheckResult] in
            guard let stated = goal.statedTotal else { return [] }
            let columns: [(String, Amount?, KeyPath<Activity, Amount?>)] = [
                ("Bütçe", stated.budget, \.budget),
                ("Bütçe Dışı", stated.offBudget, \.offBudget),
                ("Toplam", stated.total, \.total),
            ]
            return columns.compactMap { name, statedAmount, column in
                guard let statedAmount else { return nil }
                let sum = goal.activities.map { $0[keyPath: column] ?? .zero }.sum()
                return .amounts(.goalTotal, program: program, subject: program.goalID(goal),
                                expected: statedAmount, actual: sum, page: goal.page,
                                detail: "goal \(goal.code) Genel Toplam, \(name) column: \(goal.activities.count) activities")
            }
        }
    }
}
