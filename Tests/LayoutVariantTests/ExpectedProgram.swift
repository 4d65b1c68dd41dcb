import Dataset

/// What an arrangement's PDF states, and so what its extraction must read back: the source
/// gold cut to what the arrangement prints (only the year columns it has, no explanation
/// where it prints none, no costs without a cost table, the totals of its summary table).
/// Aim, target and goal stay the gold's: every arrangement prints the aim and the goal, and
/// the target where it is not the goal itself; where the gold's target is the goal (Balıkesir's
/// H1.1), the document names no other, and DATASET.md makes the goal's own text the target.
enum ExpectedProgram {
    static func of(_ gold: Program, in arrangement: Arrangement) -> Program {
        let blocks = arrangement.blocks.flatMap { block -> [GoalBlock] in
            if case .eachGoal(let b) = block { return b } else { return [] }
        }
        let indicatorLayout = blocks.lazy.compactMap { b -> IndicatorColumns? in if case .indicators(let c) = b { c } else { nil } }.first
        let activityLayout = blocks.lazy.compactMap { b -> ActivityColumns? in if case .activities(let c) = b { c } else { nil } }.first
        let costLayout = blocks.lazy.compactMap { b -> CostLayout? in if case .costs(let c) = b { c } else { nil } }.first
        let unitsPrinted = activityLayout?.unitColumn == true || costLayout != nil
        let costsPrinted = activityLayout?.costColumns == true || costLayout != nil
        let explanationsPrinted: Bool
        switch costLayout {
        case .perGoal(let explanations): explanationsPrinted = explanations
        case .perActivity: explanationsPrinted = true
        case nil: explanationsPrinted = false
        }

        var program = gold
        for g in program.goals.indices {
            var goal = program.goals[g]
            if let layout = indicatorLayout {
                for i in goal.indicators.indices {
                    var indicator = goal.indicators[i]
                    indicator.values = layout.columns(year: program.year).map { printedValue(indicator, year: $0.year, kind: $0.kind) }
                    // Without a unit column the unit is only what the name's last parenthesis says.
                    if !layout.unitColumn, !indicator.name.hasSuffix(")") { indicator.unit = "" }
                    goal.indicators[i] = indicator
                }
            } else {
                goal.indicators = []
            }
            for a in goal.activities.indices {
                if !unitsPrinted { goal.activities[a].responsibleUnit = "" }
                if !explanationsPrinted { goal.activities[a].description = "" }
                if !costsPrinted { goal.activities[a].costs = [] }
            }
            program.goals[g] = goal
        }
        program.totals = arrangement.blocks.flatMap { block -> [ProgramTotal] in
            switch block {
            case .resourceSummary(let orientation): return ResourceSummary(gold).totals(orientation)
            case .administrationSummary: return AdministrationSummary(gold).totals
            default: return []
            }
        }
        return program
    }

    /// The value a year column prints for an indicator: the gold's, or "-" where the gold has none.
    static func printedValue(_ indicator: Indicator, year: Int, kind: ValueKindName) -> IndicatorValue {
        let kind = ValueKind(rawValue: kind.rawValue) ?? .target
        return indicator.values.first { $0.year == year && $0.kind == kind } ?? IndicatorValue(year: year, kind: kind, value: nil, raw: "-")
    }
}
