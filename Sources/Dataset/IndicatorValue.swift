public enum ValueKind: String, Sendable, Codable, CaseIterable {
    case actual      // Gerçekleşen
    case estimate    // Tahmin
    case target      // Hedef
}

public struct IndicatorValue: Sendable, Codable, Equatable {
    public var year: Int
    public var kind: ValueKind
    /// Canonical number (`77572`, `12.5`), nil when the cell is not a number.
    public var value: String?
    /// The cell's text as printed.
    public var raw: String

    public init(year: Int, kind: ValueKind, value: String?, raw: String) {
        self.year = year
        self.kind = kind
        self.value = value
        self.raw = raw
    }
}
