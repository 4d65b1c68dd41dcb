import PageLayout
import Synchronization

/// The words of one table cell, kept line by line so that wrapped text reads in order.
public struct Cell: Sendable {
    public var words: [Word] { didSet { reading = CellReading() } }

    public init(words: [Word]) { self.words = words }

    public var isEmpty: Bool { words.isEmpty }
    public var box: Rect? { Rect.enclosing(words.map(\.box)) }

    /// The cell's lines, top to bottom.
    public var lines: [TextLine] { read().lines }

    /// Lines joined with one space; a line ending in a hyphen joins the next directly.
    public var text: String { read().text }

    // Kept with the words, not regrouped per use: the recogniser asks a cell for its text many
    // times. Shared by the cell's copies; changed words start afresh.
    private var reading = CellReading()

    private func read() -> (lines: [TextLine], text: String) {
        if let known = reading.known.withLock({ $0 }) { return known }
        let lines = LineGrouping.lines(from: words)
        let found = (lines: lines, text: WrappedText.join(lines.map(\.text)))
        reading.known.withLock { $0 = found }
        return found
    }
}

/// A cell's lines and text once read. Read outside the lock; two threads reading at once
/// compute the same answer.
private final class CellReading: Sendable {
    let known = Mutex<(lines: [TextLine], text: String)?>(nil)
}
