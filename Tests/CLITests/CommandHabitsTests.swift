import Foundation
import Testing

/// Habits from pdftotext and sqlite3: `help COMMAND`, options named as typed, page ranges,
/// `-` for stdout, machine formats for check and the recognised tables.
@Suite struct CommandHabitsTests {
    let run = PerfprogBinary.run

    @Test func helpCommandIsTheCommandsOwnHelp() throws {
        let a = try run(["help", "build"]), b = try run(["build", "--help"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("--passwords FILE"))
        #expect(try run(["help", "frobnicate"]).status == 2)
    }

    @Test func aBadJobCountIsNamedAsTyped() throws {
        let r = try run(["text", PerfprogBinary.sample("kayseri-2024.pdf"), "-j", "abc"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("-j expects a whole number, got 'abc'"), "\(r.stderr)")
        #expect(!r.stderr.contains("--j"))
    }

    @Test func wordsTakeAPageRange() throws {
        let r = try run(["words", PerfprogBinary.sample("kayseri-2024.pdf"), "--page", "2-3"])
        #expect(r.status == 0, "\(r.stderr)")
        let pages = r.stdout.split(separator: "\n").filter { $0.contains("\"kind\":\"page\"") }
        #expect(pages.count == 2)
    }

    @Test func inspectExportsTheRecognisedTablesAsCSVAndJSON() throws {
        let sample = PerfprogBinary.sample("balikesir-2024.pdf")
        let csv = try run(["inspect", sample, "--page", "37-38", "--tables", "--format", "csv", "--quiet"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "page,table,kind,grid,row,column,column_title,text")
        #expect(lines.contains { $0.hasPrefix("37,1,goal table,") })
        #expect(lines.contains { $0.hasPrefix("38,") })
        #expect(csv.stderr.isEmpty, "--quiet: \(csv.stderr)")
        let json = try run(["inspect", sample, "--page", "37", "--tables", "--format", "json"])
        #expect(json.status == 0)
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(tables.first?["kind"] as? String == "goal table")
        #expect(((tables.first?["grids"] as? [[String: Any]])?.first?["rows"] as? [[String]])?.isEmpty == false)
        // Not quiet, not a terminal: plain progress lines on stderr.
        #expect(json.stderr.contains("perfprog inspect: reading"))
    }

    @Test func inspectWritesOnePagePictureToStdout() throws {
        let r = try run(["inspect", PerfprogBinary.sample("kayseri-2024.pdf"), "--page", "2", "--png", "-", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        // The PNG signature (its first byte is not UTF-8, so the text shows a replacement).
        #expect(r.stdout.dropFirst().hasPrefix("PNG\r\n"))
    }

    @Test func checkSpeaksJSON() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-checkjson-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let extract = try run(["extract", PerfprogBinary.sample("kayseri-2025.pdf"), "--out", dir.path])
        #expect(extract.status == 0)
        #expect(extract.stderr.contains("wrote \(dir.path)"))
        let r = try run(["check", dir.path, "--format", "json"])
        #expect(r.status == 0 || r.status == 3)
        let programs = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(programs.first?["program_id"] as? String == "kayseri-buyuksehir-belediyesi-2025")
        let results = try #require(programs.first?["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        // Canonical numbers, as checks.csv has them.
        #expect(results.allSatisfy { ($0["expected"] as? String)?.contains(",") == false })
        #expect(try run(["check", dir.path, "--format", "yaml"]).status == 2)
    }

    @Test func outDashIsNotADirectory() throws {
        let r = try run(["extract", PerfprogBinary.sample("kayseri-2024.pdf"), "--out", "-"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--out takes a directory"))
    }
}
