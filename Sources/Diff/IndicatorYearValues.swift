import Dataset

/// Which printed value of an indicator stands for a year, and when two differ.
enum IndicatorYearValues {
    /// The target for the program's own year, else the latest target printed.
    static func target(_ i: Indicator, year: Int) -> IndicatorValue? {
        i.values.first { $0.kind == .target && $0.year == year } ?? i.values.filter { $0.kind == .target }.max { $0.year < $1.year }
    }

    /// The value printed for a year, the most definitive kind first.
    static func value(_ i: Indicator, year: Int) -> IndicatorValue? {
        for kind in [ValueKind.actual, .estimate, .target] {
            if let v = i.values.first(where: { $0.year == year && $0.kind == kind }) { return v }
        }
        return nil
    }

    /// Values differ by number; cells that are not numbers differ by their text.
    static func differ(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
        if a.value != nil || b.value != nil { return a.value != b.value }
        return TextNormalization.collapse(a.raw) != TextNormalization.collapse(b.raw)
    }
}
