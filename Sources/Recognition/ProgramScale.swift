/// The unit a program states for its amounts, applied to its amount tables that state none.
///
/// A program states its unit once where it prints many tables: in its activity tables'
/// header (“Bütçe 2024 (Bin TL)”), a note line (“Tutarlar bin TL'dir”) or its summary, while its
/// cost tables print bare figures. Read as printed, those costs stood a thousand times apart
/// from the activities they cost (only the checks noticed). So: where every table that states
/// a unit states the same multiple of the lira, the tables stating none are read in it too, and
/// the diagnostics say so. Where the program states two units, the tables stating none cannot be
/// told and are read as printed, said as well. A program stating the lira, or nothing, is read
/// as printed, silently: that is the contract's unit.
enum ProgramScale {
    /// An amount table, as the program weighs it: the unit it states and where it stands.
    struct Table {
        var unit: AmountScale
        var page: Int
        var name: String
    }

    /// The program's unit from its tables' stated units, with the diagnostic to give; `.unstated`
    /// where tables stating none are to be read as printed.
    static func decide(_ tables: [Table]) -> (unit: AmountScale, note: String?) {
        let stating = tables.filter { $0.unit != .unstated }
        let silent = tables.filter { $0.unit == .unstated }
        guard stating.contains(where: { $0.unit.isMultiple }), let first = silent.first else { return (.unstated, nil) }
        var units: [Table] = []
        for t in stating where !units.contains(where: { $0.unit == t.unit }) { units.append(t) }
        let pages = silent.count == 1 ? "page \(first.page)" : "\(silent.count) tables from page \(first.page)"
        if units.count == 1, let only = units.first {
            return (only.unit, "\(pages): amount table\(silent.count == 1 ? "" : "s") stating no unit read in \(only.unit.described), "
                        + "the unit the program states for its amounts (page \(only.page), \(only.name))")
        }
        let stated = units.map { "\($0.unit.described) (page \($0.page), \($0.name))" }.joined(separator: " and ")
        return (.unstated, "\(pages): amount table\(silent.count == 1 ? "" : "s") stating no unit read as printed: "
                    + "the program states its amounts in \(stated)")
    }

    /// Reads the goal and cost tables stating no unit in the program's unit (`decide`), given the
    /// units the summaries state; the program's unit (for the summaries stating none) and the diagnostics.
    static func settle(goals: inout [GoalDraft], costs: inout [[CostDraft]], summaries: [Table]) -> (unit: AmountScale, notes: [String]) {
        var tables = summaries
        for g in goals.indices where !goals[g].activities.isEmpty {
            tables.append(Table(unit: goals[g].activityScale, page: goals[g].activityPage ?? goals[g].page, name: "activity table"))
        }
        for c in costs.joined() where c.entries.contains(where: { !$0.costs.isEmpty }) {
            tables.append(Table(unit: c.scale, page: c.page, name: "cost table"))
        }
        // Most programs state no multiple: nothing to weigh.
        guard tables.contains(where: { $0.unit.isMultiple }) else { return (.unstated, []) }
        let (unit, note) = decide(tables)
        var notes = [note].compactMap { $0 }
        guard unit.isMultiple else { return (unit, notes) }
        for g in goals.indices where !goals[g].activities.isEmpty && goals[g].activityScale == .unstated {
            var draft = goals[g]
            if let n = AmountScale.scale(&draft.activities, &draft.statedTotal, unit, page: draft.activityPage ?? draft.page) { notes.append(n) }
            draft.activityScale = unit
            goals[g] = draft
        }
        for g in costs.indices {
            for c in costs[g].indices where costs[g][c].scale == .unstated {
                if let n = costs[g][c].scale(unit, page: costs[g][c].page) { notes.append(n) }
                costs[g][c].scale = unit
            }
        }
        return (unit, notes)
    }
}
