/// A size and weight of the one family the typesetter uses.
struct TypeFace: Equatable {
    var size: Double
    var bold = false
    /// A display face (titles, captions, the cover): the one templates letter-space widely (`ProducerQuirk.tracked`).
    var display = false

    /// Baseline-to-baseline distance of wrapped lines, as a word processor sets it.
    var leading: Double { size * 1.18 }
    var boldened: TypeFace { TypeFace(size: size, bold: true, display: display) }
    func scaled(_ factor: Double) -> TypeFace { TypeFace(size: size * factor, bold: bold, display: display) }
}

/// A page size in points.
struct PageSize: Equatable {
    var width: Double
    var height: Double

    static let a4 = PageSize(width: 595.28, height: 841.89)
    /// A5 turned sideways: as wide as an A4 page is, half as tall.
    static let a5Landscape = PageSize(width: 595.28, height: 419.53)
    /// A4 turned sideways.
    static let a4Landscape = PageSize(width: 841.89, height: 595.28)

    /// The same page in the other orientation.
    var turned: PageSize { PageSize(width: height, height: width) }
}
