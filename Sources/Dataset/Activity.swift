/// An activity or project (Faaliyet / Proje).
public struct Activity: Sendable, Codable, Equatable {
    public var no: Int
    public var code: String
    public var name: String
    public var responsibleUnit: String
    public var budget: Amount?
    public var offBudget: Amount?
    public var total: Amount?
    public var description: String
    public var page: Int?
    public var costs: [ActivityCost]
    /// Stated: the activity's cost-table total ("Toplam Kaynak İhtiyacı").
    public var statedCostTotal: Amount?

    public init(no: Int, code: String, name: String, responsibleUnit: String = "", budget: Amount? = nil,
                offBudget: Amount? = nil, total: Amount? = nil, description: String = "", page: Int? = nil,
                costs: [ActivityCost] = [], statedCostTotal: Amount? = nil) {
        self.no = no
        self.code = code
        self.name = name
        self.responsibleUnit = responsibleUnit
        self.budget = budget
        self.offBudget = offBudget
        self.total = total
        self.description = description
        self.page = page
        self.costs = costs
        self.statedCostTotal = statedCostTotal
    }
}

public struct ActivityCost: Sendable, Codable, Equatable {
    public var economicCode: EconomicCode
    public var source: FundingSource
    public var amount: Amount

    public init(economicCode: EconomicCode, source: FundingSource, amount: Amount) {
        self.economicCode = economicCode
        self.source = source
        self.amount = amount
    }
}
