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
        // Who and when: they make the program's id, and so every row's.
        set("program", "administration", program.administration)
        set("program", "year", String(program.year))
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
            // Byte for byte: the dataset's bytes are the contract, and Swift's `==` takes a letter
            // written decomposed ("I" + U+0307) for the composed one ("İ").
            return got.map({ $0.utf8.elementsEqual(want.utf8) }) == true ? nil : (key, want, got)
        }
        matched = total - misses.count
        extra = extracted.values.keys.filter { gold.values[$0] == nil }.sorted().map { ($0, extracted.values[$0] ?? "") }
    }

    var isExact: Bool { misses.isEmpty && extra.isEmpty }

    /// What fails, in one line, by the concept the facts belong to: facts not read at all,
    /// read wrong, and read where the document has none ("not read: aim 4, activity amounts 24;
    /// wrong: activity code left in name 8; extra: indicators 17").
    var summary: String {
        func concept(_ key: ProgramFacts.Key, got: String? = nil, gold: String = "") -> String {
            let words = key.path.split(separator: " ").map(String.init)
            if words.first == "total" { return "summary totals" }
            if words.first == "program" { return "administration or year" }
            if words.contains("cost") { return "costs" }
            if let got, !gold.isEmpty, got != gold, got.hasSuffix(" " + gold) { return "\(words.contains("indicator") ? "indicator" : "activity") code left in name" }
            if words.contains("indicator") {
                return words.count > 4 ? "indicator values" : key.field == "unit" ? "indicator units" : "indicators"
            }
            if words.contains("activity") {
                switch key.field {
                case "budget", "off_budget", "total": return "activity amounts"
                case "responsible_unit": return "responsible units"
                case "description": return "explanations"
                default: return "activities"
                }
            }
            switch key.field {
            case "aim_code", "aim_title": return "aim"
            case "target_code", "target_title": return "target"
            default: return "goal"
            }
        }
        func counted(_ concepts: [String]) -> String {
            Dictionary(grouping: concepts, by: { $0 }).map { ($0.key, $0.value.count) }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(5).map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        }
        let notRead = misses.filter { $0.got == nil || $0.got == "" }.map { concept($0.key) }
        let wrong = misses.filter { !($0.got ?? "").isEmpty }.map { concept($0.key, got: $0.got, gold: $0.gold) }
        var parts: [String] = []
        if !notRead.isEmpty { parts.append("not read: " + counted(notRead)) }
        if !wrong.isEmpty { parts.append("wrong: " + counted(wrong)) }
        if !extra.isEmpty { parts.append("extra: " + counted(extra.map { concept($0.key) })) }
        return parts.joined(separator: "; ")
    }

    var description: String {
        var lines = ["\(matched)/\(total) facts match, \(extra.count) extra"]
        lines += misses.map { "  miss \($0.key): gold \"\($0.gold)\", got \($0.got.map { "\"\($0)\"" } ?? "nothing")" }
        lines += extra.map { "  extra \($0.key): \"\($0.got)\"" }
        return lines.joined(separator: "\n")
    }
}
