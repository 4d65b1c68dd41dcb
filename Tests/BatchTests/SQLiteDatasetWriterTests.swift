import Dataset
@testable import DatasetIO
import Foundation
import Testing

@Suite struct SQLiteDatasetWriterTests {
    private func written(_ programs: [Program], checks: [CheckResult]) throws -> (SQLiteConnection, TemporaryDirectory) {
        let dir = try TemporaryDirectory("sqlite")
        let file = dir.path("dataset.sqlite")
        try SQLiteDatasetWriter.write(programs: programs, checks: checks, to: file)
        return (try SQLiteConnection(creating: file.path), dir)
    }

    @Test func everyTableHoldsTheCSVRowsWithTypedColumns() throws {
        let a = SamplePrograms.program(administration: "Örnek Belediyesi")
        let b = SamplePrograms.program(administration: "Başka Belediyesi", goals: 3)
        let checks = SamplePrograms.checks(for: a) + SamplePrograms.checks(for: b)
        let (db, dir) = try written([a, b], checks: checks)
        defer { withExtendedLifetime(dir) {} }

        for table in DatasetTables.all {
            let expected = [b, a].flatMap { DatasetTables.rows(table, program: $0, checks: checks) }
            let names = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
            let rows = try db.query("SELECT \(names) FROM \"\(table.name)\" ORDER BY rowid")
            // Same cells in the same order; empty numbers are NULL, empty strings stay empty.
            #expect(rows.map { $0.map { $0 ?? "" } } == expected, "table \(table.name)")
        }
        #expect(try db.query("SELECT typeof(year), typeof(pages) FROM programs LIMIT 1") == [["integer", "integer"]])
        #expect(try db.query("SELECT typeof(budget), budget, budget_kurus FROM activities LIMIT 1")
                == [["text", "5500000.00", "550000000"]])
        #expect(try db.query("SELECT amount_kurus FROM program_totals WHERE economic_code = '06'") == [["-12345"], ["-12345"]])
        #expect(try db.query("SELECT count(*) FROM indicator_values WHERE value IS NULL") == [["5"]])
        #expect(try db.query("SELECT count(*) FROM indicators WHERE page IS NULL") == [["5"]])
        #expect(try db.query("SELECT typeof(economic_code) FROM program_totals WHERE measure = 'total'") == [["text"], ["text"]])
        #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
    }

    @Test func indexesCoverTheIdsAndKeys() throws {
        let (db, dir) = try written([SamplePrograms.program()], checks: [])
        defer { withExtendedLifetime(dir) {} }
        let indexes = Set(try db.query("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
            .compactMap { $0.first ?? nil })
        #expect(indexes.isSuperset(of: ["goals_program_id", "indicators_goal_id", "activities_goal_id", "checks_program_id",
                                        "indicator_values_program_id", "activity_costs_program_id"]))
        let fks = try db.query("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('indicator_values')")
        #expect(Set(fks.map { $0.map { $0 ?? "" } }) == [["programs", "program_id", "program_id"],
                                                         ["indicators", "indicator_id", "indicator_id"]])
    }

    @Test func amountsAndNumbersMustBeCanonical() throws {
        let (db, dir) = try written([SamplePrograms.program()], checks: [])
        defer { withExtendedLifetime(dir) {} }
        let id = SamplePrograms.program().id
        for bad in ["5.500.000,00", "1.5", "abc", "1..00", "--1.00"] {
            #expect(throws: SQLiteError.self, "amount \(bad)") {
                try db.execute("INSERT INTO program_totals (program_id, measure, economic_code, source, amount) "
                               + "VALUES ('\(id)', 'personnel', '', '', '\(bad)')")
            }
        }
        try db.execute("INSERT INTO program_totals (program_id, measure, economic_code, source, amount) "
                       + "VALUES ('\(id)', 'personnel', '', '', '-0.50')")
        #expect(throws: SQLiteError.self) {
            try db.execute("INSERT INTO programs (program_id, administration, year) VALUES ('x', 'X', 'iki bin')")
        }
        // Declared foreign keys hold for any reader that turns enforcement on.
        try db.execute("PRAGMA foreign_keys = ON")
        #expect(throws: SQLiteError.self) {
            try db.execute("INSERT INTO goals (program_id, goal_id, goal_no) VALUES ('no-such-program', 'g', 1)")
        }
    }

    @Test(.enabled(if: executableOnPath("sqlite3") != nil, "the sqlite3 command-line tool is not installed"))
    func dumpIsByteIdenticalWhateverTheOrderProgramsArrive() throws {
        let a = SamplePrograms.program(administration: "Örnek Belediyesi")
        let b = SamplePrograms.program(administration: "Başka Belediyesi")
        let checks = SamplePrograms.checks(for: a) + SamplePrograms.checks(for: b)
        let dir = try TemporaryDirectory("sqlite-dump")
        try SQLiteDatasetWriter.write(programs: [a, b], checks: checks, to: dir.path("1.sqlite"))
        try SQLiteDatasetWriter.write(programs: [b, a], checks: checks, to: dir.path("2.sqlite"))
        let sqlite3 = try #require(executableOnPath("sqlite3"))
        let one = try runTool(sqlite3, [dir.path("1.sqlite").path, ".dump"])
        let two = try runTool(sqlite3, [dir.path("2.sqlite").path, ".dump"])
        #expect(one.status == 0)
        #expect(one.output.contains("INSERT INTO activities"))
        #expect(one.output == two.output)
    }
}
