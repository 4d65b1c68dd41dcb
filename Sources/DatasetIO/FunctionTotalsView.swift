import Dataset

/// The SQLite view `function_totals` (contract v1.1): each program's activities summed by
/// the level-1 function of their responsible unit, so that comparing municipalities by
/// what they spend on is one query. Activities whose unit has no function (or that name no
/// unit) are one row with an empty function_code, named `unclassified`, listed last. Amounts
/// are exact (summed in kuruş, written like the contract's amounts, with `total_kurus` after
/// the contract's columns for arithmetic); `share_pct` is the total's share of the program's
/// activities total, one decimal.
enum FunctionTotalsView {
    static let name = "function_totals"
    static let requiredTables = ["activities", "units"]
    static let unclassifiedName = "unclassified"

    static var createStatement: String {
        let names = FunctionalClass.level1Classes.map { "WHEN '\($0.code)' THEN '\($0.name)'" }.joined(separator: " ")
        func amount(_ kurus: String) -> String {
            "printf('%s%d.%02d', CASE WHEN \(kurus) < 0 THEN '-' ELSE '' END, abs(\(kurus)) / 100, abs(\(kurus)) % 100)"
        }
        return """
        CREATE VIEW "\(name)" AS
        WITH unit_function AS (
          SELECT DISTINCT unit_id, substr(function_code, 1, 2) AS function_code FROM units
        ),
        by_function AS (
          SELECT a.program_id, COALESCE(f.function_code, '') AS function_code,
                 COALESCE(SUM(a.budget_kurus), 0) AS budget_kurus,
                 COALESCE(SUM(a.off_budget_kurus), 0) AS off_budget_kurus,
                 COALESCE(SUM(a.total_kurus), 0) AS total_kurus
          FROM activities a LEFT JOIN unit_function f ON f.unit_id = a.unit_id
          GROUP BY a.program_id, COALESCE(f.function_code, '')
        ),
        program_total AS (
          SELECT program_id, SUM(total_kurus) AS total_kurus FROM by_function GROUP BY program_id
        )
        SELECT b.program_id, b.function_code,
               CASE b.function_code \(names) ELSE '\(unclassifiedName)' END AS function_name,
               \(amount("b.budget_kurus")) AS budget,
               \(amount("b.off_budget_kurus")) AS off_budget,
               \(amount("b.total_kurus")) AS total,
               CASE WHEN p.total_kurus = 0 THEN NULL ELSE round(100.0 * b.total_kurus / p.total_kurus, 1) END AS share_pct,
               b.total_kurus
        FROM by_function b JOIN program_total p ON p.program_id = b.program_id
        ORDER BY b.program_id, b.function_code = '', b.function_code;
        """
    }
}
