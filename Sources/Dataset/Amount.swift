/// A lira amount, held exactly in kuruş (hundredths): amounts are added and compared
/// without floating point.
public struct Amount: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var kurus: Int64

    public init(kurus: Int64) { self.kurus = kurus }
    public static let zero = Amount(kurus: 0)

    /// The contract's form: `5500000.00`.
    public var description: String {
        let sign = kurus < 0 ? "-" : ""
        let a = kurus.magnitude
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    public static func + (l: Amount, r: Amount) -> Amount { Amount(kurus: l.kurus + r.kurus) }
    public static func - (l: Amount, r: Amount) -> Amount { Amount(kurus: l.kurus - r.kurus) }
    public static func < (l: Amount, r: Amount) -> Bool { l.kurus < r.kurus }

    /// Parses the contract's canonical form (`5500000.00`, `-3.5`, `12`).
    public init?(canonical text: String) {
        var s = Substring(text)
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]) else { return nil }
        var frac: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard f.count <= 2, f.allSatisfy(\.isNumber), let v = Int64(f.isEmpty ? "0" : f) else { return nil }
            frac = f.count == 1 ? v * 10 : v
        }
        kurus = (whole * 100 + frac) * (negative ? -1 : 1)
    }
}

extension Sequence where Element == Amount {
    public func sum() -> Amount { reduce(.zero, +) }
}
