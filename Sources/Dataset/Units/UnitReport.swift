/// The text `perfprog units` prints: tab-separated lines an analyst can read or cut.
public enum UnitReport {
    /// One name classified: the name as given, its canonical form, the function code (or
    /// `-`), the function's name (or `-`), the rule (or `-`).
    public static func classification(_ name: String, classifier: UnitClassifier) -> String {
        let canonical = UnitName.canonical(name)
        let function = classifier.classify(canonical)
        return [name, canonical, dash(function.code), dash(function.name), dash(function.rule)].joined(separator: "\t")
    }

    /// A program's units: a heading, then per unit `U<n>`, canonical name, code, function
    /// name and rule, and under it each printed spelling with its number of activities.
    public static func program(_ units: ProgramUnits, classifier: UnitClassifier) -> String {
        let functions = units.units.map { classifier.classify($0.canonicalName) }
        let classified = functions.filter { $0.function != nil }.count
        var lines = ["\(units.programID): \(units.units.count) units, \(classified) with a function"]
        for (unit, function) in zip(units.units, functions) {
            lines.append(["U\(unit.number)", unit.canonicalName, dash(function.code), dash(function.name), dash(function.rule)]
                .joined(separator: "\t"))
            for spelling in unit.spellings {
                lines.append("\t\(spelling.name)\t\(spelling.count) activit\(spelling.count == 1 ? "y" : "ies")")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func dash(_ text: String) -> String { text.isEmpty ? "-" : text }
}
