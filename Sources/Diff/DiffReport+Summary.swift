import Dataset

/// The sentences every renderer opens with.
extension DiffReport {
    /// `Kayseri Büyükşehir Belediyesi 2024 → 2025`.
    public var title: String {
        old.administration == new.administration
            ? "\(new.administration) \(old.year) → \(new.year)"
            : "\(old.administration) \(old.year) → \(new.administration) \(new.year)"
    }

    /// `goals 51 → 52, indicators 200 → 206, activities 154 → 161`.
    public var sizeLine: String {
        let n = DisplayNumber.integer
        return "goals \(n(old.goalCount)) → \(n(new.goalCount)), indicators \(n(old.indicatorCount)) → \(n(new.indicatorCount)), "
            + "activities \(n(old.activityCount)) → \(n(new.activityCount))"
    }

    /// `8.022.000.000,00 TL → 11.303.994.900,00 TL (+3.281.994.900,00 TL, +%40,91)`.
    public var budgetLine: String {
        let change = newActivitiesTotal - oldActivitiesTotal
        let percent = AmountRatio.percentChange(old: oldActivitiesTotal, new: newActivitiesTotal).map { ", " + DisplayNumber.percent($0) } ?? ""
        return "\(DisplayNumber.lira(oldActivitiesTotal)) → \(DisplayNumber.lira(newActivitiesTotal)) (\(DisplayNumber.signedLira(change))\(percent))"
    }

    /// How many budget changes depart from the general drift, and the drift itself.
    public var driftLine: String? {
        guard let median = medianBudgetRatio else { return nil }
        let departing = changes.filter { $0.kind == .activityBudgetChanged && $0.extra("departs_from_drift") == .flag(true) }.count
        return "median activity ratio \(DisplayNumber.decimal(median)); \(DisplayNumber.integer(departing)) budget change\(departing == 1 ? "" : "s") "
            + "depart from it by more than %\(Int(((MatchThresholds.budgetDriftTolerance - 1) * 100).rounded()))"
    }

    public var structuralCount: Int { changes.filter { $0.kind.isStructural }.count }
}
