import Dataset

/// `goal_count` and `activity_count`: the counts the document states ("51 adet Performans
/// Hedefi", "Toplam Faaliyet Sayısı 328", a unit's "Faaliyet Sayısı") against what was found.
enum CountCheck {
    static func run(_ program: Program) -> [CheckResult] {
        var seen: [StatedCount] = []
        var results: [CheckResult] = []
        let activities = program.allActivities.map(\.activity)
        let units = UnitKeys(activities)
        let perUnit = program.statedCounts.filter { $0.kind == .activities && $0.scope != nil }
        for stated in program.statedCounts {
            // The same figure restated (in the text and again in a table) is checked once.
            guard !seen.contains(where: { $0.kind == stated.kind && $0.scope == stated.scope && $0.count == stated.count })
            else { continue }
            seen.append(stated)
            switch (stated.kind, stated.scope) {
            case (.goals, nil):
                results.append(.counts(.goalCount, program: program, subject: program.id, expected: stated.count,
                                       actual: program.goals.count, page: stated.page, detail: stated.kind.programWideDetail))
            case (.goals, let unit?):
                // Goals per unit: the goals with at least one activity of the unit.
                let name = UnitKey(unit)
                // `activities` are the goals' activities in goal order.
                let of = units.activities(areOf: name)
                var first = 0
                let found = program.goals.filter { goal in
                    defer { first += goal.activities.count }
                    return of[first..<(first + goal.activities.count)].contains(true)
                }
                results.append(.counts(.goalCount, program: program, subject: program.id, expected: stated.count,
                                       actual: found.count, page: stated.page, detail: "goals of \(unit)"))
            case (.activities, nil):
                results.append(.counts(.activityCount, program: program, subject: program.id, expected: stated.count,
                                       actual: activities.count, page: stated.page, detail: stated.kind.programWideDetail))
                let counts = distinctUnits(perUnit)
                if !counts.isEmpty {
                    results.append(.counts(.activityCount, program: program, subject: program.id, expected: stated.count,
                                           actual: counts.map(\.count).reduce(0, +), page: stated.page,
                                           detail: "the per-unit activity counts added up"))
                }
            case (.activities, let unit?):
                let name = UnitKey(unit)
                let found = units.activities(areOf: name).filter { $0 }.count
                results.append(.counts(.activityCount, program: program, subject: program.id, expected: stated.count,
                                       actual: found, page: stated.page, detail: "activities of \(unit)"))
            }
        }
        return results
    }

    /// Per-unit counts, each unit once (a table restated on a later page counts once).
    private static func distinctUnits(_ counts: [StatedCount]) -> [StatedCount] {
        var out: [StatedCount] = []
        for c in counts where !out.contains(where: { $0.scope == c.scope }) { out.append(c) }
        return out
    }
}
