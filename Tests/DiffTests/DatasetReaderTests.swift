import Dataset
import DatasetIO
import Foundation
import Testing

@Suite struct DatasetReaderTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func readsTheGoldDataset() throws {
        let programs = try DatasetReader.read(directory: try Fixture.url("kayseri-buyuksehir-belediyesi-2024"))
        #expect(programs.count == 1)
        let p = try #require(programs.first)
        #expect(p.id == "kayseri-buyuksehir-belediyesi-2024")
        #expect(p.administration == "Kayseri Büyükşehir Belediyesi")
        #expect(p.year == 2024)
        #expect(p.goals.count == 51)
        #expect(p.goals.flatMap(\.indicators).count == 200)
        #expect(p.goals.flatMap(\.indicators).flatMap(\.values).count == 600)
        #expect(p.goals.flatMap(\.activities).count == 154)
        #expect(p.goals.flatMap(\.activities).flatMap(\.costs).count == 204)
        #expect(p.totals.count == 46)
        let first = try #require(p.goals.first?.activities.first)
        #expect(first.name == "Revizyon nazım imar planları yapmak.")
        #expect(first.total == Amount(canonical: "5500000.00"))
        #expect(first.page == nil)
    }

    /// Reading and writing again gives the gold's own bytes (programs.csv aside, whose
    /// PDF-derived fields the gold leaves empty and the writer fills) in the gold's (v1)
    /// columns; v1.1 appends columns (activities.unit_id) after them.
    @Test func roundTripsThroughTheWriter() throws {
        let source = try Fixture.url("kayseri-buyuksehir-belediyesi-2025")
        let programs = try DatasetReader.read(directory: source)
        let out = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        try CSVDatasetWriter.write(programs: programs, checks: [], to: out)
        for table in DatasetTables.all where !["programs", "checks", "units"].contains(table.name) {
            let gold = CSVCodec.decode(try String(contentsOf: source.appendingPathComponent(table.fileName), encoding: .utf8))
            let ours = CSVCodec.decode(try String(contentsOf: out.appendingPathComponent(table.fileName), encoding: .utf8))
            let v1 = gold.first ?? []
            #expect(Array((ours.first ?? []).prefix(v1.count)) == v1, "\(table.fileName): v1 columns first, in order")
            #expect(ours.map { Array($0.prefix(v1.count)) } == gold, "\(table.fileName)")
        }
        #expect(try DatasetReader.read(directory: out) == programs)
    }

    @Test func aMissingTableIsAnErrorNamingTheFile() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("program_id,administration,year\nx-2024,X,2024\n".utf8).write(to: dir.appendingPathComponent("programs.csv"))
        #expect(throws: DatasetReadError.unreadable(file: dir.appendingPathComponent("goals.csv").path, reason: "no such file")) {
            try DatasetReader.read(directory: dir)
        }
    }

    @Test func aBadAmountNamesFileLineAndColumn() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try Fixture.url("kayseri-buyuksehir-belediyesi-2024")
        for table in DatasetTables.all where !["checks", "units"].contains(table.name) {   // the gold is v1
            try FileManager.default.copyItem(at: source.appendingPathComponent(table.fileName), to: dir.appendingPathComponent(table.fileName))
        }
        let file = dir.appendingPathComponent("activities.csv")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: ",5500000.00,0.00,5500000.00,", with: ",5.500.000,0.00,5500000.00,")
        try FileManager.default.removeItem(at: file)
        try Data(text.utf8).write(to: file)
        #expect(throws: DatasetReadError.badValue(file: file.path, line: 2, column: "budget", value: "5.500.000")) {
            try DatasetReader.read(directory: dir)
        }
    }

    @Test func aRowOfAnUnknownGoalIsADanglingReference() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty: [String: String] = [
            "programs": "program_id,administration,year\nx-2024,X,2024\n",
            "goals": "program_id,goal_id,goal_no\nx-2024,x-2024/G1,1\n",
            "indicators": "program_id,indicator_id,goal_id,indicator_no\nx-2024,x-2024/G9/I1,x-2024/G9,1\n",
            "indicator_values": "program_id,indicator_id,year,kind\n",
            "activities": "program_id,activity_id,goal_id,activity_no\n",
            "activity_costs": "program_id,activity_id,economic_code,source,amount\n",
            "program_totals": "program_id,measure,amount\n",
        ]
        for (name, text) in empty { try Data(text.utf8).write(to: dir.appendingPathComponent(name + ".csv")) }
        #expect(throws: DatasetReadError.danglingReference(file: dir.appendingPathComponent("indicators.csv").path, line: 2,
                                                          column: "goal_id", value: "x-2024/G9")) {
            try DatasetReader.read(directory: dir)
        }
    }
}
