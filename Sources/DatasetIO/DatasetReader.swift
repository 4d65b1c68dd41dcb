import Dataset
import Foundation

/// Reads a dataset directory written in the contract (`DATASET.md`) back into programs:
/// programs, goals, indicators, indicator_values, activities, activity_costs and
/// program_totals; from checks.csv, where present, only the counts the document states of
/// the whole program (the `expected` of its program-wide `goal_count` / `activity_count`
/// rows, with their page), so that a diff of two datasets is the diff of their two PDFs.
///
/// Columns are found by header name, so their order does not matter; empty `page` and
/// PDF-derived `programs` fields (as the gold leaves them) read as nil / empty / 0.
/// The document's stated shares and per-unit counts are not in the dataset and stay empty.
public enum DatasetReader {
    public static func read(directory: URL) throws(DatasetReadError) -> [Program] {
        let programs = try Table.load(directory, DatasetTables.programs)
        let goals = try Table.load(directory, DatasetTables.goals)
        let indicators = try Table.load(directory, DatasetTables.indicators)
        let values = try Table.load(directory, DatasetTables.indicatorValues)
        let activities = try Table.load(directory, DatasetTables.activities)
        let costs = try Table.load(directory, DatasetTables.activityCosts)
        let totals = try Table.load(directory, DatasetTables.programTotals)
        let statedCounts = try statedCountsByProgram(directory)

        // Children first, keyed by their parent's id, so each parent picks up its own.
        var valuesByIndicator: [String: [IndicatorValue]] = [:]
        for row in values.rows {
            let kindText = try row.required("kind")
            guard let kind = ValueKind(rawValue: kindText) else { throw row.bad("kind", kindText) }
            let value = try row.string("value")
            valuesByIndicator[try row.required("indicator_id"), default: []].append(
                IndicatorValue(year: try row.int("year"), kind: kind, value: value.isEmpty ? nil : value, raw: try row.string("raw")))
        }
        var costsByActivity: [String: [ActivityCost]] = [:]
        for row in costs.rows {
            let codeText = try row.required("economic_code")
            guard let code = EconomicCode(rawValue: codeText) else { throw row.bad("economic_code", codeText) }
            let sourceText = try row.required("source")
            guard let source = FundingSource(rawValue: sourceText) else { throw row.bad("source", sourceText) }
            guard let amount = try row.amount("amount") else { throw row.bad("amount", "") }
            costsByActivity[try row.required("activity_id"), default: []].append(
                ActivityCost(economicCode: code, source: source, amount: amount))
        }
        var indicatorsByGoal: [String: [Indicator]] = [:]
        for row in indicators.rows {
            let id = try row.required("indicator_id")
            indicatorsByGoal[try row.required("goal_id"), default: []].append(
                Indicator(no: try row.int("indicator_no"), code: try row.string("indicator_code"), name: try row.string("name"),
                          unit: try row.string("unit"), page: try row.optionalInt("page"), values: valuesByIndicator[id] ?? []))
        }
        var activitiesByGoal: [String: [Activity]] = [:]
        for row in activities.rows {
            let id = try row.required("activity_id")
            activitiesByGoal[try row.required("goal_id"), default: []].append(
                Activity(no: try row.int("activity_no"), code: try row.string("activity_code"), name: try row.string("name"),
                         responsibleUnit: try row.string("responsible_unit"), budget: try row.amount("budget"),
                         offBudget: try row.amount("off_budget"), total: try row.amount("total"),
                         description: try row.string("description"), page: try row.optionalInt("page"),
                         costs: costsByActivity[id] ?? []))
        }
        var goalsByProgram: [String: [Goal]] = [:]
        for row in goals.rows {
            let id = try row.required("goal_id")
            goalsByProgram[try row.required("program_id"), default: []].append(
                Goal(no: try row.int("goal_no"), code: try row.string("goal_code"), title: try row.string("title"),
                     aimCode: try row.string("aim_code"), aimTitle: try row.string("aim_title"),
                     targetCode: try row.string("target_code"), targetTitle: try row.string("target_title"),
                     page: try row.optionalInt("page"),
                     indicators: (indicatorsByGoal[id] ?? []).sorted { $0.no < $1.no },
                     activities: (activitiesByGoal[id] ?? []).sorted { $0.no < $1.no }))
        }
        var totalsByProgram: [String: [ProgramTotal]] = [:]
        for row in totals.rows {
            let measureText = try row.required("measure")
            guard let measure = ProgramTotal.Measure(rawValue: measureText) else { throw row.bad("measure", measureText) }
            let codeText = try row.string("economic_code")
            let code = codeText.isEmpty ? nil : EconomicCode(rawValue: codeText)
            if !codeText.isEmpty, code == nil { throw row.bad("economic_code", codeText) }
            let sourceText = try row.string("source")
            let source = sourceText.isEmpty ? nil : ProgramTotal.Source(rawValue: sourceText)
            if !sourceText.isEmpty, source == nil { throw row.bad("source", sourceText) }
            guard let amount = try row.amount("amount") else { throw row.bad("amount", "") }
            totalsByProgram[try row.required("program_id"), default: []].append(
                ProgramTotal(measure: measure, economicCode: code, source: source, amount: amount))
        }

        try checkReferences(values.rows, column: "indicator_id", known: Set(indicators.rows.compactMap { $0["indicator_id"] }))
        try checkReferences(costs.rows, column: "activity_id", known: Set(activities.rows.compactMap { $0["activity_id"] }))
        let goalIDs = Set(goals.rows.compactMap { $0["goal_id"] })
        try checkReferences(indicators.rows, column: "goal_id", known: goalIDs)
        try checkReferences(activities.rows, column: "goal_id", known: goalIDs)
        let programIDs = Set(programs.rows.compactMap { $0["program_id"] })
        try checkReferences(goals.rows, column: "program_id", known: programIDs)
        try checkReferences(totals.rows, column: "program_id", known: programIDs)

        var out: [Program] = []
        for row in programs.rows {
            let id = try row.required("program_id")
            out.append(Program(id: id, administration: try row.string("administration"), year: try row.int("year"),
                               sourceFile: try row.string("source_file"), sourceSHA256: try row.string("source_sha256"),
                               pageCount: try row.optionalInt("pages") ?? 0,
                               goals: (goalsByProgram[id] ?? []).sorted { $0.no < $1.no },
                               totals: totalsByProgram[id] ?? [], statedCounts: statedCounts[id] ?? []))
        }
        return out.sorted { $0.id < $1.id }
    }

