/// What the PDF says about itself.
public struct DocumentInfo: Sendable, Codable, Equatable {
    public var path: String
    public var pageCount: Int
    public var title: String?
    public var producer: String?
    public var creator: String?

    public init(path: String, pageCount: Int, title: String?, producer: String?, creator: String?) {
        self.path = path
        self.pageCount = pageCount
        self.title = title
        self.producer = producer
        self.creator = creator
    }
}
