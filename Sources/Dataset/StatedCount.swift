/// A count the document states about itself.
public struct StatedCount: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case goals, activities

        /// The check of checks.csv that compares this count (`goal_count`, `activity_count`).
        public var checkName: String {
            switch self {
            case .goals: return "goal_count"
            case .activities: return "activity_count"
            }
        }

        /// checks.csv's `detail` of the program-wide count ("goals in the program"): the
        /// row whose `expected` is the count the document states of the whole program, by
        /// which a dataset gives the stated count back (the diff compares it).
        public var programWideDetail: String { "\(rawValue) in the program" }
    }
    public var kind: Kind
    /// What is counted: the whole program, or a responsible unit's name for per-unit counts.
    public var scope: String?
    public var count: Int
    public var page: Int

    public init(kind: Kind, scope: String? = nil, count: Int, page: Int) {
        self.kind = kind
        self.scope = scope
        self.count = count
        self.page = page
    }
}
