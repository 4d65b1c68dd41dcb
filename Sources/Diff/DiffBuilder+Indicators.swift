import Dataset

/// A matched indicator: renumbering, unit or name, the program-year target, restated values.
extension DiffBuilder {
    mutating func matchedIndicator(_ op: EntityPosition, _ np: EntityPosition, group g: Int) {
        let oi = indicator(old, op), ni = indicator(new, np)
        let os = indicatorSubject(old, op), ns = indicatorSubject(new, np)
        if oi.code != ni.code || (oi.code.isEmpty && oi.no != ni.no) {
            changes.append(Change(kind: .indicatorRenumbered, old: os, new: ns, field: "indicator_code",
                                  oldValue: .text(oi.code.isEmpty ? String(oi.no) : oi.code),
                                  newValue: .text(ni.code.isEmpty ? String(ni.no) : ni.code), group: g))
        }
        if oi.unit != ni.unit {
            changes.append(Change(kind: .indicatorUnitChanged, old: os, new: ns, field: "unit", oldValue: .text(oi.unit), newValue: .text(ni.unit), group: g))
        } else if TextNormalization.collapse(oi.name) != TextNormalization.collapse(ni.name) {
            changes.append(Change(kind: .indicatorRenamed, old: os, new: ns, field: "name", oldValue: .text(oi.name), newValue: .text(ni.name), group: g))
        }
        // The program year's target against the previous program year's target.
        let ot = IndicatorYearValues.target(oi, year: old.year), nt = IndicatorYearValues.target(ni, year: new.year)
        if let ot, let nt, IndicatorYearValues.differ(ot, nt) {
            var extras: [ChangeExtra] = []
            if let ov = ot.value.flatMap(Amount.init(canonical:)), let nv = nt.value.flatMap(Amount.init(canonical:)),
               let p = AmountRatio.percentChange(old: ov, new: nv) {
                extras.append(ChangeExtra(key: "percent", value: .decimal(p)))
            }
            changes.append(Change(kind: .indicatorTargetChanged, old: os, new: ns, field: "target",
                                  oldValue: .indicatorValue(ot), newValue: .indicatorValue(nt), extras: extras, group: g))
        }
        // Years both programs print: an estimate that became an actual, a target that became an estimate.
        let oldYears = Set(oi.values.map(\.year))
        for year in Set(ni.values.map(\.year)).intersection(oldYears).sorted() {
            guard let ov = IndicatorYearValues.value(oi, year: year), let nv = IndicatorYearValues.value(ni, year: year), IndicatorYearValues.differ(ov, nv) else { continue }
            changes.append(Change(kind: .indicatorValueRestated, old: os, new: ns, field: String(year),
                                  oldValue: .indicatorValue(ov), newValue: .indicatorValue(nv), group: g))
        }
    }
}
