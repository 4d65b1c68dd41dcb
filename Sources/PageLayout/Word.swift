/// A word: a run of characters on one baseline with no geometric gap inside it.
public struct Word: Hashable, Sendable, Codable {
    public var text: String
    public var box: Rect
    /// Font size in points, where poppler reports it (0 when unknown).
    public var fontSize: Double
    public var isBold: Bool

    public init(text: String, box: Rect, fontSize: Double, isBold: Bool = false) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
    }

    /// The size that thresholds scale with: the font size, or the box height when unknown.
    public var scale: Double { fontSize > 0 ? fontSize : max(box.height, 1) }
}
