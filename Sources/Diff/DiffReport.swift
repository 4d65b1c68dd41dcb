import Dataset

/// The result of comparing two years of a program: the changes in display order, and the
/// money by goal and by economic code that the summaries and charts show.
public struct DiffReport: Sendable {
    public struct ProgramInfo: Sendable, Equatable {
        public var id: String
        public var administration: String
        public var year: Int
        public var sourceFile: String
        public var goalCount: Int
        public var indicatorCount: Int
        public var activityCount: Int
    }

    /// One row of the goal-by-goal view: a goal of either year, or a matched pair.
    public struct GoalGroup: Sendable, Equatable {
        public var old: GoalSubject?
        public var new: GoalSubject?
        /// The sum of the goal's activities (Toplam), on each side.
        public var oldAmount: Amount
        public var newAmount: Amount

        /// `Goal 3 → 4: Title`, `Goal 26 (removed): Title`, `Goal 15 (added): Title`.
        public var label: String {
            switch (old, new) {
            case let (o?, n?):
                let oc = Self.code(o), nc = Self.code(n)
                return (oc == nc ? "Goal \(nc)" : "Goal \(oc) → \(nc)") + ": " + n.goal.title
            case let (o?, nil): return "Goal \(Self.code(o)) (removed): " + o.goal.title
            case let (nil, n?): return "Goal \(Self.code(n)) (added): " + n.goal.title
            case (nil, nil): return ""
            }
        }

        /// A short label for charts: `G3→4`, `G26 (−)`, `H2.6 (+)`.
        public var shortLabel: String {
            switch (old, new) {
            case let (o?, n?): return Self.code(o) == Self.code(n) ? Self.tag(n) : "\(Self.tag(o))→\(Self.code(n))"
            case let (o?, nil): return "\(Self.tag(o)) (−)"
            case let (nil, n?): return "\(Self.tag(n)) (+)"
            case (nil, nil): return ""
            }
        }

        /// The printed code, or the position when none is printed.
        static func code(_ g: GoalSubject) -> String { g.goal.code.isEmpty ? String(g.goal.no) : g.goal.code }

        /// A bare number gets a `G` to read as a goal (`G3`); a code like `H1.2` already does.
        static func tag(_ g: GoalSubject) -> String {
            let c = code(g)
            return c.allSatisfy(\.isNumber) ? "G" + c : c
        }
    }

    public struct CodeAmount: Sendable, Equatable {
        public var code: EconomicCode
        public var old: Amount
        public var new: Amount
    }

    public var old: ProgramInfo
    public var new: ProgramInfo
    public var changes: [Change]
    public var goalGroups: [GoalGroup]
    /// Activity costs by economic code, all sources added, for codes present in either year.
    public var amountsByCode: [CodeAmount]
    /// The sum of all activities' totals, on each side.
    public var oldActivitiesTotal: Amount
    public var newActivitiesTotal: Amount
    /// The median new/old ratio of matched activities' totals (the general drift), if
    /// enough activities have amounts on both sides.
    public var medianBudgetRatio: String?

    /// How many changes of each kind, in the order of `ChangeKind.allCases`, kinds with none left out.
    public var countsByKind: [(kind: ChangeKind, count: Int)] {
        var counts: [ChangeKind: Int] = [:]
        for c in changes { counts[c.kind, default: 0] += 1 }
        return ChangeKind.allCases.compactMap { k in counts[k].map { (k, $0) } }
    }

    /// The changes of one goal group, in order.
    public func changes(inGroup index: Int?) -> [Change] { changes.filter { $0.group == index } }
}
