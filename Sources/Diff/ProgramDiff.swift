import Dataset

/// Compares two years of a program: matches them (`ProgramMatcher`), then lists every
/// difference of the matched entities and every entity on one side only, goal by goal.
public enum ProgramDiff {
    public static func compare(old: Program, new: Program) -> DiffReport {
        compare(old: old, new: new, matching: ProgramMatcher.match(old: old, new: new))
    }

    public static func compare(old: Program, new: Program, matching: ProgramMatching) -> DiffReport {
        var builder = Builder(old: old, new: new, matching: matching)
        builder.run()
        return builder.report
    }

    private struct Builder {
        let old: Program
        let new: Program
        let matching: ProgramMatching
        var changes: [Change] = []
        var groups: [DiffReport.GoalGroup] = []
        let goalPair: [Int: Int]          // old goal index → new goal index
        let goalPairByNew: [Int: Int]
        let indicatorPair: [EntityPosition: EntityPosition]
        let indicatorPairByNew: [EntityPosition: EntityPosition]
        let activityPair: [EntityPosition: EntityPosition]
        let activityPairByNew: [EntityPosition: EntityPosition]
        var unitRenames: [String: String] = [:]
        var medianRatio: Double?

        init(old: Program, new: Program, matching: ProgramMatching) {
            self.old = old
            self.new = new
            self.matching = matching
            goalPair = Dictionary(uniqueKeysWithValues: matching.goals.map { ($0.old.goal, $0.new.goal) })
            goalPairByNew = Dictionary(uniqueKeysWithValues: matching.goals.map { ($0.new.goal, $0.old.goal) })
            indicatorPair = Dictionary(uniqueKeysWithValues: matching.indicators.map { ($0.old, $0.new) })
            indicatorPairByNew = Dictionary(uniqueKeysWithValues: matching.indicators.map { ($0.new, $0.old) })
            activityPair = Dictionary(uniqueKeysWithValues: matching.activities.map { ($0.old, $0.new) })
            activityPairByNew = Dictionary(uniqueKeysWithValues: matching.activities.map { ($0.new, $0.old) })
        }

        var report: DiffReport {
            var byCode: [EconomicCode: (Amount, Amount)] = [:]
            for a in old.goals.flatMap(\.activities) {
                for (code, amount) in Builder.costsByCode(a) { byCode[code, default: (.zero, .zero)].0 = byCode[code, default: (.zero, .zero)].0 + amount }
            }
            for a in new.goals.flatMap(\.activities) {
                for (code, amount) in Builder.costsByCode(a) { byCode[code, default: (.zero, .zero)].1 = byCode[code, default: (.zero, .zero)].1 + amount }
            }
            return DiffReport(
                old: info(old), new: info(new), changes: changes, goalGroups: groups,
                amountsByCode: byCode.keys.sorted().map { DiffReport.CodeAmount(code: $0, old: byCode[$0]?.0 ?? .zero, new: byCode[$0]?.1 ?? .zero) },
                oldActivitiesTotal: old.goals.flatMap(\.activities).map(Builder.amount).sum(),
                newActivitiesTotal: new.goals.flatMap(\.activities).map(Builder.amount).sum(),
                medianBudgetRatio: medianRatio.map { AmountFormat.decimal(Int64(($0 * 10_000).rounded()), places: 4) })
        }

        private func info(_ p: Program) -> DiffReport.ProgramInfo {
            DiffReport.ProgramInfo(id: p.id, administration: p.administration, year: p.year, sourceFile: p.sourceFile,
                                   goalCount: p.goals.count, indicatorCount: p.goals.map(\.indicators.count).reduce(0, +),
                                   activityCount: p.goals.map(\.activities.count).reduce(0, +))
        }

        // MARK: - Order

