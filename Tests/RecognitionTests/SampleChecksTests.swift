import Dataset
import Testing

/// The document's own arithmetic, checked on the sample programs. Kayseri (2024 and
/// 2025) adds up everywhere; Balıkesir prints real errors, and each must be reported —
/// and nothing else: a mismatch outside this list is a parsing error, not a finding.
@Suite struct SampleChecksTests {
    /// Balıkesir 2024's errors in the source, as (check, subject below the program id,
    /// stated, re-added). Read off the pages named.
    static let balikesirErrors: [(String, String, String, String)] = [
        // H1.4 (G4), p.39: F2 prints 100M + 0 = 105M, and F1's cost codes add to 190M
        // where its cost total and the goal table say 200M / 190M.
        ("activity_row_total", "/G4/F2", "105000000.00", "100000000.00"),
        ("goal_total", "/G4", "290000000.00", "295000000.00"),
        ("activity_cost_total", "/G4/F1", "200000000.00", "190000000.00"),
        ("activity_cost_total", "/G4/F2", "105000000.00", "100000000.00"),
        ("activity_cost_agreement", "/G4/F1", "190000000.00", "200000000.00"),
        ("cost_table_column_total", "/G4", "290000000.00", "305000000.00"),
        // H5.3 (G20), p.59: F5's cost codes 1.3M against a total of 31.3M.
        ("activity_cost_total", "/G20/F5", "31300000.00", "1300000.00"),
        ("activity_cost_agreement", "/G20/F5", "1300000.00", "31300000.00"),
        ("cost_table_column_total", "/G20", "34000000.00", "64000000.00"),
        // H6.3 (G25), p.66: the Genel Toplam row prints 43.9M under both 03 and 06.
        ("cost_table_column_total", "/G25", "43900000.00", "6200000.00"),
        ("cost_table_column_total", "/G25", "43900000.00", "37700000.00"),
        ("cost_table_grand_total", "/G25", "43900000.00", "87800000.00"),
        // H7.1 (G26), p.67: Genel Toplam 166.1M, activities 164.3M.
        ("goal_total", "/G26", "166100000.00", "164300000.00"),
        ("goal_total", "/G26", "166100000.00", "164300000.00"),
        ("cost_table_column_total", "/G26", "166100000.00", "164300000.00"),
        ("cost_table_column_total", "/G26", "166100000.00", "164300000.00"),
        // p.106, per-unit table: the units of H1.4 and H7.1 inherit their goals' errors.
        ("unit_total", "", "290000000.00", "295000000.00"),
        ("unit_total", "", "270000000.00", "268200000.00"),
    ]

    static func key(_ check: String, _ subject: String, _ expected: String, _ actual: String) -> String {
        [check, subject, expected, actual].joined(separator: " ")
    }

    @Test(arguments: [SampleFile.kayseri, .kayseri2025])
    func kayseriAddsUpEverywhere(sample: SampleFile) throws {
        let checks = try SampleExtraction.result(sample).get().checks
        for family in ["activity_row_total", "goal_total", "activity_cost_total", "activity_cost_agreement",
                       "program_total", "goal_count", "activity_count", "share"] {
            #expect(checks.contains { $0.check == family && $0.status == .ok }, "\(sample): no ok \(family) check")
        }
        let notOK = checks.filter { $0.status != .ok }
        #expect(notOK.isEmpty, "\(sample): \(notOK.map { "\($0.status) " + Self.key($0.check, $0.subject, $0.expected, $0.actual) })")
    }

    @Test func balikesirReportsItsSourceErrorsAndNothingElse() throws {
        let checks = try SampleExtraction.result(.balikesir).get().checks
        let id = SampleFile.balikesir.programID
        let found = checks.filter { $0.status == .mismatch }.map { Self.key($0.check, $0.subject, $0.expected, $0.actual) }.sorted()
        let known = Self.balikesirErrors.map { Self.key($0.0, id + $0.1, $0.2, $0.3) }.sorted()
        #expect(found == known, "missed: \(Set(known).subtracting(found).sorted())\nfalse alarms: \(Set(found).subtracting(known).sorted())")
        // The families this document gives figures for all ran (it states no goal count and
        // no shares).
        for family in ["activity_row_total", "goal_total", "activity_cost_total", "cost_table_column_total",
                       "cost_table_grand_total", "program_total", "activity_count", "unit_total"] {
            #expect(checks.contains { $0.check == family && $0.status == .ok }, "no ok \(family) check")
        }
    }
}
