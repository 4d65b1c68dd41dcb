/// Why a page picture could not be made. Every case names the file.
public enum PageRenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The PDF page could not be drawn (document unreadable, page missing, size too large).
    case cannotRender(path: String, page: Int, reason: String)
    /// The PNG could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotRender(let p, let page, let reason): return "\(p): page \(page) cannot be drawn: \(reason)"
        case .cannotWrite(let p, let reason): return "\(p): cannot write the picture: \(reason)"
        }
    }
}
