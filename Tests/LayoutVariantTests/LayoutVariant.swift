/// One way a municipality might print the same program. Each variant changes one thing
/// (or one pair of things) from the ruled original, so that a failure names its cause.
struct LayoutVariant: Sendable, CustomStringConvertible {
    enum HeaderLook: Sendable { case bold, shaded }

    var name: String
    var page = PageSize.a4
    var text = TypeFace(size: 8)
    /// Horizontal rules above, between and below rows (the original has no vertical rules).
    var ruled = true
    var headerLook = HeaderLook.bold
    /// The name column's width against the original's (the rest goes to the figures).
    var nameColumnScale = 1.0
    var amountsWithKurus = false
    /// Whether a table broken by a page repeats its header rows on the next page.
    var repeatsHeader = false

    var description: String { name }

    /// Like the sample: A4, 8 pt, horizontal rules, bold headers.
    static let ruled = LayoutVariant(name: "ruled")
    /// No rules at all: rows apart by white space only.
    static let unruled = LayoutVariant(name: "unruled", ruled: false)
    /// The name column 30% narrower, the figures wider, 9 pt text.
    static let narrowNames = LayoutVariant(name: "narrow-names-9pt", text: TypeFace(size: 9), nameColumnScale: 0.7)
    /// Half-height pages: tables break across pages and repeat their header rows.
    static let shortPages = LayoutVariant(name: "short-pages", page: .a5Landscape, repeatsHeader: true)
    /// Header cells on grey instead of bold; amounts with kuruş ("12.000.000,00").
    static let shadedHeaders = LayoutVariant(name: "shaded-headers-kurus", headerLook: .shaded, amountsWithKurus: true)

    static let all = [ruled, unruled, narrowNames, shortPages, shadedHeaders]
}
