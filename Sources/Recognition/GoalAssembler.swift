import Dataset

/// Joins a goal table with its cost tables and headings into one `Goal`.
enum GoalAssembler {
    static func goal(no: Int, draft: GoalDraft, costs: [CostDraft], aim: GoalHeading?, heading: GoalHeading?,
                     notes: inout [String]) -> Goal {
        var goal = Goal(no: no, code: "", title: "", page: draft.page, indicators: draft.indicators,
                        activities: draft.activities, statedTotal: draft.statedTotal)
        if let g = draft.labels[.goal] {
            goal.code = g.labelCode
            goal.title = g.value
            goal.aimCode = draft.labels[.aim]?.labelCode ?? aim?.code ?? ""
            goal.aimTitle = draft.labels[.aim]?.value ?? aim?.title ?? ""
            goal.targetCode = draft.labels[.target]?.labelCode ?? ""
            goal.targetTitle = draft.labels[.target]?.value ?? ""
        } else if let h = heading {
            // The document makes the target (Stratejik Hedef) the goal.
            goal.code = h.code
            goal.title = h.title
            goal.targetCode = h.code
            goal.targetTitle = h.title
            goal.aimCode = draft.labels[.aim]?.labelCode ?? aim?.code ?? ""
            goal.aimTitle = draft.labels[.aim]?.value ?? aim?.title ?? ""
        } else {
            goal.code = String(no)
            notes.append("page \(draft.page): goal table with neither a label nor a heading naming the goal")
        }
        // Cost entries in document order: the i-th belongs to the i-th activity.
        let entries = costs.flatMap(\.entries)
        if let perGoal = costs.first(where: { $0.layout == .perGoal }) {
            goal.statedCostColumns = perGoal.statedColumns
            goal.statedCostTotal = perGoal.statedTotal
        }
        if entries.count != goal.activities.count && !costs.isEmpty {
            notes.append("page \(draft.page): goal \(goal.code) has \(goal.activities.count) activities but \(entries.count) cost rows")
        }
        for (k, entry) in entries.enumerated() where k < goal.activities.count {
            goal.activities[k].responsibleUnit = entry.responsibleUnit
            goal.activities[k].description = entry.description(activityName: goal.activities[k].name)
            goal.activities[k].costs = entry.costs
            goal.activities[k].statedCostTotal = entry.statedTotal
        }
        return goal
    }
}
