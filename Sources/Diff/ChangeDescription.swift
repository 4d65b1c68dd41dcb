import Foundation
import Dataset

/// A change in words, shared by the text, Markdown, CSV and HTML renderers: what it is
/// about (`subject`) and what happened to it (`detail`).
public enum ChangeDescription {
    /// `goal 6 → 7`, `indicator 2`, `activity 3 → 2`, `total activities 03 budget`.
    public static func subject(_ c: Change) -> String {
        switch (c.old, c.new) {
        case let (o?, n?):
            let ol = code(o), nl = code(n)
            if case .total = o { return ol }
            if c.kind == .activityMoved { return "\(noun(o)) \(ol) of goal \(goalCode(o)) → \(nl) of goal \(goalCode(n))" }
            return ol == nl ? "\(noun(o)) \(ol)" : "\(noun(o)) \(ol) → \(nl)"
        case let (o?, nil): return "\(noun(o)) \(code(o))"
        case let (nil, n?): return "\(noun(n)) \(code(n))"
        case (nil, nil): return "program"
        }
    }

    /// The entity's text (title or name), from the new side if it exists.
    public static func name(_ c: Change) -> String {
        guard let s = c.new ?? c.old else { return "" }
        if case .total = s { return "" }
        return s.text
    }

    /// What happened, in one line: `"old" → "new"`, `5.500.000,00 TL → 7.300.000,00 TL (+1.800.000,00 TL, +%32,73)`.
    public static func detail(_ c: Change) -> String {
        let o = c.oldValue?.display ?? "—", n = c.newValue?.display ?? "—"
        switch c.kind {
        case .goalAdded, .goalRemoved:
            guard case .goal(let g)? = c.new ?? c.old else { return "" }
            let amount = g.goal.activities.map { $0.total ?? (($0.budget ?? .zero) + ($0.offBudget ?? .zero)) }.sum()
            return "\(DisplayNumber.integer(g.goal.indicators.count)) indicators, \(DisplayNumber.integer(g.goal.activities.count)) activities, \(DisplayNumber.lira(amount))"
        case .indicatorAdded, .indicatorRemoved:
            guard case .indicator(let i)? = c.new ?? c.old else { return "" }
            let values = i.indicator.values.map { "\($0.year) \($0.kind.rawValue): \(DisplayNumber.indicator($0))" }
            return ([i.indicator.unit.isEmpty ? nil : "unit \(i.indicator.unit)"].compactMap { $0 } + values).joined(separator: "; ")
        case .activityAdded, .activityRemoved:
            guard case .activity(let a)? = c.new ?? c.old else { return "" }
            let x = a.activity
            return "\(DisplayNumber.lira(x.total ?? ((x.budget ?? .zero) + (x.offBudget ?? .zero))))"
                + (x.responsibleUnit.isEmpty ? "" : "; \(x.responsibleUnit)")
        case .goalMoved:
            return "position \(o) → \(n)"
        case .activityMoved:
            return "from goal \(o) to goal \(n)"
        case .goalRetitled, .activityRenamed, .indicatorRenamed, .activityDescriptionChanged:
            return "“\(o)” → “\(n)”"
        case .activityBudgetChanged, .goalTotalChanged, .programTotalChanged:
            var s = "\(o) → \(n)"
            var paren: [String] = []
            if case .amount(let d)? = c.extra("change") { paren.append(DisplayNumber.signedLira(d)) }
            if case .decimal(let p)? = c.extra("percent") { paren.append(DisplayNumber.percent(p)) }
            if !paren.isEmpty { s += " (\(paren.joined(separator: ", ")))" }
            if case .flag(true)? = c.extra("departs_from_drift") { s += " — departs from the general drift" }
            return s
        case .indicatorTargetChanged:
            var s = "\(o) → \(n)"
            if case .decimal(let p)? = c.extra("percent") { s += " (\(DisplayNumber.percent(p)))" }
            return s
        case .responsibleUnitRenamed:
            let counts = c.extras.compactMap { e -> String? in
                if case .integer(let k) = e.value { return "\(k) \(e.key.replacingOccurrences(of: "_", with: " "))" }
                return nil
            }
            return "“\(o)” → “\(n)”" + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")
        case .activityUnitChanged:
            return "“\(o)” → “\(n)”" + (c.extra("cause") != nil ? " (unit renamed)" : "")
        case .matchAmbiguous:
            let score = c.extra("score")?.display ?? "", rivalScore = c.extra("rival_score")?.display ?? ""
            let rival = (c.extra("rival_old") ?? c.extra("rival_new"))?.display ?? ""
            return "paired with score \(score), but \(rival) scores \(rivalScore): check this pairing"
        case .statedCountChanged:
            // Which count: the document states the number of goals and of activities.
            return "number of \(c.field ?? "items") the document states: \(o) → \(n)"
        case .programYearChanged, .goalRenumbered, .indicatorRenumbered, .activityRenumbered,
             .indicatorUnitChanged, .indicatorValueRestated:
            return "\(o) → \(n)"
        }
    }

    /// Where to look in the two PDFs: `pages 12 → 14`, `page 12 (old)`, `page 14 (new)`;
    /// empty when neither side has a page.
    public static func pages(_ c: Change) -> String {
        switch (c.oldPage, c.newPage) {
        case let (o?, n?): return "pages \(o) → \(n)"
        case let (o?, nil): return "page \(o) (old)"
        case let (nil, n?): return "page \(n) (new)"
        case (nil, nil): return ""
        }
    }

    static func noun(_ s: ChangeSubject) -> String {
        switch s {
        case .goal: return "goal"
        case .indicator: return "indicator"
        case .activity: return "activity"
        case .total: return "total"
        }
    }

    static func code(_ s: ChangeSubject) -> String {
        switch s {
        case .goal(let g): return g.goal.code.isEmpty ? String(g.goal.no) : g.goal.code
        case .indicator(let i): return i.indicator.code.isEmpty ? String(i.indicator.no) : i.indicator.code
        case .activity(let a): return a.activity.code.isEmpty ? String(a.activity.no) : a.activity.code
        case .total(let t): return t.label
        }
    }

    static func goalCode(_ s: ChangeSubject) -> String {
        switch s {
        case .goal(let g): return g.goal.code
        case .indicator(let i): return i.goalCode
        case .activity(let a): return a.goalCode
        case .total: return ""
        }
    }
}