        mutating func run() {
            unitRenames = detectUnitRenames()
            medianRatio = Builder.medianRatio(pairs: matching.activities.map { (activity(old, $0.old), activity(new, $0.new)) })
            programChanges()
            let movedGoals = Builder.outOfOrder(matching.goals.map { ($0.old.goal, $0.new.goal) })
            var emittedOld = Set<Int>()
            for (j, _) in new.goals.enumerated() {
                if let i = goalPairByNew[j] {
                    for r in old.goals.indices where r < i && goalPair[r] == nil && !emittedOld.contains(r) {
                        removedGoal(r)
                        emittedOld.insert(r)
                    }
                    emittedOld.insert(i)
                    matchedGoal(i, j, moved: movedGoals.contains(i))
                } else {
                    addedGoal(j)
                }
            }
            for r in old.goals.indices where goalPair[r] == nil && !emittedOld.contains(r) { removedGoal(r) }
            totalsChanges()
            for a in matching.ambiguities { ambiguity(a) }
        }

        // MARK: - Program

        mutating func programChanges() {
            if old.year != new.year {
                changes.append(Change(kind: .programYearChanged, field: "year", oldValue: .text(String(old.year)), newValue: .text(String(new.year))))
            }
            for kind in [StatedCount.Kind.goals, .activities] {
                let o = old.statedCounts.first { $0.kind == kind && $0.scope == nil }
                let n = new.statedCounts.first { $0.kind == kind && $0.scope == nil }
                if let o, let n, o.count != n.count {
                    changes.append(Change(kind: .statedCountChanged, field: kind.rawValue, oldValue: .integer(o.count), newValue: .integer(n.count)))
                }
            }
            for (from, to) in unitRenames.sorted(by: { $0.key < $1.key }) {
                let oldCount = old.goals.flatMap(\.activities).filter { $0.responsibleUnit == from }.count
                let newCount = new.goals.flatMap(\.activities).filter { $0.responsibleUnit == to }.count
                changes.append(Change(kind: .responsibleUnitRenamed, field: "responsible_unit", oldValue: .text(from), newValue: .text(to),
                                      extras: [ChangeExtra(key: "activities_\(old.year)", value: .integer(oldCount)),
                                               ChangeExtra(key: "activities_\(new.year)", value: .integer(newCount))]))
            }
        }

        /// A unit name that disappears while another appears, and the activities of the
        /// first (at least half of them) pass to the second, was renamed.
        func detectUnitRenames() -> [String: String] {
            let oldUnits = Set(old.goals.flatMap(\.activities).map(\.responsibleUnit))
            let newUnits = Set(new.goals.flatMap(\.activities).map(\.responsibleUnit))
            var transitions: [String: [String: Int]] = [:]
            var matchedWithUnit: [String: Int] = [:]
            for p in matching.activities {
                let from = activity(old, p.old).responsibleUnit, to = activity(new, p.new).responsibleUnit
                matchedWithUnit[from, default: 0] += 1
                if from != to, !from.isEmpty, !to.isEmpty { transitions[from, default: [:]][to, default: 0] += 1 }
            }
            var renames: [String: String] = [:]
            for (from, targets) in transitions where !newUnits.contains(from) {
                guard let best = targets.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first,
                      !oldUnits.contains(best.key), best.value * 2 >= (matchedWithUnit[from] ?? 0) else { continue }
                renames[from] = best.key
            }
            return renames
        }

