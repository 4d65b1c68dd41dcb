import TableGeometry

/// The aim, target and goal open at a point of the document, fed by every source that names
/// them: labelled rows (colon or not, the code in the label or in the value: “STRATEJİK AMAÇ
/// 1: …”, “Amaç” | “1 …”), headings and full-width rows (“Hedef 1.1 – …”), captions
/// (“… (Performans Hedefi H1.1)”) and the goal tables' own labelled rows. A table attaches
/// to the innermost open goal; a level opened closes the levels under it (a new aim has no
/// target yet), and a level stays open for the tables after it until another replaces it
/// (an aim printed once over its goals).
struct GoalContext {
    /// Outermost first.
    static let levels: [Lexicon.Label] = [.aim, .target, .goal]

    private(set) var open: [Lexicon.Label: LabelledRow] = [:]

    /// A row outside a table that names an aim, target, goal (or another label).
    static func row(_ band: RowBand) -> LabelledRow? {
        LabelledRow.read(band) ?? GoalCaption.read(band)
    }

    /// Opens the level `row` names; false when the row names no level.
    mutating func open(_ row: LabelledRow) -> Bool {
        guard let depth = Self.levels.firstIndex(of: row.label) else { return false }
        for inner in Self.levels[depth...] { open[inner] = nil }
        open[row.label] = row
        return true
    }

    /// The goal table with the levels it does not name itself taken from the context. The
    /// levels the table names open in the context first (outermost first), for the tables
    /// after it; the goal level is used up by the table.
    mutating func filling(_ draft: GoalDraft) -> GoalDraft {
        for level in Self.levels { if let row = draft.labels[level] { _ = open(row) } }
        var filled = draft
        for level in Self.levels where filled.labels[level] == nil {
            if let row = open[level] { filled.labels[level] = row }
        }
        open[.goal] = nil
        return filled
    }
}
