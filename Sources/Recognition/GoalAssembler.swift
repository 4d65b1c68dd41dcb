import Dataset

/// Joins a goal table with its cost tables and headings into one `Goal`.
enum GoalAssembler {
    static func goal(no: Int, draft: GoalDraft, costs: [CostDraft], aim: GoalHeading?, heading: GoalHeading?,
                     notes: inout [String]) -> Goal {
        notes += draft.notes
        notes += costs.flatMap(\.notes)
        var goal = Goal(no: no, code: "", title: "", page: draft.page, indicators: draft.indicators,
                        activities: draft.activities, statedTotal: draft.statedTotal)
        goal.aimCode = draft.labels[.aim]?.labelCode ?? aim?.code ?? ""
        goal.aimTitle = draft.labels[.aim]?.value ?? aim?.title ?? ""
        if let g = draft.labels[.goal] {
            goal.code = g.labelCode
            // A caption naming the goal by code alone leaves its text to the heading of that code.
            goal.title = g.value.isEmpty && heading?.code == g.labelCode ? heading?.title ?? "" : g.value
        } else if let h = heading {
            goal.code = h.code
            goal.title = h.title
        } else if draft.targetNamesTheGoal, let t = draft.labels[.target] {
            // Only a target named over the table (“Hedef 1.7.5: …”): the target is the goal.
            goal.code = t.labelCode
            goal.title = t.value
        } else {
            goal.code = String(no)
            notes.append("page \(draft.page): goal table with neither a label nor a heading naming the goal")
        }
        if let t = draft.labels[.target] {
            goal.targetCode = t.labelCode
            goal.targetTitle = t.value
        } else if draft.labels[.goal] != nil || heading != nil {
            // No target named: the document makes the goal the target (DATASET.md).
            goal.targetCode = goal.code
            goal.targetTitle = goal.title
        }
        let entries = costs.flatMap(\.entries)
        // No activity table: the activities are the cards naming them (`ActivityCard`), in order.
        if goal.activities.isEmpty {
            goal.activities = entries.filter { $0.statedSplit != nil || $0.code != nil }.filter { !$0.name.isEmpty }.enumerated().map { k, e in
                Activity(no: k + 1, code: e.code ?? String(k + 1), name: e.name, responsibleUnit: e.responsibleUnit,
                         budget: e.statedSplit?.budget, offBudget: e.statedSplit?.offBudget, total: e.statedSplit?.total,
                         description: e.description, page: e.page)
            }
        }
        if let perGoal = costs.first(where: { $0.layout == .perGoal }) {
            goal.statedCostColumns = perGoal.statedColumns
            goal.statedCostTotal = perGoal.statedTotal
        }
        if entries.count != goal.activities.count && !costs.isEmpty {
            notes.append("page \(draft.page): goal \(goal.code) has \(goal.activities.count) activities but \(entries.count) cost rows")
        }
        let joined = CostJoin.targets(entries, goal.activities)
        for k in entries.indices where !joined.contains(where: { $0.entry == k }) {
            let (code, name) = CostJoin.codeAndName(entries[k])
            guard code != nil || !name.isEmpty else {
                // Nothing printed to join it by, and its place says nothing when the counts differ.
                notes.append(LeftUnread.note("page \(draft.page): goal \(goal.code) cost table \(k + 1) names no activity, and the goal's cost tables and activities differ in number: its costs"))
                continue
            }
            notes.append("page \(draft.page): goal \(goal.code) cost row '\([code, String(name.prefix(60))].compactMap { $0 }.joined(separator: " "))' names no activity of the goal (not joined)")
        }
        for (k, target) in joined {
            let entry = entries[k]
            // The activity table's own unit stands; the cost table names it where that has none
            // (a cost table per goal squeezes its name and unit columns beside the codes).
            if goal.activities[target].responsibleUnit.isEmpty { goal.activities[target].responsibleUnit = entry.responsibleUnit }
            // Likewise its explanation: an activity table's Açıklama column stands where the cost table gives none.
            let description = entry.description(activityName: goal.activities[target].name)
            if !description.isEmpty { goal.activities[target].description = description }
            goal.activities[target].costs = entry.costs
            goal.activities[target].statedCostTotal = entry.statedTotal
        }
        return goal
    }
}

extension GoalAssembler {
    /// The goal a table attached to, for the trace: each level's code and where it was named
    /// (“goal H1.1 (caption, page 2), aim A1 (heading, page 2), target H1.1 (the goal's own)”).
    static func attachment(no: Int, draft: GoalDraft, aim: GoalHeading?, heading: GoalHeading?) -> String {
        var notes: [String] = []
        let goal = goal(no: no, draft: draft, costs: [], aim: aim, heading: heading, notes: &notes)
        func named(_ level: Lexicon.Label, _ code: String, fallback: String) -> String {
            if let row = draft.labels[level] { return "\(code) (\(row.form.rawValue), page \(row.page))" }
            return code.isEmpty ? "none" : "\(code) (\(fallback))"
        }
        let goalPart: String
        if draft.labels[.goal] != nil || heading != nil {
            goalPart = named(.goal, goal.code, fallback: "heading")
        } else if draft.targetNamesTheGoal, let t = draft.labels[.target] {
            goalPart = "\(goal.code) (the target's, named for this table alone, page \(t.page))"
        } else {
            switch draft.positionReason {
            case .recoded(let target, let page)?:
                goalPart = "\(goal.code) (by position, coded again: target \(target) stood for it until the goal table on page \(page) showed the targets serve several goals)"
            case .targetServesSeveral(let target)?:
                goalPart = "\(goal.code) (by position: target \(target) serves several goal tables, so it stands for none)"
            case .goalsByPosition(let target)?:
                goalPart = "\(goal.code) (by position: target \(target) would stand for it, but the document's goals go by position)"
            case nil:
                goalPart = "\(goal.code) (by position)"
            }
        }
        return "goal \(goalPart), aim \(named(.aim, goal.aimCode, fallback: "heading")), target \(named(.target, goal.targetCode, fallback: "the goal's own"))"
    }
}
