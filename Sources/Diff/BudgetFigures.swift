import Dataset

/// The money figures the diff compares: an activity's total, its costs by economic code,
/// a goal's Genel Toplam, and the program's general drift.
enum BudgetFigures {
    /// An activity's Toplam; Bütçe + Bütçe Dışı when no total is printed.
    static func amount(_ a: Activity) -> Amount {
        a.total ?? ((a.budget ?? .zero) + (a.offBudget ?? .zero))
    }

    static func costsByCode(_ a: Activity) -> [EconomicCode: Amount] {
        var out: [EconomicCode: Amount] = [:]
        for c in a.costs where c.amount != .zero { out[c.economicCode, default: .zero] = out[c.economicCode, default: .zero] + c.amount }
        return out
    }

    /// The goal table's Genel Toplam as printed, else the sum of its activities.
    static func goalSplit(_ g: Goal) -> BudgetSplit {
        if let s = g.statedTotal { return s }
        return BudgetSplit(budget: g.activities.map { $0.budget ?? .zero }.sum(),
                           offBudget: g.activities.map { $0.offBudget ?? .zero }.sum(),
                           total: g.activities.map(amount).sum())
    }


    /// The median new/old ratio of activity totals: the program's general drift.
    static func medianRatio(pairs: [(Activity, Activity)]) -> Double? {
        let ratios = pairs.compactMap { o, n -> Double? in
            let a = amount(o), b = amount(n)
            return a.kurus > 0 && b.kurus > 0 ? Double(b.kurus) / Double(a.kurus) : nil
        }.sorted()
        guard ratios.count >= MatchThresholds.driftMinimumActivities else { return nil }
        let mid = ratios.count / 2
        return ratios.count % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2
    }
}
