import Extraction
import Foundation
import Inspection
import Recognition
import Testing

@Suite struct TableDumpTests {
    /// Pages that show the situations the dump must make plain.
    struct Case: CustomTestStringConvertible, Sendable {
        var document: String
        var page: Int
        var situation: String
        var golden: String { "\(document)-p\(page)-tables.txt" }
        var testDescription: String { "\(document) p\(page): \(situation)" }
    }

    static let cases: [Case] = [
        Case(document: "kayseri", page: 35, situation: "a goal table"),
        Case(document: "kayseri", page: 36, situation: "cost tables and a goal table continued from page 35"),
        Case(document: "balikesir", page: 37, situation: "goal tables with per-goal cost tables"),
        Case(document: "balikesir", page: 21, situation: "a landscape page with a table no reader takes"),
    ]

    @Test(arguments: cases)
    func matchesItsGoldenDump(_ c: Case) throws {
        let dump = try SampleInspections.inspection(c.document).tableDump(page: c.page)
        try GoldenFile.check(dump, against: c.golden)
    }

    @Test func aGoalTableShowsItsKindReasonAndCells() throws {
        let dump = try SampleInspections.inspection("kayseri").tableDump(page: 35)
        #expect(dump.contains("table 1: goal table, pages 35-36 (continues to page 36), ruled"))
        #expect(dump.contains("reason: title 'PERFORMANS HEDEFİ TABLOSU' (page 35) then header"))
        #expect(dump.contains("| 77.572 "))
    }

    @Test func aContinuedTableNamesThePageItStartedOn() throws {
        let dump = try SampleInspections.inspection("kayseri").tableDump(page: 36)
        #expect(dump.contains("table 1: goal table, pages 35-36 (continued from page 35), ruled"))
        #expect(dump.contains("table 2: cost table, page 36, ruled"))
        #expect(dump.contains("| Genel Toplam "))
    }

    @Test func rowsOutsideEveryTableAreListedAsIgnored() throws {
        let dump = try SampleInspections.inspection("balikesir").tableDump(page: 37)
        // The aim (A1) and goal (H1.1) headings before the page's first table, then H1.2.
        #expect(dump.contains("ignored 1: 4 rows"))
        #expect(dump.contains("reason: no table title before these rows; 2 read as goal headings"))
        #expect(dump.contains("ignored 2: 1 row"))
    }

    @Test func aLandscapePageIsDumpedInItsOwnSize() throws {
        let dump = try SampleInspections.inspection("balikesir").tableDump(page: 21)
        #expect(dump.hasPrefix("balikesir-2024.pdf page 21: 841.9 × 595.3 pt"))
    }

    /// The trace only watches: the program recognised with it is the one recognised without.
    @Test func tracingLeavesTheResultUnchanged() throws {
        let inspection = try SampleInspections.inspection("kayseri")
        var trace = RecognitionTrace()
        let traced = ProgramRecognizer.recognize(pages: inspection.pages, title: inspection.title, trace: &trace)
        let plain = ProgramRecognizer.recognize(pages: inspection.pages, title: inspection.title)
        #expect(!trace.tables.isEmpty)
        #expect(traced.program(administration: "x", year: 2024) == plain.program(administration: "x", year: 2024))
        #expect(traced.diagnostics == plain.diagnostics)
        #expect(traced.administration == plain.administration)
    }

    @Test func aPageOutOfRangeNamesTheFile() throws {
        let inspection = try SampleInspections.inspection("kayseri")
        #expect(throws: ExtractionError.pageOutOfRange(path: SampleInspections.kayseriPath, page: 999, pageCount: 136)) {
            try inspection.tableDump(page: 999)
        }
    }
}
