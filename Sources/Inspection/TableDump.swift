import Foundation
import PageLayout
import Recognition
import TableGeometry

/// `perfprog inspect --tables`: each table of a page as the recognizer cut it, in text:
/// its kind, page span, strategy and the reason it was recognised, the rows it took outside
/// any grid, and each grid with its columns, boundaries and cells (wrapped text joined).
/// Rows outside every table are listed as ignored. Stable text, for golden files.
enum TableDump {
    static func text(page: Page, trace: RecognitionTrace, fileName: String) -> String {
        let tables = PageTables(page: page, trace: trace)
        let n = page.number
        var out: [String] = []
        out.append("\(fileName) page \(n): \(points(page.width)) × \(points(page.height)) pt, rotation \(page.rotation), "
                   + "\(page.words.count) words, \(page.rulings.count) rulings")
        out.append("\(tables.entries.count) table\(tables.entries.count == 1 ? "" : "s"), "
                   + "\(tables.ignored.count) ignored region\(tables.ignored.count == 1 ? "" : "s")")
        for entry in tables.entries {
            let table = entry.table
            out.append("")
            out.append("table \(entry.number): \(table.kind.rawValue), \(span(table.pages, on: n)), \(table.strategy(onPage: n).rawValue)")
            out.append("  reason: \(table.reason)")
            let gridBands = entry.sections.flatMap { $0.bands(onPage: n) }
            let loose = entry.rows.filter { row in !gridBands.contains { $0.box.contains(row.box, tolerance: 0.5) } }
            if !loose.isEmpty {
                out.append("  rows outside the grids:")
                out += loose.map { "    [\($0.separatedBy.rawValue)] \($0.text)" }
            }
            for (k, section) in entry.sections.enumerated() {
                out.append("  grid \(k + 1): header '\(section.header.text)' (page \(section.header.page))")
                out += grid(section, page: n).map { "    " + $0 }
            }
        }
        for (k, region) in tables.ignored.enumerated() {
            out.append("")
            out.append("ignored \(k + 1): \(region.rows.count) row\(region.rows.count == 1 ? "" : "s"), "
                       + "y \(points(region.box.y0))–\(points(region.box.y1))")
            out.append("  reason: \(region.reason)")
            out += region.rows.map { "    [\($0.separatedBy.rawValue)] \($0.text)" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One section's grid on `page`: column titles, boundaries, then a line per row.
    static func grid(_ section: TracedSection, page: Int) -> [String] {
        guard let grid = section.grid(onPage: page) else {
            return ["no rows of this grid on this page (\(section.rows.count) on pages \(pageList(section.rows.map(\.page))))"]
        }
        var out: [String] = []
        out.append("columns: " + grid.columns.map { c in
            let title = c.group.map { "\($0) / \(c.title)" } ?? c.title
            return "'\(title)' \(points(c.x0))–\(points(c.x1))"
        }.joined(separator: " | "))
        out.append("boundaries: " + (grid.boundaries.isEmpty ? "none" : grid.boundaries.map(points).joined(separator: " ")))
        let rows = section.rows(onPage: page)
        let header = grid.columns.map(\.title)
        let cells = rows.map { row in row.cells.map(\.text) }
        let widths = header.indices.map { k in
            ([header[k].count] + cells.map { k < $0.count ? $0[k].count : 0 }).max() ?? 0
        }
        func line(_ values: [String]) -> String {
            "| " + widths.indices.map { k in
                let v = k < values.count ? values[k] : ""
                return v + String(repeating: " ", count: max(0, widths[k] - v.count))
            }.joined(separator: " | ") + " |"
        }
        out.append(line(header))
        out.append("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
        for (row, values) in zip(rows, cells) {
            var notes: [String] = []
            if row.band.separatedBy != .ruling { notes.append(row.band.separatedBy.rawValue) }
            if let own = row.ownBoundaries { notes.append("own boundaries " + own.map(points).joined(separator: " ")) }
            out.append(line(values) + (notes.isEmpty ? "" : "  (" + notes.joined(separator: "; ") + ")"))
        }
        return out
    }

    static func span(_ pages: ClosedRange<Int>, on page: Int) -> String {
        var s = pages.count == 1 ? "page \(pages.lowerBound)" : "pages \(pages.lowerBound)-\(pages.upperBound)"
        if pages.lowerBound < page { s += " (continued from page \(pages.lowerBound))" }
        if pages.upperBound > page { s += " (continues to page \(pages.upperBound))" }
        return s
    }

    static func pageList(_ pages: [Int]) -> String {
        let unique = Array(Set(pages)).sorted()
        return unique.map(String.init).joined(separator: ", ")
    }

    /// Points with one decimal, whatever the locale.
    static func points(_ v: Double) -> String { String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), v) }
}
