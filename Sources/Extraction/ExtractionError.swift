import Foundation

/// Why a PDF could not be read. Every case names the file; page-level cases name the page.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case notPDF(path: String)
    case damaged(path: String, reason: String)
    case encrypted(path: String, passwordGiven: Bool)
    /// Scanned: the pages hold images but no text layer.
    case noTextLayer(path: String, pages: [Int])
    /// The pages give no readable text although the document is not scanned: the text was
    /// stripped, or its fonts have no Unicode map (only unmapped glyphs come out).
    case textLost(path: String, pages: [Int])
    case pageOutOfRange(path: String, page: Int, pageCount: Int)
    /// Every page with text holds more glyphs than a page may (`PageLimits`).
    case tooManyGlyphs(path: String, pages: [Int], limit: Int)

    public var path: String {
        switch self {
        case .fileNotFound(let p), .unreadable(let p, _), .notPDF(let p), .damaged(let p, _),
             .encrypted(let p, _), .noTextLayer(let p, _), .textLost(let p, _), .pageOutOfRange(let p, _, _),
             .tooManyGlyphs(let p, _, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let p):
            return "\(p): no such file"
        case .unreadable(let p, let reason):
            return "\(p): cannot be read: \(reason)"
        case .notPDF(let p):
            return "\(p): not a PDF (the file does not start with %PDF-)"
        case .damaged(let p, let reason):
            return "\(p): damaged PDF: \(reason)"
        case .encrypted(let p, let given):
            return given
                ? "\(p): encrypted PDF: the password given is wrong"
                : "\(p): encrypted PDF: a password is required (give it with --password PW; for build, in a --passwords FILE)"
        case .noTextLayer(let p, let pages):
            return "\(p): no text layer: \(PageList.describe(pages)) \(pages.count == 1 ? "has" : "have") images but no text (scanned?)"
        case .textLost(let p, let pages):
            return "\(p): text lost: \(PageList.describe(pages)) \(pages.count == 1 ? "gives" : "give") no readable text and no images (text stripped, or fonts without a Unicode map)"
        case .pageOutOfRange(let p, let page, let count):
            return "\(p): page \(page) is out of range (the document has \(count) pages)"
        case .tooManyGlyphs(let p, let pages, let limit):
            return "\(p): \(PageList.describe(pages)) refused: more than \(limit) glyphs on a page (generated or hostile content?)"
        }
    }
}

enum PageList {
    /// "page 3" / "pages 1-4, 7".
    static func describe(_ pages: [Int]) -> String {
        guard !pages.isEmpty else { return "no page" }
        var parts: [String] = []
        var start = pages[0], prev = pages[0]
        for p in pages.dropFirst() {
            if p == prev + 1 { prev = p; continue }
            parts.append(start == prev ? "\(start)" : "\(start)-\(prev)")
            start = p; prev = p
        }
        parts.append(start == prev ? "\(start)" : "\(start)-\(prev)")
        return (pages.count == 1 ? "page " : "pages ") + parts.joined(separator: ", ")
    }
}
