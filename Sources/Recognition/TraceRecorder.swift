import PageLayout
import Synchronization
import TableGeometry

/// Collects what one recognition sees, for `ProgramRecognizer.recognize(pages:title:trace:)`.
/// It is reached through a task-local value so that the readers record without a parameter
/// threaded through every call: when no trace is asked for, each hook is one nil check and
/// recognition runs exactly as it does without it.
///
/// It keeps the trace of the pages asked for (`perfprog inspect --page`), not the document's:
/// the rows of those pages, and the tables and grids near enough to them to be shown there or
/// to take a grid shown there (`trace()` gives a grid to the first table holding its header).
/// What it holds does not grow with the document's length.
final class TraceRecorder: Sendable {
    @TaskLocal static var current: TraceRecorder?

    /// The rows of a table lie within this many pages after its title: a table is read at the
    /// latest when `RowWalk.maximumTablePages` pages have come after its title, and only the
    /// rows held then are read.
    static let tableReach = ProgramRecognizer.RowWalk.maximumTablePages + 1

    /// The pages whose trace is kept, ascending; nil keeps every page's.
    private let pages: [Int]?

    private struct State {
        var rows: [RowBand] = []
        var tables: [TracedTable] = []
        var sections: [TracedSection] = []
    }
    private let state = Mutex(State())

    init(pages: Set<Int>? = nil) {
        self.pages = pages.map { $0.sorted() }
    }

    /// Whether some page kept lies in `first...last`.
    private func keeps(_ first: Int, _ last: Int) -> Bool {
        guard let pages else { return true }
        var low = 0, high = pages.count
        while low < high {
            let mid = (low + high) / 2
            if pages[mid] < first { low = mid + 1 } else { high = mid }
        }
        return low < pages.count && pages[low] <= last
    }

    /// A table or grid whose rows reach a kept page, or whose header a table reaching a kept
    /// page may hold (every table holding it then lies within reach too, so the first of them
    /// is the same in the trace kept as in the whole document's).
    private func near(_ first: Int, _ last: Int) -> Bool {
        keeps(first - Self.tableReach, last + Self.tableReach)
    }

    /// The next page's rows, furniture removed.
    func record(rows: [RowBand]) {
        let kept = pages == nil ? rows : rows.filter { keeps($0.page, $0.page) }
        guard !kept.isEmpty else { return }
        state.withLock { $0.rows += kept }
    }

    /// `goalNo`: the goal (1-based, in drafting order) the table attached to, so that `reattach` can restate it.
    func record(table kind: TableKind, title: RowBand, rows: ArraySlice<RowBand>, note: String? = nil, goal: String? = nil, goalNo: Int? = nil) {
        let numbers = rows.map(\.page)
        guard near(min(title.page, numbers.min() ?? title.page), max(title.page, numbers.max() ?? title.page)) else { return }
        var table = TracedTable(kind: kind, title: title, rows: Array(rows), note: note, goal: goal)
        table.goalNo = goalNo
        state.withLock { $0.tables.append(table) }
    }

    /// The goals drafted so far were coded again (`TargetGoals`): each traced table names its
    /// goal as `attachments` (by goal, in drafting order) now state it, not as first attached.
    func reattach(_ attachments: [String]) {
        state.withLock { s in
            for k in s.tables.indices {
                if let no = s.tables[k].goalNo, attachments.indices.contains(no - 1) { s.tables[k].goal = attachments[no - 1] }
            }
        }
    }

    func record(section: TracedSection) {
        guard near(section.header.page, section.header.page) else { return }
        state.withLock { $0.sections.append(section) }
    }

    /// How many grids are recorded: what a table read too early recorded is undone to it
    /// (`RowWalk.rowsPastEnd`), as the table is read again later.
    var sectionCount: Int { state.withLock { $0.sections.count } }

    func undoSections(to count: Int) {
        state.withLock { $0.sections.removeSubrange(count...) }
    }

    /// The trace: each grid attached to the table whose rows hold its header (summary
    /// tables are read after the walk through the document, so order alone cannot tell).
    func trace() -> RecognitionTrace {
        state.withLock { s in
            var tables = s.tables
            var unplaced: [TracedSection] = []
            for section in s.sections {
                if let k = tables.firstIndex(where: { $0.holds(section.header) }) {
                    tables[k].sections.append(section)
                } else {
                    unplaced.append(section)
                }
            }
            return RecognitionTrace(rows: s.rows, tables: tables, unplacedSections: unplaced)
        }
    }
}
