import PageLayout

/// A colour for drawing over a page: red, green, blue and alpha, each 0…1.
public struct OverlayColor: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// The same colour with another alpha.
    public func opacity(_ alpha: Double) -> OverlayColor {
        OverlayColor(red: red, green: green, blue: blue, alpha: alpha)
    }
}

/// One thing drawn over a rendered page, in the page's points (reading orientation,
/// top-left origin: the coordinates of `Page`). Line widths are in points too.
public enum OverlayMark: Sendable {
    /// A box outline, optionally filled and dashed.
    case rectangle(Rect, stroke: OverlayColor, lineWidth: Double, fill: OverlayColor? = nil, dashed: Bool = false)
    /// A straight line.
    case line(x0: Double, y0: Double, x1: Double, y1: Double, color: OverlayColor, lineWidth: Double, dashed: Bool = false)
    /// Text with its top-left corner at (x, y), on a filled box when `background` is given.
    case label(String, x: Double, y: Double, size: Double, color: OverlayColor, background: OverlayColor? = nil)
}

/// One line of the legend drawn in a corner of the picture: a swatch and what it means.
public struct LegendEntry: Sendable {
    public var color: OverlayColor
    public var text: String

    public init(color: OverlayColor, text: String) {
        self.color = color
        self.text = text
    }
}

/// The legend of a picture: its entries, drawn in the corner of the page that covers the
/// fewest of the `avoiding` boxes (the page's words), so it hides as little as it can.
public struct Legend: Sendable {
    public var entries: [LegendEntry]
    public var avoiding: [Rect]

    public init(entries: [LegendEntry], avoiding: [Rect] = []) {
        self.entries = entries
        self.avoiding = avoiding
    }
}
