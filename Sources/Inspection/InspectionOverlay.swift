import Extraction
import PageLayout
import Recognition
import TableGeometry

/// What `perfprog inspect --png` draws over a page, layer by layer, from the recognizer's
/// trace: word boxes, rulings, ignored rows, table regions, each grid's rows and column
/// boundaries, and a label per table (number, kind, strategy) numbered as in the dump.
struct InspectionOverlay {
    /// The layers' colours, listed once; the legend names them.
    enum Palette {
        static let word = OverlayColor(red: 0.15, green: 0.35, blue: 0.95, alpha: 0.55)
        static let ruling = OverlayColor(red: 0.9, green: 0.1, blue: 0.1, alpha: 0.9)
        static let grid = OverlayColor(red: 1.0, green: 0.5, blue: 0.0, alpha: 0.9)
        static let ignored = OverlayColor(red: 0.45, green: 0.45, blue: 0.45, alpha: 0.8)
        static let labelText = OverlayColor(red: 1, green: 1, blue: 1)

        static func region(_ kind: TableKind) -> OverlayColor {
            switch kind {
            case .goal: return OverlayColor(red: 0.0, green: 0.6, blue: 0.2)
            case .cost: return OverlayColor(red: 0.55, green: 0.2, blue: 0.8)
            case .administrationSummary, .resourceSummary: return OverlayColor(red: 0.0, green: 0.5, blue: 0.6)
            }
        }
    }

    /// Line widths in points: words thin so the text stays readable under them.
    static let wordLineWidth = 0.25
    static let rulingLineWidth = 0.8
    static let gridLineWidth = 0.6
    static let regionLineWidth = 1.5
    /// Table regions stand this far outside their rows, so the grid stays visible.
    static let regionMargin = 2.0
    static let labelSize = 7.0
    /// How faintly a table region is filled.
    static let regionFill = 0.06

    static let legend: [LegendEntry] = [
        LegendEntry(color: Palette.word, text: "word boxes"),
        LegendEntry(color: Palette.ruling, text: "rulings found"),
        LegendEntry(color: Palette.region(.goal), text: "goal table"),
        LegendEntry(color: Palette.region(.cost), text: "cost table"),
        LegendEntry(color: Palette.region(.administrationSummary), text: "summary table"),
        LegendEntry(color: Palette.grid, text: "cell grid (rows, column boundaries; header dashed)"),
        LegendEntry(color: Palette.ignored, text: "ignored rows (dashed)"),
    ]

    var marks: [OverlayMark] = []

    init(page: Page, trace: RecognitionTrace) {
        let tables = PageTables(page: page, trace: trace)
        let n = page.number
        for word in page.words {
            marks.append(.rectangle(word.box, stroke: Palette.word, lineWidth: Self.wordLineWidth))
        }
        for r in page.rulings {
            marks.append(r.axis == .horizontal
                ? .line(x0: r.start, y0: r.position, x1: r.end, y1: r.position, color: Palette.ruling, lineWidth: Self.rulingLineWidth)
                : .line(x0: r.position, y0: r.start, x1: r.position, y1: r.end, color: Palette.ruling, lineWidth: Self.rulingLineWidth))
        }
        for region in tables.ignored {
            let box = Self.padded(region.box)
            marks.append(.rectangle(box, stroke: Palette.ignored, lineWidth: Self.gridLineWidth, dashed: true))
            marks.append(Self.label("ignored", over: box, color: Palette.ignored))
        }
        for entry in tables.entries {
            let color = Palette.region(entry.table.kind)
            var extents = entry.rows.map(\.box)
            for section in entry.sections {
                let (gridMarks, box) = Self.grid(section, page: n)
                marks += gridMarks
                if let box { extents.append(box) }
            }
            guard let enclosing = Rect.enclosing(extents) else { continue }
            let box = Self.padded(enclosing)
            marks.append(.rectangle(box, stroke: color, lineWidth: Self.regionLineWidth, fill: color.opacity(Self.regionFill)))
            let text = "\(entry.number) \(entry.table.kind.rawValue) · \(entry.table.strategy(onPage: n).rawValue)"
                + (entry.table.pages.count > 1 ? " · pages \(entry.table.pages.lowerBound)-\(entry.table.pages.upperBound)" : "")
            marks.append(Self.label(text, over: box, color: color))
        }
    }

    /// A grid on one page: a box per row (header dashed) across the grid's width, and the
    /// column boundaries from its top to its bottom. Returns the marks and the grid's box.
    static func grid(_ section: TracedSection, page: Int) -> ([OverlayMark], Rect?) {
        let bands = section.bands(onPage: page)
        guard var box = Rect.enclosing(bands.map(\.box)) else { return ([], nil) }
        let grid = section.grid(onPage: page)
        if let columns = grid?.columns, let first = columns.first, let last = columns.last {
            box = box.union(Rect(x0: first.x0, y0: box.y0, x1: last.x1, y1: box.y1))
        }
        var marks: [OverlayMark] = []
        let headers = ([section.header] + section.repeatedHeaders).filter { $0.page == page }
        for header in headers {
            marks.append(.rectangle(Rect(x0: box.x0, y0: header.box.y0, x1: box.x1, y1: header.box.y1),
                                    stroke: Palette.grid, lineWidth: gridLineWidth, dashed: true))
        }
        for row in section.rows(onPage: page) {
            marks.append(.rectangle(Rect(x0: box.x0, y0: row.band.box.y0, x1: box.x1, y1: row.band.box.y1),
                                    stroke: Palette.grid, lineWidth: gridLineWidth))
        }
        for b in grid?.boundaries ?? [] {
            marks.append(.line(x0: b, y0: box.y0, x1: b, y1: box.y1, color: Palette.grid, lineWidth: gridLineWidth))
        }
        return (marks, box)
    }

    static func padded(_ r: Rect) -> Rect {
        Rect(x0: r.x0 - regionMargin, y0: r.y0 - regionMargin, x1: r.x1 + regionMargin, y1: r.y1 + regionMargin)
    }

    /// A label on the region's top edge, above it when there is room.
    static func label(_ text: String, over box: Rect, color: OverlayColor) -> OverlayMark {
        let height = labelSize * 1.3
        let y = box.y0 >= height ? box.y0 - height : box.y0
        return .label(text, x: box.x0, y: y, size: labelSize, color: Palette.labelText, background: color.opacity(0.85))
    }
}
