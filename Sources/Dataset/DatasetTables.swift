/// The tables of the contract (`DATASET.md`) and how a program becomes their rows.
public enum DatasetTables {
    private static func col(_ name: String, _ type: TableSchema.ColumnType = .string, required: Bool = false,
                            _ description: String = "") -> TableSchema.Column {
        TableSchema.Column(name: name, type: type, required: required, description: description)
    }
    private static func fk(_ column: String, _ table: String) -> TableSchema.ForeignKey {
        TableSchema.ForeignKey(columns: [column], table: table, referencedColumns: [column])
    }

    public static let programs = TableSchema(
        name: "programs", description: "One row per performance program (Performans Programı).",
        columns: [col("program_id", required: true, "administration folded to ASCII, then the year"),
                  col("administration", required: true), col("year", .integer, required: true),
                  col("source_file"), col("source_sha256"), col("pages", .integer)],
        primaryKey: ["program_id"], foreignKeys: [])
    public static let goals = TableSchema(
        name: "goals", description: "Performance goals (Performans Hedefi).",
        columns: [col("program_id", required: true), col("goal_id", required: true), col("goal_no", .integer, required: true),
                  col("goal_code"), col("title"), col("aim_code"), col("aim_title"), col("target_code"),
                  col("target_title"), col("page", .integer)],
        primaryKey: ["goal_id"], foreignKeys: [fk("program_id", "programs")])
    public static let indicators = TableSchema(
        name: "indicators", description: "Performance indicators (Performans Göstergesi).",
        columns: [col("program_id", required: true), col("indicator_id", required: true), col("goal_id", required: true),
                  col("indicator_no", .integer, required: true), col("indicator_code"), col("name"), col("unit"),
                  col("page", .integer)],
        primaryKey: ["indicator_id"], foreignKeys: [fk("program_id", "programs"), fk("goal_id", "goals")])
    public static let indicatorValues = TableSchema(
        name: "indicator_values", description: "Indicator values by year: actual, estimate, target.",
        columns: [col("program_id", required: true), col("indicator_id", required: true), col("year", .integer, required: true),
                  col("kind", required: true), col("value", .number), col("raw")],
        primaryKey: ["indicator_id", "year", "kind"],
        foreignKeys: [fk("program_id", "programs"), fk("indicator_id", "indicators")])
    public static let activities = TableSchema(
        name: "activities", description: "Activities and projects (Faaliyet / Proje).",
        columns: [col("program_id", required: true), col("activity_id", required: true), col("goal_id", required: true),
                  col("activity_no", .integer, required: true), col("activity_code"), col("name"),
                  col("responsible_unit"), col("budget", .amount), col("off_budget", .amount), col("total", .amount),
                  col("description"), col("page", .integer),
                  // Contract v1.1: appended after the v1 columns.
                  col("unit_id", .string, "the canonical responsible unit (units.csv), empty when none is named")],
        primaryKey: ["activity_id"], foreignKeys: [fk("program_id", "programs"), fk("goal_id", "goals")])
    public static let activityCosts = TableSchema(
        name: "activity_costs", description: "Each activity's non-zero cost by economic code and source.",
        columns: [col("program_id", required: true), col("activity_id", required: true),
                  col("economic_code", required: true), col("economic_name"), col("source", required: true),
                  col("amount", .amount, required: true)],
        primaryKey: ["activity_id", "economic_code", "source"],
        foreignKeys: [fk("program_id", "programs"), fk("activity_id", "activities")])
    public static let programTotals = TableSchema(
        name: "program_totals", description: "The administration's resource totals from the summary tables.",
        columns: [col("program_id", required: true), col("measure", required: true), col("economic_code"),
                  col("source"), col("amount", .amount, required: true)],
        primaryKey: ["program_id", "measure", "economic_code", "source"],
        foreignKeys: [fk("program_id", "programs")])
    public static let checks = TableSchema(
        name: "checks", description: "Checks of the document's own arithmetic and counts.",
        columns: [col("program_id", required: true), col("check", required: true), col("subject", required: true),
                  col("expected"), col("actual"), col("status", required: true),
                  // After the contract's columns (DATASET.md allows extra ones): where the stated
                  // figure is printed, and which column, code, unit or row a check compares, so
                  // that rows sharing a check and subject (program-level ones) tell apart.
                  col("page", .integer, "page where the stated figure is printed"),
                  col("detail", .string, "what is compared: column, economic code, unit or row")],
        primaryKey: [], foreignKeys: [fk("program_id", "programs")])

