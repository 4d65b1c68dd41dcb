/// A unit's class in the functional classification and what gave it: `lexicon:<phrase>`
/// (several agreeing entries joined with `+`), `conflict:<phrase>+<phrase>` (entries of two
/// level-1 functions: none), `override:<file>`, or "" when no entry matched.
public struct UnitFunction: Hashable, Sendable {
    public let function: FunctionalClass?
    public let rule: String

    public init(function: FunctionalClass?, rule: String) {
        self.function = function
        self.rule = rule
    }

    public var code: String { function?.code ?? "" }
    public var name: String { function?.name ?? "" }
}
