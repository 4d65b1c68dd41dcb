/// Whether the document's targets stand for its goals (Gaziemir's “Hedef 1.7.5: …” over each
/// goal table, no goal named). They do only while every goal table is named — by a goal label
/// or heading, or by a target of its own named for it alone — and no target serves two tables:
/// a target repeated over several tables (“Stratejik Hedef 1.1” in each one's rows, its goals'
/// labels in words the lexicon does not know), or named once over two, is a target with
/// several goals. Then no target is a goal anywhere in the document: those tables take their
/// position and its note, and the goals already drafted are coded again, so that codes by
/// target and by position never mix (1.1.1, 2, 1.1.2 reads as a second program starting).
struct TargetGoals {
    /// Targets no longer stand for goals in this document.
    private(set) var withdrawn = false
    /// The targets of the goal tables so far, and those that stood for their table's goal.
    private var targets: Set<String> = []
    private var served: Set<String> = []

    /// Settles whether `draft`'s target stands for its goal (`heading`: the goal heading over
    /// it); true when that withdraws the targets that stood for goals before it.
    mutating func admit(_ draft: inout GoalDraft, heading: GoalHeading?) -> Bool {
        let named = draft.labels[.goal] != nil || heading != nil
        let target = draft.labels[.target]?.labelCode ?? ""
        defer { if !target.isEmpty { targets.insert(target) } }
        if draft.targetNamesTheGoal && !named && !withdrawn && !target.isEmpty && !targets.contains(target) {
            served.insert(target)
            return false
        }
        if !named && !target.isEmpty {
            draft.positionReason = targets.contains(target) || !draft.targetNamesTheGoal ? .targetServesSeveral(target: target) : .goalsByPosition(target: target)
        }
        draft.targetNamesTheGoal = false
        // A goal named under a target that stood for one: that target has several goals too.
        guard !withdrawn, !named || served.contains(target) else { return false }
        withdrawn = true
        return !served.isEmpty
    }
}
