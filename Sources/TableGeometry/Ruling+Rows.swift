import PageLayout

extension Ruling {
    /// Whether a vertical rule runs from `box`'s top to its bottom, give or take `reach` (a
    /// rule stops at the cell's edge, the text sits inside).
    public func standsAcross(_ box: Rect, reach: Double) -> Bool {
        start <= box.y0 + reach && end >= box.y1 - reach
    }
}
