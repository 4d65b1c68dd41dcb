import Dataset

/// `unit_total`: a responsible unit's stated lines (İdarenin Toplam Kaynak İhtiyacı):
/// its "Hedef" against its activities' Toplam in the goal tables, and Hedef + Personel
/// Gideri + Genel Yönetim Gideri against its "Toplam". Then `program_total`: the units'
/// Toplam lines against the program's grand total ("Toplam Maliyet").
enum UnitTotalCheck {
    static func run(_ program: Program) -> [CheckResult] {
        var results: [CheckResult] = []
        var counted: [StatedUnitCost] = []
        let activities = program.allActivities.map(\.activity)
        let units = UnitKeys(activities)
        for unit in program.statedUnitCosts {
            // A table restated on a later page is checked once.
            guard !counted.contains(where: { $0.unit == unit.unit }) else { continue }
            counted.append(unit)
            if let stated = unit.activities {
                let name = UnitKey(unit.unit)
                let own = zip(activities, units.activities(areOf: name)).filter(\.1).map(\.0)
                results.append(.amounts(.unitTotal, program: program, subject: program.id, expected: stated,
                                        actual: own.map { $0.total ?? .zero }.sum(), page: unit.page,
                                        detail: "\(unit.unit): Hedef against its \(own.count) activities' Toplam"))
            }
            let lines = [unit.activities, unit.personnel, unit.generalAdmin].compactMap { $0 }
            if let stated = unit.total, !lines.isEmpty {
                results.append(.amounts(.unitTotal, program: program, subject: program.id, expected: stated,
                                        actual: lines.sum(), page: unit.page,
                                        detail: "\(unit.unit): Hedef + Personel Gideri + Genel Yönetim Gideri against Toplam"))
            }
        }
        let unitTotals = counted.compactMap(\.total)
        if !unitTotals.isEmpty,
           let grand = program.totals.first(where: { $0.measure == .total && $0.economicCode == nil && $0.source == nil }) {
            results.append(.amounts(.programTotal, program: program, subject: program.id, expected: grand.amount,
                                    actual: unitTotals.sum(), page: grand.page ?? counted.last?.page,
                                    detail: "the \(unitTotals.count) units' Toplam against the grand total"))
        }
        return results
    }
}
