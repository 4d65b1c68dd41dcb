/// A count the document states about itself.
public struct StatedCount: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case goals, activities }
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