    /// Contract v1.1: one row per (program, spelling of a responsible unit), several
    /// spellings of one unit sharing its unit_id (so unit_id alone is not a key, and
    /// activities.unit_id is not a declared foreign key).
    public static let units = TableSchema(
        name: "units", description: "Responsible units (Sorumlu Harcama Birimi) and their function (Fonksiyonel Sınıflandırma).",
        columns: [col("program_id", required: true), col("unit_id", required: true, "<program_id>/U<n>, in order of first appearance"),
                  col("name", required: true, "the unit as printed (activities.responsible_unit)"),
                  col("canonical_name", required: true, "abbreviations expanded, forms unified, the most frequent spelling"),
                  col("function_code", .string, "functional classification: level 1 01…10, or level 2 such as 04.5; empty when the name does not say"),
                  col("function_name", .string, "the class's standard name"),
                  col("rule", .string, "what gave the class: lexicon:<entry>, conflict:<entries>, override:<file>")],
        primaryKey: ["unit_id", "name"], foreignKeys: [fk("program_id", "programs")])

    /// In the order of the contract (v1, then the v1.1 table).
    public static let all: [TableSchema] = [programs, goals, indicators, indicatorValues, activities,
                                            activityCosts, programTotals, checks, units]

    /// Where writing `table` ranks among the tables by its cost (0 the costliest): the units'
    /// tables classify and match names, the others copy fields.
    public static func costRank(_ table: TableSchema) -> Int {
        // Named by their schemas, so a renamed table keeps its rank.
        [units, activities, indicatorValues, checks, activityCosts, indicators, goals].firstIndex { $0.name == table.name } ?? all.count
    }

    /// The rows of `table` for one program (checks.csv takes `checks`; units.csv classifies
    /// the units with `classifier`; `units`, the program's units when already found).
    public static func rows(_ table: TableSchema, program p: Program, checks: [CheckResult] = [],
                            classifier: UnitClassifier = .standard, units known: ProgramUnits? = nil) -> [[String]] {
        func s(_ v: Int?) -> String { v.map(String.init) ?? "" }
        func a(_ v: Amount?) -> String { v?.description ?? "" }
        switch table.name {
        case "programs":
            return [[p.id, p.administration, String(p.year), p.sourceFile, p.sourceSHA256, String(p.pageCount)]]
        case "goals":
            return p.goals.map { g in
                [p.id, Identifiers.goalID(program: p.id, goalNo: g.no), String(g.no), g.code, g.title, g.aimCode,
                 g.aimTitle, g.targetCode, g.targetTitle, s(g.page)]
            }
        case "indicators":
            return p.goals.flatMap { g in
                let gid = Identifiers.goalID(program: p.id, goalNo: g.no)
                return g.indicators.map { i in
                    [p.id, Identifiers.indicatorID(goal: gid, indicatorNo: i.no), gid, String(i.no), i.code, i.name, i.unit, s(i.page)]
                }
            }
        case "indicator_values":
            return p.goals.flatMap { g in
                let gid = Identifiers.goalID(program: p.id, goalNo: g.no)
                return g.indicators.flatMap { i in
                    i.values.map { v in
                        [p.id, Identifiers.indicatorID(goal: gid, indicatorNo: i.no), String(v.year), v.kind.rawValue, v.value ?? "", v.raw]
                    }
                }
            }
        case "activities":
            let units = known ?? ProgramUnits(p)
            return p.goals.flatMap { g in
                let gid = Identifiers.goalID(program: p.id, goalNo: g.no)
                return g.activities.map { x in
                    [p.id, Identifiers.activityID(goal: gid, activityNo: x.no), gid, String(x.no), x.code, x.name,
                     x.responsibleUnit, a(x.budget), a(x.offBudget), a(x.total), x.description, s(x.page),
                     units.unitID(printed: x.responsibleUnit)]
                }
            }
        case "activity_costs":
            return p.goals.flatMap { g in
                let gid = Identifiers.goalID(program: p.id, goalNo: g.no)
                return g.activities.flatMap { x in
                    x.costs.filter { $0.amount != .zero }.map { c in
                        [p.id, Identifiers.activityID(goal: gid, activityNo: x.no), c.economicCode.rawValue,
                         c.economicCode.standardName, c.source.rawValue, c.amount.description]
                    }
                }
            }
        case "program_totals":
            return p.totals.map { t in
                [p.id, t.measure.rawValue, t.economicCode?.rawValue ?? "", t.source?.rawValue ?? "", t.amount.description]
            }
        case "checks":
            return checks.filter { $0.programID == p.id }.map { c in
                [c.programID, c.check, c.subject, c.expected, c.actual, c.status.rawValue, s(c.page), c.detail]
            }
        case "units":
            return (known ?? ProgramUnits(p)).units.flatMap { unit in
                let function = classifier.classify(unit.canonicalName)
                let id = Identifiers.unitID(program: p.id, unitNo: unit.number)
                return unit.spellings.map(\.name).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { name in
                    [p.id, id, name, unit.canonicalName, function.code, function.name, function.rule]
                }
            }
        default:
            return []
        }
    }
}
