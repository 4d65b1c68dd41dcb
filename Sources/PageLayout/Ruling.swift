/// A drawn horizontal or vertical line (or a thin filled rectangle) on the page.
public struct Ruling: Hashable, Sendable, Codable {
    public enum Axis: String, Sendable, Codable { case horizontal, vertical }
    public var axis: Axis
    /// For a horizontal ruling, its y; for a vertical one, its x.
    public var position: Double
    public var start: Double
    public var end: Double

    public init(axis: Axis, position: Double, start: Double, end: Double) {
        self.axis = axis
        self.position = position
        self.start = min(start, end)
        self.end = max(start, end)
    }

    public var length: Double { end - start }
}

/// A filled rectangle larger than a rule: a shaded header row or a cell background.
public struct ShadedBox: Hashable, Sendable, Codable {
    public var box: Rect
    /// Grey level 0 (black) … 1 (white) of the fill, where known.
    public var grey: Double

    public init(box: Rect, grey: Double) {
        self.box = box
        self.grey = grey
    }
}
