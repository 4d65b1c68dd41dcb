import PageLayout
import TableGeometry

/// What recognition saw in a document: its rows, the tables it recognised with the grids it
/// cut them into, and (by difference) the rows it left alone. Recorded from the values the
/// readers compute, never recomputed, so a picture or dump of it shows what the extractor used.
public struct RecognitionTrace: Sendable {
    /// The document's rows (running headers and footers removed), in reading order.
    public var rows: [RowBand]
    public var tables: [TracedTable]
    /// Grids whose header lies in no titled table (none is expected; kept so none is hidden).
    public var unplacedSections: [TracedSection]

    public init(rows: [RowBand] = [], tables: [TracedTable] = [], unplacedSections: [TracedSection] = []) {
        self.rows = rows
        self.tables = tables
        self.unplacedSections = unplacedSections
    }

    /// Tables with at least one row (or their title) on `page`.
    public func tables(onPage page: Int) -> [TracedTable] {
        tables.filter { $0.pages.contains(page) }
    }

    /// Runs of rows on `page` that belong to no table, in reading order.
    public func ignoredRegions(onPage page: Int) -> [IgnoredRegion] {
        let taken = Set(tables.flatMap { [$0.title] + $0.rows }.filter { $0.page == page }.map(RowPlace.init))
        var regions: [IgnoredRegion] = []
        var run: [RowBand] = []
        func close() {
            if !run.isEmpty { regions.append(IgnoredRegion(rows: run)) }
            run = []
        }
        for row in rows where row.page == page {
            if taken.contains(RowPlace(row)) { close() } else { run.append(row) }
        }
        close()
        return regions
    }

    /// A row told by where it is: rows of one page never share a box.
    struct RowPlace: Hashable {
        var page: Int
        var box: Rect
        init(_ band: RowBand) { page = band.page; box = band.box }
    }
}

/// One recognised table: its title row, the rows its reader took after the title, and the
/// grids (header + columns + cells) it read them through.
public struct TracedTable: Sendable {
    public var kind: TableKind
    public var title: RowBand
    public var rows: [RowBand]
    public var sections: [TracedSection] = []
    /// Why the reader gave up on it, when it did (“no header row”).
    public var note: String?
    /// The goal a goal or cost table attached to, with its aim and target and where each was
    /// named (“goal H1.1 (caption, page 2), aim A1 (labelled row, page 2), target H1.1 (the goal's own)”).
    public var goal: String?
    /// The goal's number in drafting order, to restate `goal` where the goals are coded again.
    var goalNo: Int?

    /// How the table's rows were told apart: by drawn rules or by the gaps of aligned text.
    public enum Strategy: String, Sendable { case ruled, aligned }

    /// A table drawn with rules has most of its rows separated by one.
    public static let ruledShare = 0.5

    public var pages: ClosedRange<Int> {
        let numbers = ([title] + rows).map(\.page)
        return (numbers.min() ?? title.page)...(numbers.max() ?? title.page)
    }

    public func rows(onPage page: Int) -> [RowBand] {
        ([title] + rows).filter { $0.page == page }
    }

    /// Ruled when most rows (a page's first row aside) start at a drawn rule.
    public func strategy(onPage page: Int) -> Strategy {
        let separated = rows(onPage: page).filter { $0.separatedBy != .pageStart }
        let ruled = separated.filter { $0.separatedBy == .ruling }.count
        return !separated.isEmpty && Double(ruled) > Self.ruledShare * Double(separated.count) ? .ruled : .aligned
    }

    /// “title 'PERFORMANS HEDEFİ TABLOSU' then header 'Performans Göstergeleri'”.
    public var reason: String {
        var parts = ["title '\(title.text)' (page \(title.page))"]
        for section in sections {
            parts.append("then header '\(section.header.lines.first?.text ?? "")'")
        }
        if let note { parts.append("but \(note)") }
        if let goal { parts.append("for \(goal)") }
        return parts.joined(separator: " ")
    }

    /// Whether the header band (possibly several rows merged) lies on this table's rows.
    func holds(_ header: RowBand) -> Bool {
        ([title] + rows).contains { $0.page == header.page && $0.box.verticalOverlap(header.box) > 0 && $0.box.horizontalOverlap(header.box) > 0 }
    }
}

/// A header with the rows read under it, as `TableSection.build` cut them.
public struct TracedSection: Sendable {
    public var header: RowBand
    /// Columns and boundaries per page: a continued table may sit differently on each page.
    public var grids: [PageGrid]
    public var rows: [TableRow]
    /// Headers printed again on later pages (dropped from the data).
    public var repeatedHeaders: [RowBand]

    public init(header: RowBand, grids: [PageGrid], rows: [TableRow], repeatedHeaders: [RowBand]) {
        self.header = header
        self.grids = grids
        self.rows = rows
        self.repeatedHeaders = repeatedHeaders
    }

    /// The grid of the rows on `page`, if any were on it.
    public func grid(onPage page: Int) -> PageGrid? { grids.first { $0.page == page } }
}

/// The columns of a table on one page and the boundaries placed between them from that
/// page's data.
public struct PageGrid: Sendable {
    public var page: Int
    public var columns: [Column]
    /// `columns.count - 1` x positions, left to right.
    public var boundaries: [Double]

    public init(page: Int, columns: [Column], boundaries: [Double]) {
        self.page = page
        self.columns = columns
        self.boundaries = boundaries
    }
}

/// Rows of a page outside every recognised table.
public struct IgnoredRegion: Sendable {
    public var rows: [RowBand]
    public var box: Rect { Rect.enclosing(rows.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0) }
    /// Nothing titled these rows as a domain table; goal headings among them (aims, targets and
    /// goals named outside tables) are kept for the next goal table.
    public var reason: String {
        let headings = rows.filter { band in
            GoalHeading.read(band) != nil || GoalContext.row(band).map { GoalContext.levels.contains($0.label) } == true
        }.count
        let base = "no table title before these rows"
        return headings == 0 ? base : base + "; \(headings) read as goal heading\(headings == 1 ? "" : "s")"
    }
}
