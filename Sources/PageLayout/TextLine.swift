/// Words that share a baseline, in reading order: left to right, or along the words' own
/// direction when they run turned (top to bottom for 90, bottom to top for 270).
public struct TextLine: Hashable, Sendable, Codable {
    public var words: [Word]
    public var box: Rect

    public init(words: [Word]) {
        switch words.first?.rotation ?? 0 {
        case 90: self.words = words.sorted { $0.box.y0 < $1.box.y0 }
        case 180: self.words = words.sorted { $0.box.x1 > $1.box.x1 }
        case 270: self.words = words.sorted { $0.box.y1 > $1.box.y1 }
        default: self.words = words.sorted { $0.box.x0 < $1.box.x0 }
        }
        self.box = Rect.enclosing(words.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
    }

    /// Words already in reading order, and their box (`LineGrouping`).
    init(ordered words: [Word], box: Rect) {
        self.words = words
        self.box = box
    }

    /// The words joined with a space (`Word.spaced`): every reader asks lines for their text.
    public var text: String { Word.spaced(words) }

    /// `words.map(\.scale).max() ?? 0`, read in place: rows and headings are told apart by their
    /// lines' type size, line by line (no array of sizes made for each line).
    public var largestScale: Double {
        guard var largest = words.first?.scale else { return 0 }
        // `max()`'s comparison: a later size replaces the largest only when larger.
        for k in words.indices.dropFirst() where largest < words[k].scale { largest = words[k].scale }
        return largest
    }
}
