import Dataset

/// The entity a change is about, on one side (old or new), with its printed identity.
/// It keeps the whole entity so that an added or removed one can be shown in full.
public enum ChangeSubject: Sendable, Equatable {
    case goal(GoalSubject)
    case indicator(IndicatorSubject)
    case activity(ActivitySubject)
    case total(TotalSubject)

    /// The contract id (`…/G3`, `…/G3/I2`, `…/G3/F1`), empty for a program total.
    public var id: String {
        switch self {
        case .goal(let g): return g.id
        case .indicator(let i): return i.id
        case .activity(let a): return a.id
        case .total: return ""
        }
    }

    /// Short identity for people: `G3`, `G3 I2`, `G3 F1`, `total activities 03 budget`.
    public var shortLabel: String {
        switch self {
        case .goal(let g): return "goal \(g.goal.code.isEmpty ? String(g.goal.no) : g.goal.code)"
        case .indicator(let i): return "goal \(i.goalCode) indicator \(i.indicator.code.isEmpty ? String(i.indicator.no) : i.indicator.code)"
        case .activity(let a): return "goal \(a.goalCode) activity \(a.activity.code.isEmpty ? String(a.activity.no) : a.activity.code)"
        case .total(let t): return t.label
        }
    }

    /// The page the entity is printed on (a goal's table start), when known.
    public var page: Int? {
        switch self {
        case .goal(let g): return g.goal.page
        case .indicator(let i): return i.indicator.page
        case .activity(let a): return a.activity.page
        case .total: return nil
        }
    }

    /// The entity's own text: goal title, indicator or activity name, total label.
    public var text: String {
        switch self {
        case .goal(let g): return g.goal.title
        case .indicator(let i): return i.indicator.name
        case .activity(let a): return a.activity.name
        case .total(let t): return t.label
        }
    }
}

public struct GoalSubject: Sendable, Equatable {
    public var programID: String
    public var goal: Goal
    public var id: String { Identifiers.goalID(program: programID, goalNo: goal.no) }
}

public struct IndicatorSubject: Sendable, Equatable {
    public var programID: String
    public var goalNo: Int
    public var goalCode: String
    public var goalTitle: String
    public var indicator: Indicator
    public var id: String {
        Identifiers.indicatorID(goal: Identifiers.goalID(program: programID, goalNo: goalNo), indicatorNo: indicator.no)
    }
}

public struct ActivitySubject: Sendable, Equatable {
    public var programID: String
    public var goalNo: Int
    public var goalCode: String
    public var goalTitle: String
    public var activity: Activity
    public var id: String {
        Identifiers.activityID(goal: Identifiers.goalID(program: programID, goalNo: goalNo), activityNo: activity.no)
    }
}

/// A row of program_totals, by its key.
public struct TotalSubject: Sendable, Equatable, Hashable {
    public var measure: ProgramTotal.Measure
    public var economicCode: EconomicCode?
    public var source: ProgramTotal.Source?

    public var label: String {
        [measure.rawValue, economicCode.map { "\($0.rawValue) \($0.standardName)" }, source?.rawValue].compactMap { $0 }.joined(separator: " · ")
    }
}
