/// An axis-aligned box in page space: points, origin at the top-left corner, y grows downwards.
public struct Rect: Hashable, Sendable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1)
        self.y0 = min(y0, y1)
        self.x1 = max(x0, x1)
        self.y1 = max(y0, y1)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    public func union(_ other: Rect) -> Rect {
        // Two ordered boxes (x0 ≤ x1, y0 ≤ y1) make an ordered union: it is not ordered again
        // (words grow by a union per glyph).
        var r = self
        r.x0 = min(x0, other.x0); r.y0 = min(y0, other.y0)
        r.x1 = max(x1, other.x1); r.y1 = max(y1, other.y1)
        return r
    }

    /// Length of the overlap of the two boxes' vertical extents (0 when apart).
    public func verticalOverlap(_ other: Rect) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }

    /// Length of the overlap of the two boxes' horizontal extents (0 when apart).
    public func horizontalOverlap(_ other: Rect) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }

    public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
        other.x0 >= x0 - tolerance && other.x1 <= x1 + tolerance
            && other.y0 >= y0 - tolerance && other.y1 <= y1 + tolerance
    }

    public static func enclosing(_ rects: some Sequence<Rect>) -> Rect? {
        var it = rects.makeIterator()
        guard var r = it.next() else { return nil }
        while let n = it.next() { r = r.union(n) }
        return r
    }
}
