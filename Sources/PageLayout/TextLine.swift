/// Words that share a baseline, left to right.
public struct TextLine: Hashable, Sendable, Codable {
    public var words: [Word]
    public var box: Rect

    public init(words: [Word]) {
        self.words = words.sorted { $0.box.x0 < $1.box.x0 }
        self.box = Rect.enclosing(words.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
    }

    public var text: String { words.map(\.text).joined(separator: " ") }
}
