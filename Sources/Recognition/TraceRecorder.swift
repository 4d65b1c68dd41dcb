import PageLayout
import Synchronization
import TableGeometry

/// Collects what one recognition sees, for `ProgramRecognizer.recognize(pages:title:trace:)`.
/// It is reached through a task-local value so that the readers record without a parameter
/// threaded through every call: when no trace is asked for, each hook is one nil check and
/// recognition runs exactly as it does without it.
final class TraceRecorder: Sendable {
    @TaskLocal static var current: TraceRecorder?

    private struct State {
        var rows: [RowBand] = []
        var tables: [TracedTable] = []
        var sections: [TracedSection] = []
    }
    private let state = Mutex(State())

    func record(rows: [RowBand]) {
        state.withLock { $0.rows = rows }
    }

    func record(table kind: TableKind, title: RowBand, rows: ArraySlice<RowBand>, note: String? = nil, goal: String? = nil) {
        let table = TracedTable(kind: kind, title: title, rows: Array(rows), note: note, goal: goal)
        state.withLock { $0.tables.append(table) }
    }

    func record(section: TracedSection) {
        state.withLock { $0.sections.append(section) }
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
