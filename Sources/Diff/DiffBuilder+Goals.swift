import Dataset

/// Goals: added, removed, and the differences of a matched pair with its indicators and activities.
extension DiffBuilder {
    mutating func addedGoal(_ j: Int) {
        let s = goalSubject(new, j)
        groups.append(DiffReport.GoalGroup(old: nil, new: subject(s), oldAmount: .zero, newAmount: goalAmount(new.goals[j])))
        let g = groups.count - 1
        changes.append(Change(kind: .goalAdded, new: s, group: g))
        // Activities that moved into the new goal from elsewhere.
        for (item, _) in new.goals[j].activities.enumerated() {
            if let o = activityPairByNew[EntityPosition(goal: j, item: item)] { matchedActivity(o, EntityPosition(goal: j, item: item), group: g) }
        }
    }

    mutating func removedGoal(_ i: Int) {
        let s = goalSubject(old, i)
        groups.append(DiffReport.GoalGroup(old: subject(s), new: nil, oldAmount: goalAmount(old.goals[i]), newAmount: .zero))
        changes.append(Change(kind: .goalRemoved, old: s, group: groups.count - 1))
    }

    mutating func matchedGoal(_ i: Int, _ j: Int, moved: Bool) {
        let og = old.goals[i], ng = new.goals[j]
        let os = goalSubject(old, i), ns = goalSubject(new, j)
        groups.append(DiffReport.GoalGroup(old: subject(os), new: subject(ns), oldAmount: goalAmount(og), newAmount: goalAmount(ng)))
        let g = groups.count - 1
        if moved {
            changes.append(Change(kind: .goalMoved, old: os, new: ns, field: "goal_no", oldValue: .integer(og.no), newValue: .integer(ng.no), group: g))
        } else if og.code != ng.code || (og.code.isEmpty && og.no != ng.no) {
            changes.append(Change(kind: .goalRenumbered, old: os, new: ns, field: "goal_code",
                                  oldValue: .text(og.code.isEmpty ? String(og.no) : og.code),
                                  newValue: .text(ng.code.isEmpty ? String(ng.no) : ng.code), group: g))
        }
        if TextNormalization.collapse(og.title) != TextNormalization.collapse(ng.title) {
            changes.append(Change(kind: .goalRetitled, old: os, new: ns, field: "title", oldValue: .text(og.title), newValue: .text(ng.title), group: g))
        }
        let ot = BudgetFigures.goalSplit(og), nt = BudgetFigures.goalSplit(ng)
        if ot != nt {
            var extras: [ChangeExtra] = []
            if let o = ot.total, let n = nt.total {
                extras.append(ChangeExtra(key: "change", value: .amount(n - o)))
                if let p = AmountRatio.percentChange(old: o, new: n) { extras.append(ChangeExtra(key: "percent", value: .decimal(p))) }
            }
            changes.append(Change(kind: .goalTotalChanged, old: os, new: ns, field: "genel_toplam", oldValue: .split(ot), newValue: .split(nt), extras: extras, group: g))
        }

        // Indicators: the new goal's order, with removed ones where they stood.
        var emitted = Set<Int>()
        for (nj, _) in ng.indicators.enumerated() {
            let np = EntityPosition(goal: j, item: nj)
            if let op = indicatorPairByNew[np], let oi = op.item {
                for r in og.indicators.indices where r < oi && indicatorPair[EntityPosition(goal: i, item: r)] == nil && !emitted.contains(r) {
                    changes.append(Change(kind: .indicatorRemoved, old: indicatorSubject(old, EntityPosition(goal: i, item: r)), group: g))
                    emitted.insert(r)
                }
                emitted.insert(oi)
                matchedIndicator(op, np, group: g)
            } else {
                changes.append(Change(kind: .indicatorAdded, new: indicatorSubject(new, np), group: g))
            }
        }
        for r in og.indicators.indices where indicatorPair[EntityPosition(goal: i, item: r)] == nil && !emitted.contains(r) {
            changes.append(Change(kind: .indicatorRemoved, old: indicatorSubject(old, EntityPosition(goal: i, item: r)), group: g))
        }

        // Activities: likewise; one that moved away is shown under its new goal only.
        emitted = []
        for (nj, _) in ng.activities.enumerated() {
            let np = EntityPosition(goal: j, item: nj)
            if let op = activityPairByNew[np], let oi = op.item {
                if op.goal == i {
                    for r in og.activities.indices where r < oi && activityPair[EntityPosition(goal: i, item: r)] == nil && !emitted.contains(r) {
                        changes.append(Change(kind: .activityRemoved, old: activitySubject(old, EntityPosition(goal: i, item: r)), group: g))
                        emitted.insert(r)
                    }
                    emitted.insert(oi)
                }
                matchedActivity(op, np, group: g)
            } else {
                changes.append(Change(kind: .activityAdded, new: activitySubject(new, np), group: g))
            }
        }
        for r in og.activities.indices where activityPair[EntityPosition(goal: i, item: r)] == nil && !emitted.contains(r) {
            changes.append(Change(kind: .activityRemoved, old: activitySubject(old, EntityPosition(goal: i, item: r)), group: g))
        }
    }
}
