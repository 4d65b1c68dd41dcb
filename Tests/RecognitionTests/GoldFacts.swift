import DatasetIO
import Foundation

/// One fact as the corpus scorer (score.py) counts it: a field of a row, the row keyed by
/// what the document prints (goal codes, positions), so generated ids may differ.
struct Fact: Hashable, Comparable, CustomStringConvertible {
    var table: String
    var key: [String]
    var field: String

    static func < (l: Fact, r: Fact) -> Bool {
        (l.table, l.key.joined(separator: "/"), l.field) < (r.table, r.key.joined(separator: "/"), r.field)
    }
    var description: String { "\(table) \(key.joined(separator: "/")) \(field)" }
}

/// The port of score.py's `facts` and `norm`: which fields count, how rows are keyed and
/// how values compare in strict mode (whitespace collapsed; amounts and numbers made
/// canonical). Page columns and the PDF-derived fields of programs.csv are not facts.
enum GoldFacts {
    /// The tables in the scorer's order.
    static let tables = ["goals", "indicators", "indicator_values", "activities", "activity_costs", "program_totals"]
    static let amountFields: Set<String> = ["budget", "off_budget", "total", "amount"]
    static let numberFields: Set<String> = ["value", "year", "goal_no", "indicator_no", "activity_no", "page"]

    typealias Table = [[String: String]]

    /// A directory's CSV tables as rows of named fields.
    static func read(directory: URL) throws -> [String: Table] {
        var out: [String: Table] = [:]
        for name in tables + ["programs"] {
            let url = directory.appendingPathComponent(name + ".csv")
            guard FileManager.default.fileExists(atPath: url.path) else { out[name] = []; continue }
            let rows = CSVCodec.decode(try String(contentsOf: url, encoding: .utf8))
            guard let header = rows.first else { out[name] = []; continue }
            out[name] = rows.dropFirst().map { row in
                Dictionary(uniqueKeysWithValues: zip(header, row + Array(repeating: "", count: max(0, header.count - row.count))))
            }
        }
        return out
    }

    static func facts(_ data: [String: Table], programID: String) -> [Fact: String] {
        func rows(_ t: String) -> Table { (data[t] ?? []).filter { $0["program_id"] == programID } }
        var out: [Fact: String] = [:]
        let goals = rows("goals")
        var goalCode: [String: String] = [:]
        for g in goals { goalCode[g["goal_id", default: ""]] = ws(g["goal_code"]) }
        for g in goals {
            for f in ["goal_no", "title", "aim_code", "aim_title", "target_code", "target_title"] {
                out[Fact(table: "goals", key: [ws(g["goal_code"])], field: f)] = g[f, default: ""]
            }
        }
        var indicatorKey: [String: [String]] = [:]
        for i in rows("indicators") {
            let k = [goalCode[i["goal_id", default: ""]] ?? "?", ws(i["indicator_no"])]
            indicatorKey[i["indicator_id", default: ""]] = k
            for f in ["indicator_code", "name", "unit"] { out[Fact(table: "indicators", key: k, field: f)] = i[f, default: ""] }
        }
        for v in rows("indicator_values") {
            let k = (indicatorKey[v["indicator_id", default: ""]] ?? ["?"]) + [ws(v["year"]), ws(v["kind"])]
            for f in ["value", "raw"] { out[Fact(table: "indicator_values", key: k, field: f)] = v[f, default: ""] }
        }
        var activityKey: [String: [String]] = [:]
        for a in rows("activities") {
            let k = [goalCode[a["goal_id", default: ""]] ?? "?", ws(a["activity_no"])]
            activityKey[a["activity_id", default: ""]] = k
            for f in ["activity_code", "name", "responsible_unit", "budget", "off_budget", "total", "description"] {
                out[Fact(table: "activities", key: k, field: f)] = a[f, default: ""]
            }
        }
        for c in rows("activity_costs") {
            let k = (activityKey[c["activity_id", default: ""]] ?? ["?"]) + [ws(c["economic_code"]), ws(c["source"])]
            out[Fact(table: "activity_costs", key: k, field: "amount")] = c["amount", default: ""]
        }
        for t in rows("program_totals") {
            let k = [ws(t["measure"]), ws(t["economic_code"]), ws(t["source"])]
            out[Fact(table: "program_totals", key: k, field: "amount")] = t["amount", default: ""]
        }
        return out
    }

    /// Whitespace collapsed and trimmed.
    static func ws(_ s: String?) -> String {
        (s ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// score.py's strict `norm`.
    static func normalized(field: String, _ value: String) -> String {
        let s = ws(value)
        if amountFields.contains(field) {
            guard !s.isEmpty, let v = Double(s) else { return s }
            return String(format: "%.2f", (v * 100).rounded() / 100)
        }
        if numberFields.contains(field) {
            guard !s.isEmpty, let v = Double(s) else { return s }
            var t = String(format: "%.6f", v)
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t.removeLast() }
            return t
        }
        return s
    }
}

/// How an output's facts compare with the gold's, table by table.
struct GoldComparison {
    struct Miss: CustomStringConvertible {
        var fact: Fact
        var gold: String
        var got: String?
        var description: String { "MISS \(fact): gold=\"\(GoldFacts.ws(gold))\" got=\(got.map { "\"\(GoldFacts.ws($0))\"" } ?? "<missing>")" }
    }

    var goldCount: [String: Int] = [:]
    var outputCount: [String: Int] = [:]
    var misses: [Miss] = []
    /// Output facts whose key the gold does not have.
    var extras: [Fact] = []

    init(gold: [Fact: String], output: [Fact: String]) {
        for (fact, value) in gold.sorted(by: { $0.key < $1.key }) {
            goldCount[fact.table, default: 0] += 1
            let got = output[fact]
            if got.map({ GoldFacts.normalized(field: fact.field, $0) }) != GoldFacts.normalized(field: fact.field, value) {
                misses.append(Miss(fact: fact, gold: value, got: got))
            }
        }
        for fact in output.keys.sorted() {
            outputCount[fact.table, default: 0] += 1
            if gold[fact] == nil { extras.append(fact) }
        }
    }

    func misses(in table: String) -> [Miss] { misses.filter { $0.fact.table == table } }
    var right: Int { goldCount.values.reduce(0, +) - misses.count }
    var recall: Double { Double(right) / Double(max(1, goldCount.values.reduce(0, +))) }
    var precision: Double { Double(right) / Double(max(1, outputCount.values.reduce(0, +))) }

    /// One line per table: gold facts, output facts, misses.
    var summary: String {
        GoldFacts.tables.map { t in
            "\(t): gold \(goldCount[t, default: 0]) output \(outputCount[t, default: 0]) misses \(misses(in: t).count)"
        }.joined(separator: "\n")
    }
}
