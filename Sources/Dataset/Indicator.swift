/// A performance indicator (Performans Göstergesi).
public struct Indicator: Sendable, Codable, Equatable {
    public var no: Int
    public var code: String
    public var name: String
    public var unit: String
    public var page: Int?
    public var values: [IndicatorValue]

    public init(no: Int, code: String, name: String, unit: String, page: Int? = nil, values: [IndicatorValue] = []) {
        self.no = no
        self.code = code
        self.name = name
        self.unit = unit
        self.page = page
        self.values = values
    }
}
