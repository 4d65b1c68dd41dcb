/// A performance goal (Performans Hedefi) with its indicators and activities.
public struct Goal: Sendable, Codable, Equatable {
    public var no: Int
    public var code: String
    public var title: String
    public var aimCode: String
    public var aimTitle: String
    public var targetCode: String
    public var targetTitle: String
    public var page: Int?
    public var indicators: [Indicator]
    public var activities: [Activity]
    /// Stated: the goal table's "Genel Toplam" row (Bütçe / Bütçe Dışı / Toplam).
    public var statedTotal: BudgetSplit?
    /// Stated: a per-goal cost table's "Genel Toplam" row, per economic code, and its total.
    public var statedCostColumns: [EconomicCode: Amount]
    public var statedCostTotal: Amount?

    public init(no: Int, code: String, title: String, aimCode: String = "", aimTitle: String = "",
                targetCode: String = "", targetTitle: String = "", page: Int? = nil,
                indicators: [Indicator] = [], activities: [Activity] = [], statedTotal: BudgetSplit? = nil,
                statedCostColumns: [EconomicCode: Amount] = [:], statedCostTotal: Amount? = nil) {
        self.no = no
        self.code = code
        self.title = title
        self.aimCode = aimCode
        self.aimTitle = aimTitle
        self.targetCode = targetCode
        self.targetTitle = targetTitle
        self.page = page
        self.indicators = indicators
        self.activities = activities
        self.statedTotal = statedTotal
        self.statedCostColumns = statedCostColumns
        self.statedCostTotal = statedCostTotal
    }
}

/// Bütçe / Bütçe Dışı / Toplam as a row prints them (any may be missing).
public struct BudgetSplit: Sendable, Codable, Equatable {
    public var budget: Amount?
    public var offBudget: Amount?
    public var total: Amount?

    public init(budget: Amount?, offBudget: Amount?, total: Amount?) {
        self.budget = budget
        self.offBudget = offBudget
        self.total = total
    }
}
