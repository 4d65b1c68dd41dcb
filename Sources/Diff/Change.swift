/// One difference between the old and the new program. `old` / `new` are nil where the
/// entity does not exist on that side (and both for program-wide changes).
public struct Change: Sendable, Equatable {
    public var kind: ChangeKind
    public var old: ChangeSubject?
    public var new: ChangeSubject?
    /// The field that differs, in the names of the corpus's change files (`title`,
    /// `goal_code`, `unit`, `target`, `amounts`, …).
    public var field: String?
    public var oldValue: ChangeValue?
    public var newValue: ChangeValue?
    public var extras: [ChangeExtra]
    /// The goal group the change is shown under (an index into `DiffReport.goalGroups`),
    /// nil for program-wide changes.
    public var group: Int?
    /// Where the change is printed in each PDF: the subject's page on that side, or (for a
    /// program-wide change such as a stated count) the page of the figure that changed.
    public var oldPage: Int?
    public var newPage: Int?

    public init(kind: ChangeKind, old: ChangeSubject? = nil, new: ChangeSubject? = nil, field: String? = nil,
                oldValue: ChangeValue? = nil, newValue: ChangeValue? = nil, extras: [ChangeExtra] = [], group: Int? = nil,
                oldPage: Int? = nil, newPage: Int? = nil) {
        self.kind = kind
        self.old = old
        self.new = new
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.extras = extras
        self.group = group
        self.oldPage = oldPage ?? old?.page
        self.newPage = newPage ?? new?.page
    }

    public func extra(_ key: String) -> ChangeValue? { extras.first { $0.key == key }?.value }
}
