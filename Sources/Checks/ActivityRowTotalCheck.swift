import Dataset

/// `activity_row_total`: a goal table row's Bütçe + Bütçe Dışı = its Toplam.
enum ActivityRowTotalCheck {
    static func run(_ program: Program) -> [CheckResult] {
        program.allActivities.compactMap { goal, activity in
            // A row that prints no part (only a Toplam) states no sum to re-add.
            guard let total = activity.total, activity.budget != nil || activity.offBudget != nil else { return nil }
            let parts = (activity.budget ?? .zero) + (activity.offBudget ?? .zero)
            return .amounts(.activityRowTotal, program: program, subject: program.activityID(activity, of: goal),
                            expected: total, actual: parts, page: activity.page,
                            detail: "Bütçe + Bütçe Dışı against Toplam")
        }
    }
}
