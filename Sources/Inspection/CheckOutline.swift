import Extraction
import PageLayout
import Recognition
import TableGeometry

/// What a picture for a failed check outlines: the rows that print the check's stated
/// figure, or — when the figure is not found on its page (the check's provenance is only a
/// page) — the tables on that page, which hold the facts it adds up.
public struct OutlinedRegion: Sendable, Equatable {
    public enum Kind: String, Sendable { case row, table }
    public var box: Rect
    public var kind: Kind
    /// Printed beside the outline: the numbers of its checks in the picture's caption (`1, 3`).
    public var label: String

    public init(box: Rect, kind: Kind, label: String) {
        self.box = box
        self.kind = kind
        self.label = label
    }
}

/// The marks of a check's picture: only the outlined regions (no word boxes, no grids), so
/// the eye goes to what the check concerns.
enum CheckOutline {
    static let rowColor = OverlayColor(red: 0.85, green: 0.0, blue: 0.45)
    static let tableColor = OverlayColor(red: 1.0, green: 0.5, blue: 0.0)
    static let lineWidth = 2.0
    /// Points around a row's text, so the outline does not strike through its glyphs.
    static let margin = 2.0
    static let fill = 0.10
    static let labelSize = 8.0
    /// Room a tag's character takes at `labelSize` (sans-serif digits and commas), to keep
    /// the tag inside the page.
    static let labelCharacterWidth = 5.0

    static let legend: [LegendEntry] = [
        LegendEntry(color: rowColor, text: "row printing a failed check's stated figure"),
        LegendEntry(color: tableColor, text: "table on the page of a check whose figure was not found"),
    ]

    /// Each region outlined, its tag beside it on the right (in the page's margin, so it
    /// covers none of the row's text), or inside its right end when the margin is too narrow.
    static func marks(_ regions: [OutlinedRegion], pageWidth: Double) -> [OverlayMark] {
        regions.flatMap { region -> [OverlayMark] in
            let color = region.kind == .row ? rowColor : tableColor
            let b = region.box
            let box = Rect(x0: b.x0 - margin, y0: b.y0 - margin, x1: b.x1 + margin, y1: b.y1 + margin)
            let tagWidth = Double(region.label.count) * labelCharacterWidth + 2 * margin
            let x = box.x1 + margin + tagWidth <= pageWidth ? box.x1 + margin : box.x1 - tagWidth
            let y = region.kind == .row ? (box.y0 + box.y1) / 2 - labelSize * 0.6 : box.y0
            return [.rectangle(box, stroke: color, lineWidth: lineWidth, fill: color.opacity(fill)),
                    .label(region.label, x: x, y: y, size: labelSize, color: OverlayColor(red: 1, green: 1, blue: 1), background: color)]
        }
    }
}

extension DocumentInspection {
    /// The rows recognition cut on page `number` (in tables or not), in reading order.
    public func rows(onPage number: Int) -> [RowBand] {
        trace.rows.filter { $0.page == number }
    }

    /// Each recognised table on page `number`: its extent there (title and rows) and its rows.
    public func tables(onPage number: Int) -> [(box: Rect, rows: [RowBand])] {
        trace.tables(onPage: number).compactMap { table in
            let rows = table.rows(onPage: number)
            return Rect.enclosing(rows.map(\.box)).map { ($0, rows) }
        }
    }

    /// Page `number` with only `regions` outlined (a failed check's rows or tables).
    public func writePNG(page number: Int, scale: Double, outlining regions: [OutlinedRegion], to output: String) throws {
        let page = try page(number)
        let reader = try DocumentReader(path: path, password: password, readsRulings: false)
        try reader.writePNG(page: page, scale: scale, marks: CheckOutline.marks(regions, pageWidth: page.width),
                            legend: Legend(entries: CheckOutline.legend, avoiding: page.words.map(\.box)), to: output)
    }
}
