@testable import Batch
import DatasetIO
import Foundation
import Testing

/// `build --unit-functions FILE`: the analyst's overrides reach units.csv and the SQLite
/// view; a bad file stops the build before anything is written.
@Suite struct UnitFunctionsBuildTests {
    typealias Setup = DatasetBuildTests.Setup

    @Test func overridesAreRecordedInUnitsAndFunctionTotals() throws {
        let s = try Setup("unit-functions")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        let file = s.dir.path("our-units.tsv")
        try Data("# ours\nFen İşleri\t04.5\troads here\n".utf8).write(to: file)
        var options = s.options()
        options.unitFunctions = file
        let report = try DatasetBuild.run(options)
        #expect(report.allSucceeded)
        let units = CSVCodec.decode(try String(contentsOf: s.output.appendingPathComponent("units.csv"), encoding: .utf8))
        #expect(units.dropFirst().map { Array($0[2...]) } == [["Fen İşleri Dairesi Başkanlığı", "Fen İşleri Dairesi Başkanlığı",
                                                               "04.5", "Ulaştırma Hizmetleri", "override:our-units.tsv"]])
        if let sqlite3 = executableOnPath("sqlite3") {
            let totals = try runTool(sqlite3, [s.output.appendingPathComponent("dataset.sqlite").path,
                                               "SELECT function_code, total, share_pct FROM function_totals"])
            #expect(totals.output == "04|11000000.00|100.0\n")
        }
        // Without the file, the lexicon leaves Fen İşleri unclassified.
        let plain = try DatasetBuild.run(s.options(output: s.dir.path("plain/dataset")))
        #expect(plain.allSucceeded)
        let lexicon = try String(contentsOf: s.dir.path("plain/dataset/units.csv"), encoding: .utf8)
        #expect(lexicon.hasSuffix(",Fen İşleri Dairesi Başkanlığı,Fen İşleri Dairesi Başkanlığı,,,lexicon:Fen İşleri\n"))
    }

    @Test func aBadOverrideFileIsAUsageErrorNamingTheLine() throws {
        let s = try Setup("unit-functions-bad")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        let file = s.dir.path("bad.tsv")
        try Data("Fen İşleri\t4.5\n".utf8).write(to: file)
        var options = s.options()
        options.unitFunctions = file
        #expect {
            _ = try DatasetBuild.run(options)
        } throws: { error in
            String(describing: error).contains("\(file.path):1: unknown function code '4.5'")
        }
        #expect(!FileManager.default.fileExists(atPath: s.output.path))
    }
}
