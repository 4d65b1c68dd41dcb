import Dataset

/// An old or new value of a change, or one of its extra facts.
public enum ChangeValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case amount(Amount)
    /// Bütçe / Bütçe Dışı / Toplam.
    case split(BudgetSplit)
    case indicatorValue(IndicatorValue)
    /// Amounts by economic code (all funding sources added).
    case costs([EconomicCode: Amount])
    /// An exact decimal as text (`1.3273`, `+32.73`).
    case decimal(String)
    case flag(Bool)

    /// One line for people, in the human formats' Turkish notation (`DisplayNumber`).
    public var display: String {
        switch self {
        case .text(let s): return s
        case .integer(let n): return DisplayNumber.integer(n)
        case .amount(let a): return DisplayNumber.lira(a)
        case .split(let s): return DisplayNumber.lira(s.total ?? s.budget ?? .zero)
        case .indicatorValue(let v): return "\(DisplayNumber.indicator(v)) (\(v.year) \(v.kind.rawValue))"
        case .costs(let c):
            return c.keys.sorted().map { "\($0.rawValue): \(DisplayNumber.lira(c[$0] ?? .zero))" }.joined(separator: ", ")
        case .decimal(let d): return DisplayNumber.decimal(d)
        case .flag(let b): return b ? "yes" : "no"
        }
    }
}

/// A named extra fact of a change (`ratio`, `change`, `percent`, …), kept in order.
public struct ChangeExtra: Sendable, Equatable {
    public var key: String
    public var value: ChangeValue
}