        mutating func totalsChanges() {
            func key(_ t: ProgramTotal) -> TotalSubject { TotalSubject(measure: t.measure, economicCode: t.economicCode, source: t.source) }
            var oldAmounts: [TotalSubject: Amount] = [:], newAmounts: [TotalSubject: Amount] = [:]
            var keys: [TotalSubject] = []
            for t in old.totals where oldAmounts[key(t)] == nil { oldAmounts[key(t)] = t.amount; keys.append(key(t)) }
            for t in new.totals where newAmounts[key(t)] == nil {
                newAmounts[key(t)] = t.amount
                if oldAmounts[key(t)] == nil { keys.append(key(t)) }
            }
            for k in keys {
                let o = oldAmounts[k], n = newAmounts[k]
                guard o != n else { continue }
                var extras: [ChangeExtra] = []
                if let o, let n {
                    extras.append(ChangeExtra(key: "change", value: .amount(n - o)))
                    if let p = AmountFormat.percentChange(old: o, new: n) { extras.append(ChangeExtra(key: "percent", value: .decimal(p))) }
                }
                changes.append(Change(kind: .programTotalChanged, old: o == nil ? nil : .total(k), new: n == nil ? nil : .total(k),
                                      field: "amount", oldValue: o.map { .amount($0) }, newValue: n.map { .amount($0) }, extras: extras))
            }
        }

        mutating func ambiguity(_ a: MatchAmbiguity) {
            let rival: ChangeSubject?
            switch a.level {
            case .goal:
                rival = a.rivalOld.map { goalSubject(old, $0.goal) } ?? a.rivalNew.map { goalSubject(new, $0.goal) }
            case .indicator:
                rival = a.rivalOld.map { indicatorSubject(old, $0) } ?? a.rivalNew.map { indicatorSubject(new, $0) }
            case .activity:
                rival = a.rivalOld.map { activitySubject(old, $0) } ?? a.rivalNew.map { activitySubject(new, $0) }
            }
            let (o, n): (ChangeSubject, ChangeSubject)
            switch a.level {
            case .goal: (o, n) = (goalSubject(old, a.chosen.old.goal), goalSubject(new, a.chosen.new.goal))
            case .indicator: (o, n) = (indicatorSubject(old, a.chosen.old), indicatorSubject(new, a.chosen.new))
            case .activity: (o, n) = (activitySubject(old, a.chosen.old), activitySubject(new, a.chosen.new))
            }
            var extras = [ChangeExtra(key: "level", value: .text(a.level.rawValue)),
                          ChangeExtra(key: "score", value: .decimal(Builder.score(a.chosen.score))),
                          ChangeExtra(key: "rival_score", value: .decimal(Builder.score(a.rivalScore)))]
            if let rival {
                extras.append(ChangeExtra(key: a.rivalOld != nil ? "rival_old" : "rival_new", value: .text(rival.shortLabel + ": " + rival.text)))
            }
            changes.append(Change(kind: .matchAmbiguous, old: o, new: n, field: "match", extras: extras))
        }

        static func score(_ s: Double) -> String { AmountFormat.decimal(Int64((s * 1000).rounded()), places: 3) }

