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
