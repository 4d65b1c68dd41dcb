import Dataset
import DatasetIO
import Foundation
import Testing

@Suite struct DatapackageWriterTests {
    private func resources() throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: try DatapackageWriter.data()) as? [String: Any]
        return try #require(json?["resources"] as? [[String: Any]])
    }

    @Test func describesEveryTableWithTypesAndKeys() throws {
        let resources = try resources()
        #expect(resources.map { $0["name"] as? String } == DatasetTables.all.map(\.name))
        #expect(resources.map { $0["path"] as? String } == DatasetTables.all.map(\.fileName))

        let values = try #require(resources.first { $0["name"] as? String == "indicator_values" })
        let schema = try #require(values["schema"] as? [String: Any])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String } == DatasetTables.indicatorValues.header)
        #expect(fields.map { $0["type"] as? String } == ["string", "string", "integer", "string", "number", "string"])
        #expect(schema["primaryKey"] as? [String] == ["indicator_id", "year", "kind"])
        let keys = try #require(schema["foreignKeys"] as? [[String: Any]])
        #expect(keys.count == 2)
        let reference = keys.last?["reference"] as? [String: Any]
        #expect(reference?["resource"] as? String == "indicators")
        #expect(reference?["fields"] as? [String] == ["indicator_id"])

        let activities = try #require(resources.first { $0["name"] as? String == "activities" })
        let activityFields = try #require((activities["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        let budget = try #require(activityFields.first { $0["name"] as? String == "budget" })
        #expect(budget["type"] as? String == "number")
        let required = activityFields.filter { ($0["constraints"] as? [String: Any])?["required"] as? Bool == true }
        #expect(required.map { $0["name"] as? String } == ["program_id", "activity_id", "goal_id", "activity_no"])
    }

    /// Contract v1.1: units.csv is a resource, and activities.unit_id comes after the v1 columns.
    @Test func describesTheUnitsTableOfVersionOnePointOne() throws {
        let json = try JSONSerialization.jsonObject(with: try DatapackageWriter.data()) as? [String: Any]
        #expect(json?["version"] as? String == "1.1")
        let resources = try resources()
        let units = try #require(resources.first { $0["name"] as? String == "units" })
        let schema = try #require(units["schema"] as? [String: Any])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String } == ["program_id", "unit_id", "name", "canonical_name", "function_code",
                                                         "function_name", "rule"])
        #expect(schema["primaryKey"] as? [String] == ["unit_id", "name"])
        let activities = try #require(resources.first { $0["name"] as? String == "activities" })
        let activityFields = try #require((activities["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(activityFields.last?["name"] as? String == "unit_id")
        #expect(activityFields.count == 13)
    }

    @Test func sameTablesGiveTheSameBytes() throws {
        #expect(try DatapackageWriter.data() == DatapackageWriter.data())
    }

    static let frictionless = executableOnPath("frictionless")

    /// Writes a whole dataset of hand-built programs and has Frictionless validate it; then
    /// breaks a primary key and a foreign key, which it must reject.
    @Test(.enabled(if: frictionless != nil, "frictionless is not installed (pip install frictionless); scripts/test installs it"))
    func frictionlessValidatesTheWrittenDatasetAndRejectsABrokenOne() throws {
        let tool = try #require(Self.frictionless)
        let dir = try TemporaryDirectory("datapackage")
        let a = SamplePrograms.program(administration: "Örnek Belediyesi")
        let b = SamplePrograms.program(administration: "Başka Belediyesi", year: 2025)
        try CSVDatasetWriter.write(programs: [a, b], checks: SamplePrograms.checks(for: a) + SamplePrograms.checks(for: b),
                                   to: dir.url)
        try DatapackageWriter.write(to: dir.url)
        let package = dir.path("datapackage.json").path
        let valid = try runTool(tool, ["validate", package])
        #expect(valid.status == 0, "\(valid.output)")

        let goals = dir.path("goals.csv")
        var text = try String(contentsOf: goals, encoding: .utf8)
        let firstRow = text.split(separator: "\n")[1]
        text += firstRow + "\n"                                               // a duplicate goal_id
        text += firstRow.replacingOccurrences(of: "belediyesi-20", with: "nowhere-20") + "\n"
        try Data(text.utf8).write(to: goals)
        let broken = try runTool(tool, ["validate", package])
        #expect(broken.status != 0)
        #expect(broken.output.contains("primary-key"))
        #expect(broken.output.contains("foreign-key"))
    }
}
