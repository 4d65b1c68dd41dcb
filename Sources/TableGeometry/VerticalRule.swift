import PageLayout

/// A vertical rule drawn on the page (collinear segments joined): its x and the y it runs
/// from and to.
public struct VerticalRule: Sendable, Equatable {
    public var x: Double
    public var from: Double
    public var to: Double

    public init(x: Double, from: Double, to: Double) {
        self.x = x
        self.from = from
        self.to = to
    }

    /// Whether the rule runs from `box`'s top to its bottom, give or take `reach` (a rule stops
    /// at the cell's edge, the text sits inside).
    public func standsAcross(_ box: Rect, reach: Double) -> Bool {
        from <= box.y0 + reach && to >= box.y1 - reach
    }
}
