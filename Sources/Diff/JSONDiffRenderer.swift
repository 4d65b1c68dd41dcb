import Dataset

/// The diff as one JSON document: both programs, counts per kind, the money summary, and
/// the changes (see `ChangeJSON` for their shape).
public enum JSONDiffRenderer {
    public static func render(_ r: DiffReport) -> String {
        func program(_ p: DiffReport.ProgramInfo) -> JSONValue {
            .object([("program_id", .string(p.id)), ("administration", .string(p.administration)),
                     ("year", .int(p.year)), ("source_file", .string(p.sourceFile)),
                     ("goals", .int(p.goalCount)), ("indicators", .int(p.indicatorCount)), ("activities", .int(p.activityCount))])
        }
        var budget: [(String, JSONValue)] = [
            ("activities_total_old", .string(r.oldActivitiesTotal.description)),
            ("activities_total_new", .string(r.newActivitiesTotal.description)),
            ("change", .string((r.newActivitiesTotal - r.oldActivitiesTotal).description)),
        ]
        if let p = AmountRatio.percentChange(old: r.oldActivitiesTotal, new: r.newActivitiesTotal) { budget.append(("percent", .string(p))) }
        if let m = r.medianBudgetRatio { budget.append(("median_activity_ratio", .string(m))) }
        budget.append(("by_goal", .array(r.goalGroups.map { g in
            .object([("old_goal_id", g.old.map { .string($0.id) } ?? .null), ("new_goal_id", g.new.map { .string($0.id) } ?? .null),
                     ("label", .string(g.shortLabel)), ("old", .string(g.oldAmount.description)), ("new", .string(g.newAmount.description))])
        })))
        budget.append(("by_economic_code", .array(r.amountsByCode.map { c in
            .object([("economic_code", .string(c.code.rawValue)), ("economic_name", .string(c.code.standardName)),
                     ("old", .string(c.old.description)), ("new", .string(c.new.description))])
        })))
        let doc = JSONValue.object([
            ("old_program", program(r.old)),
            ("new_program", program(r.new)),
            ("summary", .object(r.countsByKind.map { ($0.kind.rawValue, .int($0.count)) })),
            ("budget", .object(budget)),
            ("changes", .array(r.changes.map(ChangeJSON.object))),
        ])
        return doc.rendered() + "\n"
    }
}