        // MARK: - Goals

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
            let ot = Builder.goalSplit(og), nt = Builder.goalSplit(ng)
            if ot != nt {
                var extras: [ChangeExtra] = []
                if let o = ot.total, let n = nt.total {
                    extras.append(ChangeExtra(key: "change", value: .amount(n - o)))
                    if let p = AmountFormat.percentChange(old: o, new: n) { extras.append(ChangeExtra(key: "percent", value: .decimal(p))) }
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

        // MARK: - Indicators

        mutating func matchedIndicator(_ op: EntityPosition, _ np: EntityPosition, group g: Int) {
            let oi = indicator(old, op), ni = indicator(new, np)
            let os = indicatorSubject(old, op), ns = indicatorSubject(new, np)
            if oi.code != ni.code || (oi.code.isEmpty && oi.no != ni.no) {
                changes.append(Change(kind: .indicatorRenumbered, old: os, new: ns, field: "indicator_code",
                                      oldValue: .text(oi.code.isEmpty ? String(oi.no) : oi.code),
                                      newValue: .text(ni.code.isEmpty ? String(ni.no) : ni.code), group: g))
            }
            if oi.unit != ni.unit {
                changes.append(Change(kind: .indicatorUnitChanged, old: os, new: ns, field: "unit", oldValue: .text(oi.unit), newValue: .text(ni.unit), group: g))
            } else if TextNormalization.collapse(oi.name) != TextNormalization.collapse(ni.name) {
                changes.append(Change(kind: .indicatorRenamed, old: os, new: ns, field: "name", oldValue: .text(oi.name), newValue: .text(ni.name), group: g))
            }
            // The program year's target against the previous program year's target.
            let ot = Builder.target(oi, year: old.year), nt = Builder.target(ni, year: new.year)
            if let ot, let nt, Builder.differ(ot, nt) {
                var extras: [ChangeExtra] = []
                if let ov = ot.value.flatMap(Amount.init(canonical:)), let nv = nt.value.flatMap(Amount.init(canonical:)),
                   let p = AmountFormat.percentChange(old: ov, new: nv) {
                    extras.append(ChangeExtra(key: "percent", value: .decimal(p)))
                }
                changes.append(Change(kind: .indicatorTargetChanged, old: os, new: ns, field: "target",
                                      oldValue: .indicatorValue(ot), newValue: .indicatorValue(nt), extras: extras, group: g))
            }
            // Years both programs print: an estimate that became an actual, a target that became an estimate.
            let oldYears = Set(oi.values.map(\.year))
            for year in Set(ni.values.map(\.year)).intersection(oldYears).sorted() {
                guard let ov = Builder.value(oi, year: year), let nv = Builder.value(ni, year: year), Builder.differ(ov, nv) else { continue }
                changes.append(Change(kind: .indicatorValueRestated, old: os, new: ns, field: String(year),
                                      oldValue: .indicatorValue(ov), newValue: .indicatorValue(nv), group: g))
            }
        }

        /// The target for the program's own year, else the latest target printed.
        static func target(_ i: Indicator, year: Int) -> IndicatorValue? {
            i.values.first { $0.kind == .target && $0.year == year } ?? i.values.filter { $0.kind == .target }.max { $0.year < $1.year }
        }

        /// The value printed for a year, the most definitive kind first.
        static func value(_ i: Indicator, year: Int) -> IndicatorValue? {
            for kind in [ValueKind.actual, .estimate, .target] {
                if let v = i.values.first(where: { $0.year == year && $0.kind == kind }) { return v }
            }
            return nil
        }

        /// Values differ by number; cells that are not numbers differ by their text.
        static func differ(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
            if a.value != nil || b.value != nil { return a.value != b.value }
            return TextNormalization.collapse(a.raw) != TextNormalization.collapse(b.raw)
        }

        // MARK: - Activities

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
            if oa.responsibleUnit != na.responsibleUnit {
                let extras = unitRenames[oa.responsibleUnit] == na.responsibleUnit
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
            let oCosts = Builder.costsByCode(oa), nCosts = Builder.costsByCode(na)
            if oSplit != nSplit || oCosts != nCosts {
                var extras = [ChangeExtra(key: "old_costs", value: .costs(oCosts)), ChangeExtra(key: "new_costs", value: .costs(nCosts))]
                let o = Builder.amount(oa), n = Builder.amount(na)
                extras.append(ChangeExtra(key: "change", value: .amount(n - o)))
                if let r = AmountFormat.ratio(old: o, new: n) { extras.append(ChangeExtra(key: "ratio", value: .decimal(r))) }
                if let p = AmountFormat.percentChange(old: o, new: n) { extras.append(ChangeExtra(key: "percent", value: .decimal(p))) }
                if let median = medianRatio, o.kurus > 0, n.kurus > 0 {
                    let relative = (Double(n.kurus) / Double(o.kurus)) / median
                    let departs = relative > MatchThresholds.budgetDriftTolerance || relative < 1 / MatchThresholds.budgetDriftTolerance
                    extras.append(ChangeExtra(key: "departs_from_drift", value: .flag(departs)))
                }
                changes.append(Change(kind: .activityBudgetChanged, old: os, new: ns, field: "amounts",
                                      oldValue: .split(oSplit), newValue: .split(nSplit), extras: extras, group: g))
            }
        }

        /// The median new/old ratio of activity totals: the program's general drift.
        static func medianRatio(pairs: [(Activity, Activity)]) -> Double? {
            let ratios = pairs.compactMap { o, n -> Double? in
                let a = amount(o), b = amount(n)
                return a.kurus > 0 && b.kurus > 0 ? Double(b.kurus) / Double(a.kurus) : nil
            }.sorted()
            guard ratios.count >= MatchThresholds.driftMinimumActivities else { return nil }
            let mid = ratios.count / 2
            return ratios.count % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2
        }

        // MARK: - Amounts

        /// An activity's Toplam; Bütçe + Bütçe Dışı when no total is printed.
        static func amount(_ a: Activity) -> Amount {
            a.total ?? ((a.budget ?? .zero) + (a.offBudget ?? .zero))
        }

        static func costsByCode(_ a: Activity) -> [EconomicCode: Amount] {
            var out: [EconomicCode: Amount] = [:]
            for c in a.costs where c.amount != .zero { out[c.economicCode, default: .zero] = out[c.economicCode, default: .zero] + c.amount }
            return out
        }

        /// The goal table's Genel Toplam as printed, else the sum of its activities.
        static func goalSplit(_ g: Goal) -> BudgetSplit {
            if let s = g.statedTotal { return s }
            return BudgetSplit(budget: g.activities.map { $0.budget ?? .zero }.sum(),
                               offBudget: g.activities.map { $0.offBudget ?? .zero }.sum(),
                               total: g.activities.map(amount).sum())
        }

        func goalAmount(_ g: Goal) -> Amount { g.activities.map(Builder.amount).sum() }

        /// Goals whose place in the order changed: those outside a longest run of matched
        /// goals that keeps its order in both years (the others were only renumbered).
        static func outOfOrder(_ pairs: [(old: Int, new: Int)]) -> Set<Int> {
            let sorted = pairs.sorted { $0.old < $1.old }
            guard !sorted.isEmpty else { return [] }
            // Longest increasing subsequence of the new positions, O(n²) (programs have < 1000 goals).
            var length = [Int](repeating: 1, count: sorted.count)
            var previous = [Int](repeating: -1, count: sorted.count)
            for k in sorted.indices {
                for p in 0..<k where sorted[p].new < sorted[k].new && length[p] + 1 > length[k] {
                    length[k] = length[p] + 1
                    previous[k] = p
                }
            }
            var best = 0
            for k in sorted.indices where length[k] > length[best] { best = k }
            var keep = Set<Int>()
            var k = best
            while k >= 0 { keep.insert(sorted[k].old); k = previous[k] }
            return Set(sorted.map(\.old)).subtracting(keep)
        }

        // MARK: - Subjects

        func subject(_ s: ChangeSubject) -> GoalSubject? {
            if case .goal(let g) = s { return g }
            return nil
        }

        func goalSubject(_ p: Program, _ i: Int) -> ChangeSubject {
            .goal(GoalSubject(programID: p.id, goal: p.goals[i]))
        }

        func indicator(_ p: Program, _ pos: EntityPosition) -> Indicator { p.goals[pos.goal].indicators[pos.item ?? 0] }
        func activity(_ p: Program, _ pos: EntityPosition) -> Activity { p.goals[pos.goal].activities[pos.item ?? 0] }

        func indicatorSubject(_ p: Program, _ pos: EntityPosition) -> ChangeSubject {
            let g = p.goals[pos.goal]
            return .indicator(IndicatorSubject(programID: p.id, goalNo: g.no, goalCode: g.code, goalTitle: g.title, indicator: indicator(p, pos)))
        }

        func activitySubject(_ p: Program, _ pos: EntityPosition) -> ChangeSubject {
            let g = p.goals[pos.goal]
            return .activity(ActivitySubject(programID: p.id, goalNo: g.no, goalCode: g.code, goalTitle: g.title, activity: activity(p, pos)))
        }
    }
}
