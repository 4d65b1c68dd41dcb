import Extraction
import Foundation
import PageLayout
import Recognition

/// `perfprog inspect --tables --format csv|json`: the cells of a page's recognised tables
/// for a spreadsheet or a script, numbered as the dump and the picture number them.
/// CSV is long (one row per cell: page, table, kind, grid, row, column, column title, text)
/// so that tables of different shapes share one header.
enum TableExport {
    struct Cell {
        var page: Int, table: Int, kind: String, grid: Int, row: Int, column: Int, title: String, text: String
    }

    static let csvHeader = ["page", "table", "kind", "grid", "row", "column", "column_title", "text"]

    static func cells(page: Page, trace: RecognitionTrace) -> [Cell] {
        let tables = PageTables(page: page, trace: trace)
        var out: [Cell] = []
        for entry in tables.entries {
            for (k, section) in entry.sections.enumerated() {
                guard let grid = section.grid(onPage: page.number) else { continue }
                for (r, row) in section.rows(onPage: page.number).enumerated() {
                    for (c, cell) in row.cells.enumerated() {
                        out.append(Cell(page: page.number, table: entry.number, kind: entry.table.kind.rawValue, grid: k + 1,
                                        row: r + 1, column: c + 1, title: c < grid.columns.count ? grid.columns[c].title : "",
                                        text: cell.text))
                    }
                }
            }
        }
        return out
    }

    static func csv(_ cells: [Cell], header: Bool) -> String {
        var lines = header ? [line(csvHeader)] : []
        for c in cells {
            lines.append(line([String(c.page), String(c.table), c.kind, String(c.grid), String(c.row), String(c.column), c.title, c.text]))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// One JSON object per table: page, number, kind, and its grids' column titles and rows of cells.
    static func json(pages: [Page], trace: RecognitionTrace) throws -> String {
        struct Grid: Encodable { var columns: [String]; var rows: [[String]] }
        struct Table: Encodable { var page: Int; var table: Int; var kind: String; var grids: [Grid] }
        var tables: [Table] = []
        for page in pages {
            for entry in PageTables(page: page, trace: trace).entries {
                let grids = entry.sections.compactMap { section -> Grid? in
                    guard let grid = section.grid(onPage: page.number) else { return nil }
                    return Grid(columns: grid.columns.map(\.title),
                                rows: section.rows(onPage: page.number).map { $0.cells.map(\.text) })
                }
                tables.append(Table(page: page.number, table: entry.number, kind: entry.table.kind.rawValue, grids: grids))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(tables), as: UTF8.self) + "\n"
    }

    /// RFC 4180: quoted only where needed.
    static func line(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",")
    }
}

extension DocumentInspection {
    /// `--tables --format csv` over `pages` (page numbers, 1-based).
    public func tablesCSV(pages numbers: [Int]) throws(ExtractionError) -> String {
        var out = TableExport.csv([], header: true)
        for n in numbers { out += TableExport.csv(TableExport.cells(page: try page(n), trace: trace), header: false) }
        return out
    }

    /// `--tables --format json` over `pages`.
    public func tablesJSON(pages numbers: [Int]) throws -> String {
        var pages: [Page] = []
        for n in numbers { pages.append(try page(n)) }
        return try TableExport.json(pages: pages, trace: trace)
    }
}
