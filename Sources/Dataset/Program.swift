/// One performance program (Performans Programı): the root of the canonical model.
/// Fields marked "stated" are what the document itself prints as totals or counts; they
/// are not contract columns but feed the checks of the document's own arithmetic.
public struct Program: Sendable, Codable, Equatable {
    public var id: String
    public var administration: String
    public var year: Int
    public var sourceFile: String
    public var sourceSHA256: String
    public var pageCount: Int
    public var goals: [Goal]
    public var totals: [ProgramTotal]
    /// Counts the document states ("51 adet Performans Hedefi", "Toplam Faaliyet Sayısı 328").
    public var statedCounts: [StatedCount]
    /// Percentage shares the document states ("Pay" columns).
    public var statedShares: [StatedShare]
    /// Each responsible unit's resource lines, where the document states them
    /// ("İdarenin Toplam Kaynak İhtiyacı": Hedef, Personel Gideri, Genel Yönetim Gideri, Toplam).
    public var statedUnitCosts: [StatedUnitCost]

    public init(id: String, administration: String, year: Int, sourceFile: String = "", sourceSHA256: String = "",
                pageCount: Int = 0, goals: [Goal] = [], totals: [ProgramTotal] = [],
                statedCounts: [StatedCount] = [], statedShares: [StatedShare] = [],
                statedUnitCosts: [StatedUnitCost] = []) {
        self.id = id
        self.administration = administration
        self.year = year
        self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256
        self.pageCount = pageCount
        self.goals = goals
        self.totals = totals
        self.statedCounts = statedCounts
        self.statedShares = statedShares
        self.statedUnitCosts = statedUnitCosts
    }
}

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

/// A count the document states about itself.
public struct StatedCount: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case goals, activities }
    public var kind: Kind
    /// What is counted: the whole program, or a responsible unit's name for per-unit counts.
    public var scope: String?
    public var count: Int
    public var page: Int

    public init(kind: Kind, scope: String? = nil, count: Int, page: Int) {
        self.kind = kind
        self.scope = scope
        self.count = count
        self.page = page
    }
}

/// A percentage share the document states beside an amount ("Pay").
public struct StatedShare: Sendable, Codable, Equatable {
    public var label: String
    public var amount: Amount
    /// The printed percentage, exactly as a decimal string (`12,34` → `12.34`).
    public var percent: String
    /// The amount the share is of (the grand total).
    public var of: Amount
    public var page: Int

    public init(label: String, amount: Amount, percent: String, of: Amount, page: Int) {
        self.label = label
        self.amount = amount
        self.percent = percent
        self.of = of
        self.page = page
    }
}

/// A responsible unit's (Sorumlu Harcama Birimi) resource lines as the document states them.
public struct StatedUnitCost: Sendable, Codable, Equatable {
    public var unit: String
    /// "Hedef": the cost of the unit's activities (its performance goals' share).
    public var activities: Amount?
    /// "Personel Gideri".
    public var personnel: Amount?
    /// "Genel Yönetim Gideri".
    public var generalAdmin: Amount?
    /// "Toplam".
    public var total: Amount?
    public var page: Int

    public init(unit: String, activities: Amount? = nil, personnel: Amount? = nil, generalAdmin: Amount? = nil,
                total: Amount? = nil, page: Int) {
        self.unit = unit
        self.activities = activities
        self.personnel = personnel
        self.generalAdmin = generalAdmin
        self.total = total
        self.page = page
    }
}
