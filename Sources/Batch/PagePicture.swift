import Foundation

/// A picture of one page of a program's PDF, drawn by the inspect renderer (words, rulings,
/// each table's rows and columns outlined), for the report page: made only for the pages
/// of failed checks and unread tables, so that an analyst sees what the parser saw there.
public struct PagePicture: Sendable, Codable, Equatable {
    public var page: Int
    /// PNG bytes (base64 in JSON).
    public var png: Data

    public init(page: Int, png: Data) {
        self.page = page
        self.png = png
    }
}
