/// The aim, target and goal open at a point of the document, fed by the labelled rows,
/// headings and full-width rows printed outside tables (“STRATEJİK AMAÇ 1: …”,
/// “Performans Hedefi 1.1: …”). A table attaches to the innermost open goal; a level opened
/// closes the levels under it (a new aim has no target yet).
struct GoalContext {
    /// Outermost first.
    static let levels: [Lexicon.Label] = [.aim, .target, .goal]

    private(set) var open: [Lexicon.Label: LabelledRow] = [:]

    /// Opens the level `row` names; false when the row names no level.
    mutating func open(_ row: LabelledRow) -> Bool {
        guard let depth = Self.levels.firstIndex(of: row.label) else { return false }
        for inner in Self.levels[depth...] { open[inner] = nil }
        open[row.label] = row
        return true
    }

    /// The goal table with the levels it does not name itself taken from the context; the
    /// goal level is used up by the table it names.
    mutating func filling(_ draft: GoalDraft) -> GoalDraft {
        var filled = draft
        for level in Self.levels where filled.labels[level] == nil {
            if let row = open[level] { filled.labels[level] = row }
        }
        open[.goal] = nil
        return filled
    }
}
