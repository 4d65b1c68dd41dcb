/// A resource total of the whole administration (program_totals.csv).
public struct ProgramTotal: Sendable, Codable, Equatable {
    public enum Measure: String, Sendable, Codable, CaseIterable {
        case activities
        case generalAdmin = "general_admin"
        case transfers
        case personnel
        case total
    }
    public enum Source: String, Sendable, Codable {
        case budget
        case offBudget = "off_budget"
    }

    public var measure: Measure
    public var economicCode: EconomicCode?
    public var source: Source?
    public var amount: Amount
    public var page: Int?

    public init(measure: Measure, economicCode: EconomicCode? = nil, source: Source? = nil, amount: Amount, page: Int? = nil) {
        self.measure = measure
        self.economicCode = economicCode
        self.source = source
        self.amount = amount
        self.page = page
    }
}
