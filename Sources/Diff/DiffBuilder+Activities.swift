import Dataset

/// A matched activity: moved, renumbered, renamed, its unit, description and money.
extension DiffBuilder {
    mutating func matchedActivity(_ op: EntityPosition, _ np: EntityPosition, group g: Int) {
        let oa = activity(old, op), na = activity(new, np)
        let os = activitySubject(old, op), ns = activitySubject(new, np)
        if goalPair[op.goal] != np.goal {
            changes.append(Change(kind: .activityMoved, old: os, new: ns, field: "goal",
                                  oldValue: .text(old.goals[op.goal].code), newValue: .text(new.goals[np.goal].code), group: g))
        } else if oa.code != na.code || (oa.code.isEmpty && oa.no != na.no) {
            changes.append(Change(kind: .activityRenumbered, old: os, new: ns, field: "activity_code",
                                  oldValue: .text(oa.code.isEmpty ? String(oa.no) : oa.code),
                                  newValue: .text(na.code.isEmpty ? String(na.no) : na.code), group: g))
        }
        if TextNormalization.collapse(oa.name) != TextNormalization.collapse(na.name) {
            changes.append(Change(kind: .activityRenamed, old: os, new: ns, field: "name", oldValue: .text(oa.name), newValue: .text(na.name), group: g))
        }
        // Two spellings of one unit are no change (`UnitCorrespondence`).
        let (oldUnit, newUnit) = (units.oldToken(oa.responsibleUnit), units.newToken(na.responsibleUnit))
        if oldUnit != newUnit {
            let extras = unitRenames[oldUnit] == newUnit
                ? [ChangeExtra(key: "cause", value: .text(ChangeKind.responsibleUnitRenamed.rawValue))] : []
            changes.append(Change(kind: .activityUnitChanged, old: os, new: ns, field: "responsible_unit",
                                  oldValue: .text(oa.responsibleUnit), newValue: .text(na.responsibleUnit), extras: extras, group: g))
        }
        if TextNormalization.collapse(oa.description) != TextNormalization.collapse(na.description) {
            changes.append(Change(kind: .activityDescriptionChanged, old: os, new: ns, field: "description",
                                  oldValue: .text(oa.description), newValue: .text(na.description), group: g))
        }
        let oSplit = BudgetSplit(budget: oa.budget, offBudget: oa.offBudget, total: oa.total)
        let nSplit = BudgetSplit(budget: na.budget, offBudget: na.offBudget, total: na.total)
        let oCosts = BudgetFigures.costsByCode(oa), nCosts = BudgetFigures.costsByCode(na)
        if oSplit != nSplit || oCosts != nCosts {
            var extras = [ChangeExtra(key: "old_costs", value: .costs(oCosts)), ChangeExtra(key: "new_costs", value: .costs(nCosts))]
            let o = BudgetFigures.amount(oa), n = BudgetFigures.amount(na)
            extras.append(ChangeExtra(key: "change", value: .amount(n - o)))
            if let r = AmountRatio.ratio(old: o, new: n) { extras.append(ChangeExtra(key: "ratio", value: .decimal(r))) }
            if let p = AmountRatio.percentChange(old: o, new: n) { extras.append(ChangeExtra(key: "percent", value: .decimal(p))) }
            if let median = medianRatio, o.kurus > 0, n.kurus > 0 {
                let relative = (Double(n.kurus) / Double(o.kurus)) / median
                let departs = relative > MatchThresholds.budgetDriftTolerance || relative < 1 / MatchThresholds.budgetDriftTolerance
                extras.append(ChangeExtra(key: "departs_from_drift", value: .flag(departs)))
            }
            changes.append(Change(kind: .activityBudgetChanged, old: os, new: ns, field: "amounts",
                                  oldValue: .split(oSplit), newValue: .split(nSplit), extras: extras, group: g))
        }
    }
}
