import PageLayout

/// A table column as its header describes it.
public struct Column: Sendable, Equatable {
    /// Horizontal extent of the header text.
    public var x0: Double
    public var x1: Double
    /// The header text, top to bottom ("2022 Gerçekleşen").
    public var title: String
    /// The spanning header above it, if any ("Kaynak İhtiyacı 2024", "Bütçe Dışı Kaynak").
    public var group: String?

    public init(x0: Double, x1: Double, title: String, group: String? = nil) {
        self.x0 = x0
        self.x1 = x1
        self.title = title
        self.group = group
    }

    public var midX: Double { (x0 + x1) / 2 }
    public var width: Double { x1 - x0 }
}