    /// The program-wide stated counts from checks.csv, in its order (the document's): the
    /// rows of `goal_count` / `activity_count` whose detail says they count the whole
    /// program. No checks.csv (a gold dataset), or one without `detail`, gives none.
    private static func statedCountsByProgram(_ directory: URL) throws(DatasetReadError) -> [String: [StatedCount]] {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(DatasetTables.checks.fileName).path)
        else { return [:] }
        var out: [String: [StatedCount]] = [:]
        for row in try Table.load(directory, DatasetTables.checks).rows {
            let check = try row.string("check"), detail = try row.string("detail")
            guard let kind = [StatedCount.Kind.goals, .activities].first(where: { $0.checkName == check && $0.programWideDetail == detail }),
                  let id = row["program_id"], id == row["subject"] else { continue }
            let expected = try row.string("expected")
            guard let count = Int(expected) else { throw row.bad("expected", expected) }
            out[id, default: []].append(StatedCount(kind: kind, count: count, page: try row.optionalInt("page") ?? 0))
        }
        return out
    }

    private static func checkReferences(_ rows: [Row], column: String, known: Set<String>) throws(DatasetReadError) {
        for row in rows {
            let v = try row.required(column)
            guard known.contains(v) else { throw .danglingReference(file: row.file, line: row.line, column: column, value: v) }
        }
    }

    /// One CSV file, its rows addressed by column name.
    private struct Table {
        var rows: [Row]

        static func load(_ directory: URL, _ schema: TableSchema) throws(DatasetReadError) -> Table {
            let url = directory.appendingPathComponent(schema.fileName)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .unreadable(file: url.path, reason: FileManager.default.fileExists(atPath: url.path) ? "not UTF-8 text" : "no such file")
            }
            let records = CSVCodec.decode(text)
            guard let header = records.first else { throw .missingColumn(file: url.path, column: schema.header.first ?? "") }
            var index: [String: Int] = [:]
            for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
            for column in schema.columns where column.required && index[column.name] == nil {
                throw .missingColumn(file: url.path, column: column.name)
            }
            let rows = records.dropFirst().enumerated().compactMap { offset, fields -> Row? in
                // A blank line (one empty field) is not a row.
                if fields.count == 1, fields[0].isEmpty { return nil }
                return Row(file: url.path, line: offset + 2, fields: fields, index: index)
            }
            return Table(rows: rows)
        }
    }

    private struct Row {
        var file: String
        var line: Int
        var fields: [String]
        var index: [String: Int]

        /// The field, or nil when the column is absent from the file or the row is short.
        subscript(_ column: String) -> String? {
            guard let i = index[column], i < fields.count else { return nil }
            return fields[i]
        }

        func bad(_ column: String, _ value: String) -> DatasetReadError {
            .badValue(file: file, line: line, column: column, value: value)
        }

        func string(_ column: String) throws(DatasetReadError) -> String { self[column] ?? "" }

        func required(_ column: String) throws(DatasetReadError) -> String {
            guard let v = self[column], !v.isEmpty else { throw bad(column, "") }
            return v
        }

        func int(_ column: String) throws(DatasetReadError) -> Int {
            let v = try required(column)
            guard let n = Int(v) else { throw bad(column, v) }
            return n
        }

        func optionalInt(_ column: String) throws(DatasetReadError) -> Int? {
            guard let v = self[column], !v.isEmpty else { return nil }
            guard let n = Int(v) else { throw bad(column, v) }
            return n
        }

        func amount(_ column: String) throws(DatasetReadError) -> Amount? {
            guard let v = self[column], !v.isEmpty else { return nil }
            guard let a = Amount(canonical: v) else { throw bad(column, v) }
            return a
        }
    }
}
