import Dataset
@testable import DatasetIO
import Foundation
import Testing

/// The SQLite view `function_totals` on the three samples' gold datasets: each program's
/// activities by the level-1 function of their unit, with shares.
@Suite struct FunctionTotalsViewTests {
    static func query(_ sql: String) throws -> [[String]] {
        let programs = try UnitFixtures.samplePrograms.map(UnitFixtures.goldProgram)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-function-totals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dataset.sqlite")
        try SQLiteDatasetWriter.write(programs: programs, checks: [], to: file)
        let db = try SQLiteConnection(creating: file.path)
        defer { db.close() }
        return try db.query(sql).map { $0.map { $0 ?? "NULL" } }
    }

    @Test func totalsByFunctionMatchTheActivitiesAndTheirUnits() throws {
        let rows = try Self.query("SELECT program_id, function_code, function_name, budget, off_budget, total, share_pct FROM function_totals")
        for id in UnitFixtures.samplePrograms {
            // The same sums, computed here from the model and the lexicon.
            let program = try UnitFixtures.goldProgram(id)
            let units = ProgramUnits(program)
            var expected: [String: Int64] = [:]
            var all: Int64 = 0
            for activity in program.goals.flatMap(\.activities) {
                let function = units.unit(printed: activity.responsibleUnit)
                    .flatMap { UnitClassifier.standard.classify($0.canonicalName).function?.level1.code } ?? ""
                expected[function, default: 0] += activity.total?.kurus ?? 0
                all += activity.total?.kurus ?? 0
            }
            let mine = rows.filter { $0[0] == id }
            #expect(mine.map { $0[1] } == expected.keys.sorted { ($0.isEmpty ? "99" : $0) < ($1.isEmpty ? "99" : $1) },
                    "functions of \(id), unclassified last")
            for row in mine {
                #expect(row[5] == Amount(kurus: expected[row[1]] ?? -1).description, "\(id) \(row[1])")
                let share = (Double(expected[row[1]] ?? 0) * 1000 / Double(all)).rounded() / 10
                #expect(Double(row[6]) == share, "\(id) \(row[1]) share")
                #expect(row[2] == (row[1].isEmpty ? "unclassified" : FunctionalClass(code: row[1])?.name), "\(row[1])")
            }
            let shares = mine.compactMap { Double($0[6]) }.reduce(0, +)
            #expect(abs(shares - 100) <= 0.5, "\(id): shares add up to \(shares)")
        }
        // Figures an analyst reads off the samples.
        #expect(rows.contains(["kayseri-buyuksehir-belediyesi-2024", "04", "Ekonomik İşler ve Hizmetler",
                               "2320000000.00", "0.00", "2320000000.00", "28.9"]))
        #expect(rows.contains(["balikesir-buyuksehir-belediyesi-2024", "", "unclassified",
                               "2924000000.00", "0.00", "2929000000.00", "29.7"]))
        #expect(rows.contains(["kayseri-buyuksehir-belediyesi-2025", "03", "Kamu Düzeni ve Güvenlik Hizmetleri",
                               "19428000.00", "0.00", "19428000.00", "0.2"]))
    }

    /// The demo's comparison: one function's share in every program, one query.
    @Test func comparingMunicipalitiesByFunctionIsOneQuery() throws {
        let rows = try Self.query("""
            SELECT p.administration, p.year, f.share_pct FROM function_totals f
            JOIN programs p ON p.program_id = f.program_id WHERE f.function_code = '01' ORDER BY p.program_id
            """)
        #expect(rows == [["Balıkesir Büyükşehir Belediyesi", "2024", "23.3"], ["Kayseri Büyükşehir Belediyesi", "2024", "33.9"],
                         ["Kayseri Büyükşehir Belediyesi", "2025", "33.9"]])
    }
}
