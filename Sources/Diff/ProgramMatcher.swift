import Dataset

/// Pairs the goals, indicators and activities of two years of a program by meaning:
/// 1. goals by title similarity, supported by how many of their indicators and activities
///    reappear unchanged, with the code as a tie-breaker;
/// 2. indicators and activities inside each matched goal pair, by name;
/// 3. the activities still unpaired, across all goals, by near-identical name (moves).
/// Thresholds are in `MatchThresholds`.
public enum ProgramMatcher {
    public static func match(old: Program, new: Program) -> ProgramMatching {
        let units = UnitCorrespondence(old: old, new: new)
        let oldGoals = old.goals.map { PreparedGoal($0, unitToken: units.oldToken) }
        let newGoals = new.goals.map { PreparedGoal($0, unitToken: units.newToken) }

        var goalCandidates: [GreedyAssignment.Candidate] = []
        for (i, o) in oldGoals.enumerated() {
            for (j, n) in newGoals.enumerated() {
                let title = TextSimilarity.score(o.title, n.title)
                let (shared, children) = o.childOverlap(with: n)
                let combined = (title + children) / 2
                let keptWork = shared >= MatchThresholds.goalMinimumSharedChildren && children >= MatchThresholds.goalChildrenAccept
                guard title >= MatchThresholds.goalTitleAccept || combined >= MatchThresholds.goalCombinedAccept || keptWork else { continue }
                // Children also rank goals with the same title (programs repeat titles under different aims).
                let bonus = (sameCode(o.goal.code, n.goal.code) ? MatchThresholds.codeBonus : 0) + MatchThresholds.childrenBonus * children
                goalCandidates.append(.init(old: EntityPosition(goal: i), new: EntityPosition(goal: j),
                                            score: max(title, combined) + bonus))
            }
        }
        let goalAssignment = GreedyAssignment(level: .goal, candidates: goalCandidates)
        var ambiguities = goalAssignment.ambiguities

        var indicatorPairs: [MatchedPair] = []
        var activityPairs: [MatchedPair] = []
        for g in goalAssignment.pairs {
            let o = oldGoals[g.old.goal], n = newGoals[g.new.goal]
            let goals = (old: g.old.goal, new: g.new.goal)
            let indicatorCandidates = childCandidates(o.indicatorChildren, n.indicatorChildren, goals: goals, accept: MatchThresholds.indicatorAccept)
            let indicators = GreedyAssignment(level: .indicator, candidates: indicatorCandidates)
            indicatorPairs += indicators.pairs
            ambiguities += indicators.ambiguities

            let activityCandidates = childCandidates(o.activityChildren, n.activityChildren, goals: goals, accept: MatchThresholds.activityAccept)
            let activities = GreedyAssignment(level: .activity, candidates: activityCandidates)
            activityPairs += activities.pairs
            ambiguities += activities.ambiguities
        }

        // Moves: whatever is left, across every goal (matched, added or removed).
        let takenOld = Set(activityPairs.map(\.old)), takenNew = Set(activityPairs.map(\.new))
        var moveCandidates: [GreedyAssignment.Candidate] = []
        for (gi, o) in oldGoals.enumerated() {
            for (i, oa) in o.activities.enumerated() where !takenOld.contains(EntityPosition(goal: gi, item: i)) {
                for (gj, n) in newGoals.enumerated() {
                    for (j, na) in n.activities.enumerated() where !takenNew.contains(EntityPosition(goal: gj, item: j)) {
                        let s = TextSimilarity.score(oa.text, na.text)
                        guard s >= MatchThresholds.activityMoveAccept else { continue }
                        let bonus = oa.unit == na.unit ? MatchThresholds.contextBonus : 0
                        moveCandidates.append(.init(old: EntityPosition(goal: gi, item: i),
                                                    new: EntityPosition(goal: gj, item: j), score: s + bonus))
                    }
                }
            }
        }
        let moves = GreedyAssignment(level: .activity, candidates: moveCandidates, takenOld: takenOld, takenNew: takenNew)
        activityPairs += moves.pairs
        ambiguities += moves.ambiguities

        return ProgramMatching(goals: goalAssignment.pairs,
                               indicators: indicatorPairs.sorted { $0.old < $1.old },
                               activities: activityPairs.sorted { $0.old < $1.old },
                               ambiguities: ambiguities.sorted { $0.chosen.old < $1.chosen.old })
    }

    /// An indicator or an activity as matching sees it: its name, its code, and the context
    /// that backs a match (the unit of an indicator, the responsible unit of an activity).
    private struct Child {
        var text: ComparableText
        var code: String
        var context: String
    }

    /// Candidate pairs among the children of two matched goals: names at least `accept`
    /// alike, raised for the same code and for the same context.
    private static func childCandidates(_ old: [Child], _ new: [Child], goals: (old: Int, new: Int),
                                        accept: Double) -> [GreedyAssignment.Candidate] {
        var candidates: [GreedyAssignment.Candidate] = []
        for (i, o) in old.enumerated() {
            for (j, n) in new.enumerated() {
                let s = TextSimilarity.score(o.text, n.text)
                guard s >= accept else { continue }
                var bonus = sameCode(o.code, n.code) ? MatchThresholds.codeBonus : 0
                if o.context == n.context { bonus += MatchThresholds.contextBonus }
                candidates.append(.init(old: EntityPosition(goal: goals.old, item: i),
                                        new: EntityPosition(goal: goals.new, item: j), score: s + bonus))
            }
        }
        return candidates
    }

    /// Codes are compared as printed; empty codes say nothing.
    static func sameCode(_ a: String, _ b: String) -> Bool { !a.isEmpty && a == b }

    /// A goal with its texts folded once.
    private struct PreparedGoal {
        var goal: Goal
        var title: ComparableText
        var indicators: [(indicator: Indicator, text: ComparableText)]
        /// Each activity with its responsible unit as a token equal across the two years for
        /// one unit, whatever its spelling (`UnitCorrespondence`).
        var activities: [(activity: Activity, text: ComparableText, unit: String)]
        /// The folded names of its indicators and activities (as multisets, by count).
        var childNames: [String: Int]
        var childCount: Int

        init(_ goal: Goal, unitToken: (String) -> String) {
            self.goal = goal
            title = ComparableText(goal.title)
            indicators = goal.indicators.map { ($0, ComparableText($0.name)) }
            activities = goal.activities.map { ($0, ComparableText($0.name), unitToken($0.responsibleUnit)) }
            var names: [String: Int] = [:]
            for t in indicators.map(\.text.folded) + activities.map(\.text.folded) { names[t, default: 0] += 1 }
            childNames = names
            childCount = indicators.count + activities.count
        }

        var indicatorChildren: [Child] { indicators.map { Child(text: $0.text, code: $0.indicator.code, context: $0.indicator.unit) } }
        var activityChildren: [Child] {
            activities.map { Child(text: $0.text, code: $0.activity.code, context: $0.unit) }
        }

        /// How many indicators and activities reappear with the same (folded) name, and
        /// their share of the larger of the two goals.
        func childOverlap(with other: PreparedGoal) -> (shared: Int, share: Double) {
            let larger = max(childCount, other.childCount)
            guard larger > 0 else { return (0, 0) }
            var shared = 0
            for (name, count) in childNames { shared += min(count, other.childNames[name] ?? 0) }
            return (shared, Double(shared) / Double(larger))
        }
    }
}
