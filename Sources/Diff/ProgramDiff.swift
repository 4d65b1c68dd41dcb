import Dataset

/// Compares two years of a program: matches them (`ProgramMatcher`), then lists every
/// difference of the matched entities and every entity on one side only, goal by goal.
public enum ProgramDiff {
    public static func compare(old: Program, new: Program) -> DiffReport {
        compare(old: old, new: new, matching: ProgramMatcher.match(old: old, new: new))
    }

    public static func compare(old: Program, new: Program, matching: ProgramMatching) -> DiffReport {
        var builder = DiffBuilder(old: old, new: new, matching: matching)
        builder.run()
        return builder.report
    }
}

/// Builds a `DiffReport`: walks the goals in display order and emits each change once.
struct DiffBuilder {
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
    let units: UnitCorrespondence
    /// Old unit token → new unit token (`UnitCorrespondence`).
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
        units = UnitCorrespondence(old: old, new: new)
    }

    var report: DiffReport {
        var byCode: [EconomicCode: (Amount, Amount)] = [:]
        for a in old.goals.flatMap(\.activities) {
            for (code, amount) in BudgetFigures.costsByCode(a) { byCode[code, default: (.zero, .zero)].0 = byCode[code, default: (.zero, .zero)].0 + amount }
        }
        for a in new.goals.flatMap(\.activities) {
            for (code, amount) in BudgetFigures.costsByCode(a) { byCode[code, default: (.zero, .zero)].1 = byCode[code, default: (.zero, .zero)].1 + amount }
        }
        return DiffReport(
            old: info(old), new: info(new), changes: changes, goalGroups: groups,
            amountsByCode: byCode.keys.sorted().map { DiffReport.CodeAmount(code: $0, old: byCode[$0]?.0 ?? .zero, new: byCode[$0]?.1 ?? .zero) },
            oldActivitiesTotal: old.goals.flatMap(\.activities).map(BudgetFigures.amount).sum(),
            newActivitiesTotal: new.goals.flatMap(\.activities).map(BudgetFigures.amount).sum(),
            medianBudgetRatio: medianRatio.map { AmountRatio.decimal(Int64(($0 * 10_000).rounded()), places: 4) })
    }

    private func info(_ p: Program) -> DiffReport.ProgramInfo {
        DiffReport.ProgramInfo(id: p.id, administration: p.administration, year: p.year, sourceFile: p.sourceFile,
                               goalCount: p.goals.count, indicatorCount: p.goals.map(\.indicators.count).reduce(0, +),
                               activityCount: p.goals.map(\.activities.count).reduce(0, +))
    }

    // MARK: - Order

    mutating func run() {
        unitRenames = detectUnitRenames()
        medianRatio = BudgetFigures.medianRatio(pairs: matching.activities.map { (activity(old, $0.old), activity(new, $0.new)) })
        programChanges()
        let movedGoals = GoalOrder.outOfOrder(matching.goals.map { ($0.old.goal, $0.new.goal) })
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
                changes.append(Change(kind: .statedCountChanged, field: kind.rawValue, oldValue: .integer(o.count), newValue: .integer(n.count),
                                      oldPage: o.page > 0 ? o.page : nil, newPage: n.page > 0 ? n.page : nil))
            }
        }
        // In the order of the old units; each named by its most frequent spelling.
        let renames = unitRenames.compactMap { from, to -> (ProgramUnits.Unit, ProgramUnits.Unit)? in
            guard let o = units.old.units.first(where: { "U\($0.number)" == from }),
                  let n = units.new.units.first(where: { "N\($0.number)" == to }) else { return nil }
            return (o, n)
        }.sorted { $0.0.number < $1.0.number }
        for (o, n) in renames {
            changes.append(Change(kind: .responsibleUnitRenamed, field: "responsible_unit",
                                  oldValue: .text(o.mostFrequentSpelling), newValue: .text(n.mostFrequentSpelling),
                                  extras: [ChangeExtra(key: "activities_\(old.year)", value: .integer(o.activityCount)),
                                           ChangeExtra(key: "activities_\(new.year)", value: .integer(n.activityCount))]))
        }
    }

    /// A unit that disappears while another appears, and the activities of the first (at
    /// least half of them) pass to the second, was renamed. Units, not spellings: every
    /// spelling of one unit (`UnitCorrespondence`) is one unit, so a spelling variant is no
    /// rename and a renamed unit with two spellings is one rename. Keyed by unit token.
    func detectUnitRenames() -> [String: String] {
        var transitions: [String: [String: Int]] = [:]
        var matchedWithUnit: [String: Int] = [:]
        for p in matching.activities {
            let from = units.oldToken(activity(old, p.old).responsibleUnit)
            let to = units.newToken(activity(new, p.new).responsibleUnit)
            matchedWithUnit[from, default: 0] += 1
            if from != to, !from.isEmpty, !to.isEmpty { transitions[from, default: [:]][to, default: 0] += 1 }
        }
        let continuedOld = Set(units.oldNumberOfNew.values.map { "U\($0)" })
        var renames: [String: String] = [:]
        for (from, targets) in transitions where !continuedOld.contains(from) {
            guard let best = targets.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first,
                  best.key.hasPrefix("N"), best.value * 2 >= (matchedWithUnit[from] ?? 0) else { continue }
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
                if let p = AmountRatio.percentChange(old: o, new: n) { extras.append(ChangeExtra(key: "percent", value: .decimal(p))) }
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
                      ChangeExtra(key: "score", value: .decimal(DiffBuilder.score(a.chosen.score))),
                      ChangeExtra(key: "rival_score", value: .decimal(DiffBuilder.score(a.rivalScore)))]
        if let rival {
            extras.append(ChangeExtra(key: a.rivalOld != nil ? "rival_old" : "rival_new", value: .text(rival.shortLabel + ": " + rival.text)))
        }
        changes.append(Change(kind: .matchAmbiguous, old: o, new: n, field: "match", extras: extras))
    }

    static func score(_ s: Double) -> String { AmountRatio.decimal(Int64((s * 1000).rounded()), places: 3) }

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

    func goalAmount(_ g: Goal) -> Amount { g.activities.map(BudgetFigures.amount).sum() }
}
