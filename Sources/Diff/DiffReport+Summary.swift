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
        "goals \(old.goalCount) → \(new.goalCount), indicators \(old.indicatorCount) → \(new.indicatorCount), "
            + "activities \(old.activityCount) → \(new.activityCount)"
    }

    /// `8.022.000.000,00 → 11.303.994.900,00 (+3.281.994.900,00, +40.91%)`.
    public var budgetLine: String {
        let change = newActivitiesTotal - oldActivitiesTotal
        let percent = AmountFormat.percentChange(old: oldActivitiesTotal, new: newActivitiesTotal).map { ", \($0)%" } ?? ""
        return "\(AmountFormat.lira(oldActivitiesTotal)) → \(AmountFormat.lira(newActivitiesTotal)) (\(AmountFormat.signedLira(change))\(percent))"
    }

    /// How many budget changes depart from the general drift, and the drift itself.
    public var driftLine: String? {
        guard let median = medianBudgetRatio else { return nil }
        let departing = changes.filter { $0.kind == .activityBudgetChanged && $0.extra("departs_from_drift") == .flag(true) }.count
        return "median activity ratio \(median); \(departing) budget change\(departing == 1 ? "" : "s") depart from it by more than "
            + "\(Int(((MatchThresholds.budgetDriftTolerance - 1) * 100).rounded()))%"
    }

    public var structuralCount: Int { changes.filter { $0.kind.isStructural }.count }
}
