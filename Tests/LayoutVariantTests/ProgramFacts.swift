import Dataset

/// A program as a set of facts, one per field the dataset holds, keyed by what the
/// document prints in order (goal position, indicator and activity positions, economic
/// code and source) so that one misread field counts once and does not shift the rest.
struct ProgramFacts {
    struct Key: Hashable, Comparable, CustomStringConvertible {
        var path: String
        var field: String
        static func < (l: Key, r: Key) -> Bool { (l.path, l.field) < (r.path, r.field) }
        var description: String { "\(path) \(field)" }
    }

    var values: [Key: String] = [:]

    /// No facts: what a program that could not be extracted contributes.
    init() {}

    init(_ program: Program) {
        for goal in program.goals {
            let g = "goal \(goal.no)"
            set(g, "code", goal.code)
            set(g, "title", goal.title)
            set(g, "aim_code", goal.aimCode)
            set(g, "aim_title", goal.aimTitle)
            set(g, "target_code", goal.targetCode)
            set(g, "target_title", goal.targetTitle)
            for indicator in goal.indicators {
                let i = "\(g) indicator \(indicator.no)"
                set(i, "code", indicator.code)
                set(i, "name", indicator.name)
                set(i, "unit", indicator.unit)
                for value in indicator.values {
                    let v = "\(i) \(value.year) \(value.kind.rawValue)"
                    set(v, "value", value.value ?? "")
                    set(v, "raw", value.raw)
                }
            }
            for activity in goal.activities {
                let a = "\(g) activity \(activity.no)"
                set(a, "code", activity.code)
                set(a, "name", activity.name)
                set(a, "responsible_unit", activity.responsibleUnit)
                set(a, "budget", activity.budget?.description ?? "")
                set(a, "off_budget", activity.offBudget?.description ?? "")
                set(a, "total", activity.total?.description ?? "")
                set(a, "description", activity.description)
                // The contract keeps only non-zero costs (activity_costs.csv), so zeros are not facts.
                for cost in activity.costs where cost.amount != .zero {
                    set("\(a) cost \(cost.economicCode.rawValue) \(cost.source.rawValue)", "amount", cost.amount.description)
                }
            }
        }
        // The summary tables' amounts (program_totals.csv), zeros included: the table states them.
        for total in program.totals {
            set("total \(total.measure.rawValue) \(total.economicCode?.rawValue ?? "all codes") \(total.source?.rawValue ?? "all sources")",
                "amount", total.amount.description)
        }
    }

    private mutating func set(_ path: String, _ field: String, _ value: String) {
        values[Key(path: path, field: field)] = value
    }
}

/// How an extracted program compares with the gold, fact by fact.
struct FactComparison: CustomStringConvertible {
    var total: Int
    var matched: Int
    /// Gold facts read wrong or not at all: (fact, gold value, extracted value or nil).
    var misses: [(key: ProgramFacts.Key, gold: String, got: String?)]
    /// Facts the extraction holds that the gold does not (an extra goal, activity or cost).
    var extra: [(key: ProgramFacts.Key, got: String)]

    init(gold: ProgramFacts, extracted: ProgramFacts) {
        total = gold.values.count
        misses = gold.values.keys.sorted().compactMap { key in
            let want = gold.values[key] ?? ""
            let got = extracted.values[key]
            return got == want ? nil : (key, want, got)
        }
        matched = total - misses.count
        extra = extracted.values.keys.filter { gold.values[$0] == nil }.sorted().map { ($0, extracted.values[$0] ?? "") }
    }

    var isExact: Bool { misses.isEmpty && extra.isEmpty }

    /// What fails, in one line: the missed and extra facts counted by kind of fact
    /// ("goal.aim_title", "indicator value.raw", "activity cost.amount", "total.amount").
    var summary: String {
        func kind(_ key: ProgramFacts.Key) -> String {
            let words = key.path.split(separator: " ")
            let named = words.filter { $0.first?.isLetter == true && !["budget", "actual", "estimate", "target", "all"].contains(String($0)) }
            let noun = named.last.map(String.init) ?? "?"
            let thing = words.first == "total" ? "total" : noun == "total" ? "total" : noun == "cost" ? "activity cost" : words.count > 4 && named.last == "indicator" ? "indicator value" : noun
            return "\(thing).\(key.field)"
        }
        func counted(_ keys: [ProgramFacts.Key]) -> String {
            Dictionary(grouping: keys, by: kind).map { ($0.key, $0.value.count) }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(5).map { "\($0.1) \($0.0)" }.joined(separator: ", ")
        }
        var parts: [String] = []
        if !misses.isEmpty { parts.append("missed " + counted(misses.map(\.key))) }
        if !extra.isEmpty { parts.append("extra " + counted(extra.map(\.key))) }
        return parts.joined(separator: "; ")
    }

    var description: String {
        var lines = ["\(matched)/\(total) facts match, \(extra.count) extra"]
        lines += misses.map { "  miss \($0.key): gold \"\($0.gold)\", got \($0.got.map { "\"\($0)\"" } ?? "nothing")" }
        lines += extra.map { "  extra \($0.key): \"\($0.got)\"" }
        return lines.joined(separator: "\n")
    }
}
