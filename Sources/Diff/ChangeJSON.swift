import Dataset

/// A change as a JSON object in the shape of the corpus's change files: `kind`, `old`,
/// `new` (identity objects: goal_id, goal_no, goal_code, title … / indicator_id,
/// indicator_code, name, unit … / activity_id, activity_code, name, responsible_unit …),
/// `field`, `old_value`, `new_value`, then the change's extras. Added and removed goals
/// carry their indicators and activities; added and removed indicators and activities
/// carry their values and amounts.
public enum ChangeJSON {
    public static func object(_ c: Change) -> JSONValue {
        let full = [.goalAdded, .goalRemoved, .indicatorAdded, .indicatorRemoved, .activityAdded, .activityRemoved].contains(c.kind)
        var members: [(String, JSONValue)] = [
            ("kind", .string(c.kind.rawValue)),
            ("old", c.old.map { subject($0, full: full) } ?? .null),
            ("new", c.new.map { subject($0, full: full) } ?? .null),
        ]
        if let f = c.field { members.append(("field", .string(f))) }
        if c.oldValue != nil || c.newValue != nil {
            members.append(("old_value", c.oldValue.map(value) ?? .null))
            members.append(("new_value", c.newValue.map(value) ?? .null))
        }
        for e in c.extras { members.append((e.key, value(e.value))) }
        members.append(("old_page", c.oldPage.map { .int($0) } ?? .null))
        members.append(("new_page", c.newPage.map { .int($0) } ?? .null))
        return .object(members)
    }

    public static func subject(_ s: ChangeSubject, full: Bool) -> JSONValue {
        switch s {
        case .goal(let g):
            var m: [(String, JSONValue)] = [
                ("goal_id", .string(g.id)), ("goal_no", .int(g.goal.no)), ("goal_code", .string(g.goal.code)),
                ("title", .string(g.goal.title)), ("aim_code", .string(g.goal.aimCode)), ("target_code", .string(g.goal.targetCode)),
            ]
            if full {
                m.append(("indicators", .array(g.goal.indicators.map {
                    indicator(IndicatorSubject(programID: g.programID, goalNo: g.goal.no, goalCode: g.goal.code, goalTitle: g.goal.title, indicator: $0), full: true)
                })))
                m.append(("activities", .array(g.goal.activities.map {
                    activity(ActivitySubject(programID: g.programID, goalNo: g.goal.no, goalCode: g.goal.code, goalTitle: g.goal.title, activity: $0), full: true)
                })))
            }
            return .object(m)
        case .indicator(let i): return indicator(i, full: full)
        case .activity(let a): return activity(a, full: full)
        case .total(let t):
            return .object([("measure", .string(t.measure.rawValue)), ("economic_code", .string(t.economicCode?.rawValue ?? "")),
                            ("source", .string(t.source?.rawValue ?? ""))])
        }
    }

    static func indicator(_ i: IndicatorSubject, full: Bool) -> JSONValue {
        var m: [(String, JSONValue)] = [
            ("indicator_id", .string(i.id)), ("goal_code", .string(i.goalCode)), ("goal_title", .string(i.goalTitle)),
            ("indicator_no", .int(i.indicator.no)), ("indicator_code", .string(i.indicator.code)),
            ("name", .string(i.indicator.name)), ("unit", .string(i.indicator.unit)),
        ]
        if full { m.append(("values", .array(i.indicator.values.map { value(.indicatorValue($0)) }))) }
        return .object(m)
    }

    static func activity(_ a: ActivitySubject, full: Bool) -> JSONValue {
        var m: [(String, JSONValue)] = [
            ("activity_id", .string(a.id)), ("goal_code", .string(a.goalCode)), ("goal_title", .string(a.goalTitle)),
            ("activity_no", .int(a.activity.no)), ("activity_code", .string(a.activity.code)),
            ("name", .string(a.activity.name)), ("responsible_unit", .string(a.activity.responsibleUnit)),
        ]
        if full {
            let x = a.activity
            m += [("budget", amount(x.budget)), ("off_budget", amount(x.offBudget)), ("total", amount(x.total))]
            var costs: [EconomicCode: Amount] = [:]
            for c in x.costs where c.amount != .zero { costs[c.economicCode, default: .zero] = costs[c.economicCode, default: .zero] + c.amount }
            m.append(("costs", value(.costs(costs))))
            m.append(("description", .string(x.description)))
        }
        return .object(m)
    }

    static func amount(_ a: Amount?) -> JSONValue { a.map { .string($0.description) } ?? .null }

    public static func value(_ v: ChangeValue) -> JSONValue {
        switch v {
        case .text(let s): return .string(s)
        case .integer(let n): return .int(n)
        case .amount(let a): return .string(a.description)
        case .split(let s): return .object([("budget", amount(s.budget)), ("off_budget", amount(s.offBudget)), ("total", amount(s.total))])
        case .indicatorValue(let v):
            return .object([("year", .string(String(v.year))), ("kind", .string(v.kind.rawValue)),
                            ("value", .string(v.value ?? "")), ("raw", .string(v.raw))])
        case .costs(let c): return .object(c.keys.sorted().map { ($0.rawValue, .string((c[$0] ?? .zero).description)) })
        case .decimal(let d): return .string(d)
        case .flag(let b): return .bool(b)
        }
    }
}
