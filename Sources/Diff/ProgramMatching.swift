/// Where an entity sits in a program: its goal's index in `Program.goals` and, for an
/// indicator or activity, its index in that goal's list.
public struct EntityPosition: Sendable, Hashable, Comparable {
    public var goal: Int
    public var item: Int?

    public init(goal: Int, item: Int? = nil) {
        self.goal = goal
        self.item = item
    }

    public static func < (l: EntityPosition, r: EntityPosition) -> Bool {
        (l.goal, l.item ?? -1) < (r.goal, r.item ?? -1)
    }
}

/// One entity of the old program paired with one of the new.
public struct MatchedPair: Sendable, Hashable {
    public var old: EntityPosition
    public var new: EntityPosition
    /// The ranking score (text similarity plus bonuses).
    public var score: Double
}

public enum EntityLevel: String, Sendable, Hashable {
    case goal, indicator, activity
}

/// A match that was made although another candidate scored within
/// `MatchThresholds.ambiguityMargin`: reported, never left silent.
public struct MatchAmbiguity: Sendable, Hashable {
    public var level: EntityLevel
    public var chosen: MatchedPair
    /// The other candidate: an old entity competing for the same new one, or a new entity
    /// competing for the same old one.
    public var rivalOld: EntityPosition?
    public var rivalNew: EntityPosition?
    public var rivalScore: Double
}

/// Which goals, indicators and activities of two programs are the same.
public struct ProgramMatching: Sendable {
    /// In the old program's order.
    public var goals: [MatchedPair]
    public var indicators: [MatchedPair]
    /// Inside matched goals and across goals (a pair whose goals are not a matched goal
    /// pair is an activity moved to another goal).
    public var activities: [MatchedPair]
    public var ambiguities: [MatchAmbiguity]

    public func newGoal(forOld old: Int) -> Int? { goals.first { $0.old.goal == old }?.new.goal }
    public func oldGoal(forNew new: Int) -> Int? { goals.first { $0.new.goal == new }?.old.goal }
}
