import PageLayout
import Recognition
import TableGeometry

/// The tables and ignored regions of one page, numbered in reading order: the dump and the
/// picture both list them from here, so their numbers agree.
struct PageTables {
    /// A table's part on this page.
    struct Entry {
        var number: Int
        var table: TracedTable
        var rows: [RowBand]
        /// The table's grids with rows or a header on this page.
        var sections: [TracedSection]
    }

    var page: Page
    var entries: [Entry]
    var ignored: [IgnoredRegion]

    init(page: Page, trace: RecognitionTrace) {
        self.page = page
        let n = page.number
        let tables = trace.tables(onPage: n).sorted { ($0.rows(onPage: n).first?.box.y0 ?? 0) < ($1.rows(onPage: n).first?.box.y0 ?? 0) }
        entries = tables.enumerated().map { k, table in
            let sections = table.sections.filter { s in
                s.header.page == n || s.rows.contains { $0.page == n } || s.repeatedHeaders.contains { $0.page == n }
            }
            return Entry(number: k + 1, table: table, rows: table.rows(onPage: n), sections: sections)
        }
        ignored = trace.ignoredRegions(onPage: n)
    }
}

extension TracedSection {
    func rows(onPage page: Int) -> [TableRow] { rows.filter { $0.page == page } }

    /// The section's boxes on `page`: its header (first or repeated) and its rows.
    func bands(onPage page: Int) -> [RowBand] {
        ([header] + repeatedHeaders).filter { $0.page == page } + rows(onPage: page).map(\.band)
    }
}
