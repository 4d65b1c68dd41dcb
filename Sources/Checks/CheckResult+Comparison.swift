import Dataset

extension CheckResult {
    /// One exact comparison of a stated amount with what its parts add up to.
    static func amounts(_ check: Check, program: Program, subject: String, expected: Amount, actual: Amount,
                        page: Int?, detail: String) -> CheckResult {
        CheckResult(programID: program.id, check: check.rawValue, subject: subject,
                    expected: expected.description, actual: actual.description,
                    status: expected == actual ? .ok : .mismatch, page: page, detail: detail)
    }

    /// One comparison of a stated count with the number found.
    static func counts(_ check: Check, program: Program, subject: String, expected: Int, actual: Int,
                       page: Int?, detail: String) -> CheckResult {
        CheckResult(programID: program.id, check: check.rawValue, subject: subject,
                    expected: String(expected), actual: String(actual),
                    status: expected == actual ? .ok : .mismatch, page: page, detail: detail)
    }
}

extension Program {
    func goalID(_ goal: Goal) -> String { Identifiers.goalID(program: id, goalNo: goal.no) }

    func activityID(_ activity: Activity, of goal: Goal) -> String {
        Identifiers.activityID(goal: goalID(goal), activityNo: activity.no)
    }

    /// Every activity, in document order, with its goal.
    var allActivities: [(goal: Goal, activity: Activity)] {
        goals.flatMap { g in g.activities.map { (g, $0) } }
    }
}

extension Activity {
    /// The activity's cost-table amounts added up (all codes, all sources).
    var costSum: Amount { costs.map(\.amount).sum() }
}
