import Dataset

/// `activity_cost_total`: an activity's economic-code amounts add up to its cost-table
/// total; `activity_cost_agreement`: that total equals the activity's Toplam in the goal table.
enum ActivityCostTotalCheck {
    static func run(_ program: Program) -> [CheckResult] {
        program.allActivities.flatMap { goal, activity -> [CheckResult] in
            let subject = program.activityID(activity, of: goal)
            var results: [CheckResult] = []
            if let stated = activity.statedCostTotal {
                results.append(.amounts(.activityCostTotal, program: program, subject: subject,
                                        expected: stated, actual: activity.costSum, page: activity.page,
                                        detail: "economic codes against the cost table's Toplam Kaynak İhtiyacı"))
            }
            // The cost table's own total where it prints one, else its cells added up.
            let costTableTotal = activity.statedCostTotal ?? (activity.costs.isEmpty ? nil : activity.costSum)
            if let costTableTotal, let goalTableTotal = activity.total {
                results.append(.amounts(.activityCostAgreement, program: program, subject: subject,
                                        expected: goalTableTotal, actual: costTableTotal, page: activity.page,
                                        detail: "cost-table total against the goal table's Toplam"))
            }
            return results
        }
    }
}
