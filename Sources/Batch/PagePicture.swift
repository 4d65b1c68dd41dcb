import Foundation

/// A picture of one page of a program's PDF for the report page, made only for the pages of
/// failed checks (the rows printing their stated figures outlined) and unread tables (the
/// inspect renderer's view: words, rulings, each table's rows and columns).
public struct PagePicture: Sendable, Codable, Equatable {
    public var page: Int
    /// PNG bytes (base64 in JSON).
    public var png: Data
    /// For a failed check's page: what is outlined for each check (its rows printing the
    /// stated figure, or the tables of the page), one sentence each; nil for the inspect view.
    public var outlined: [String]?

    public init(page: Int, png: Data, outlined: [String]? = nil) {
        self.page = page
        self.png = png
        self.outlined = outlined
    }
}
