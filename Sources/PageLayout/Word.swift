/// A word: a run of characters on one baseline with no geometric gap inside it.
public struct Word: Hashable, Sendable, Codable {
    public var text: String
    public var box: Rect
    /// Font size in points, where poppler reports it (0 when unknown).
    public var fontSize: Double
    public var isBold: Bool
    /// Clockwise angle (0, 90, 180, 270) by which the word runs turned against the page's
    /// reading orientation: 90 runs down, 270 up (a vertical header cell), 180 upside down.
    /// `box` is in page coordinates (tall and narrow for 90 and 270), `text` in reading order.
    public var rotation: Int

    public init(text: String, box: Rect, fontSize: Double, isBold: Bool = false, rotation: Int = 0) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
        self.rotation = rotation
    }

    /// Whether the word runs up or down the page.
    public var isVertical: Bool { rotation == 90 || rotation == 270 }

    /// The size that thresholds scale with: the font size, or the box height when unknown.
    public var scale: Double { fontSize > 0 ? fontSize : max(box.height, 1) }
}
