import Extraction
import Foundation
import Inspection
import PageLayout
@testable import Recognition
import Testing

/// `inspect` streams the document as `extract` does and keeps only the pages it shows and
/// their trace: the same output for those pages as from the whole document held in memory,
/// and what it keeps does not grow with the document's length.
@Suite struct BoundedInspectionTests {
    /// Pages of the table-dump cases and others (a cost table, a summary, the last page).
    static let cases: [(document: String, pages: [Int])] = [
        ("kayseri", [35, 36]), ("kayseri", [1, 60, 100, 136]), ("balikesir", [21, 37]), ("balikesir", [5, 80, 126]),
    ]

    static func path(_ document: String) -> String {
        document == "kayseri" ? SampleInspections.kayseriPath : SampleInspections.balikesirPath
    }

    @Test func thePagesShownReadAsInTheWholeDocument() throws {
        for (document, pages) in Self.cases {
            let whole = try SampleInspections.inspection(document)
            let shown = try DocumentInspection(path: Self.path(document), pages: pages, workers: 2)
            #expect(shown.pages.map(\.number) == pages)
            #expect(shown.pageCount == whole.pageCount)
            for n in pages {
                #expect(try shown.tableDump(page: n) == whole.tableDump(page: n), "\(document) page \(n)")
                #expect(shown.rows(onPage: n).map(\.text) == whole.rows(onPage: n).map(\.text), "\(document) page \(n)")
                #expect(shown.tables(onPage: n).map(\.box) == whole.tables(onPage: n).map(\.box), "\(document) page \(n)")
            }
            #expect(try shown.tablesCSV(pages: pages) == whole.tablesCSV(pages: pages), "\(document) \(pages)")
            #expect(try shown.tablesJSON(pages: pages) == whole.tablesJSON(pages: pages), "\(document) \(pages)")
        }
    }

    @Test func aPageShownAloneMatchesItsGoldenDump() throws {
        let dump = try DocumentInspection(path: SampleInspections.kayseriPath, pages: [36]).tableDump(page: 36)
        try GoldenFile.check(dump, against: "kayseri-p36-tables.txt")
    }

    /// The trace kept for one page: its rows and the tables within a table's reach of it (the
    /// cover's: the tables of pages 35-66, not those after).
    @Test func theTraceKeptIsThePagesOwn() throws {
        let whole = try SampleInspections.inspection("kayseri")
        let shown = try DocumentInspection(path: SampleInspections.kayseriPath, pages: [1])
        #expect(!shown.trace.rows.isEmpty)
        #expect(shown.trace.rows.allSatisfy { $0.page == 1 })
        #expect(shown.trace.rows.count == whole.trace.rows.filter { $0.page == 1 }.count)
        let reach = TraceRecorder.tableReach
        #expect(!shown.trace.tables.isEmpty)
        #expect(shown.trace.tables.allSatisfy { $0.pages.lowerBound <= 1 + reach })
        #expect(shown.trace.tables.count < whole.trace.tables.count)
    }

    /// The same pages fed again (renumbered after the document) make a document 1 and 3 times
    /// as long: the trace kept for page 35 is the same in both, where the whole trace grows.
    @Test func theTraceKeptDoesNotGrowWithTheDocument() throws {
        let pages = try SampleInspections.inspection("kayseri").pages
        func traced(copies: Int, keeping kept: Set<Int>?) -> RecognitionTrace {
            var trace = RecognitionTrace()
            _ = PageStreamRecognizer.tracing(title: nil, pages: kept, trace: &trace) { (stream: inout PageStreamRecognizer) in
                for copy in 0..<copies {
                    for var page in pages {
                        page.number += copy * pages.count
                        stream.add(page)
                    }
                }
            }
            return trace
        }
        func size(_ t: RecognitionTrace) -> [Int] {
            [t.rows.count, t.tables.count, t.tables.reduce(0) { $0 + $1.rows.count + $1.sections.count },
             t.unplacedSections.count]
        }
        let one = size(traced(copies: 1, keeping: [35]))
        #expect(one[0] > 0 && one[1] > 0)
        #expect(size(traced(copies: 3, keeping: [35])) == one)
        let whole = size(traced(copies: 1, keeping: nil)), twice = size(traced(copies: 2, keeping: nil))
        #expect(twice[0] == 2 * whole[0] && twice[1] > whole[1])
    }
}
