import Dataset
import Foundation
import Inspection

/// The worker's pictures of the pages where something did not add up (failed checks) or
/// was not read (tables recognised only in part). Drawn after the parse and its memory
/// measure, and only when there is such a page: a clean document costs nothing more.
enum FailurePictures {
    /// At most this many pages a file: enough to see the pattern, and the report stays small.
    static let maximumPages = 12
    /// Pixels per point: a page about 600 px wide, readable in the report, ~100 kB as PNG.
    static let scale = 1.0

    /// The pages worth a picture: failed checks' pages, then pages named by recognition
    /// diagnostics ("… page 12: …"), in page order, at most `maximumPages`.
    static func pages(of parsed: ParsedProgram) -> [Int] {
        var pages = Set(parsed.checks.filter { $0.status == .mismatch }.compactMap(\.page))
        for d in parsed.diagnostics { pages.formUnion(pageNumbers(in: d)) }
        return Array(pages.filter { $0 >= 1 && $0 <= max(1, parsed.program.pageCount) }.sorted().prefix(maximumPages))
    }

    /// `page 12` and `pages 3, 4` in a diagnostic line.
    static func pageNumbers(in text: String) -> [Int] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == "(" || $0 == ")" })
        var out: [Int] = []
        var afterPage = false
        for w in words {
            if w == "page" || w == "pages" { afterPage = true; continue }
            if afterPage, let n = Int(w) { out.append(n); continue }
            afterPage = false
        }
        return out
    }

    static func render(path: String, password: String?, parsed: ParsedProgram) -> [PagePicture] {
        let pages = pages(of: parsed)
        guard !pages.isEmpty, let inspection = try? DocumentInspection(path: path, password: password) else { return [] }
        var pictures: [PagePicture] = []
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-picture-\(getpid()).png")
        defer { try? FileManager.default.removeItem(at: temporary) }
        for page in pages {
            guard (try? inspection.writePNG(page: page, scale: scale, to: temporary.path)) != nil,
                  let data = try? Data(contentsOf: temporary) else { continue }
            pictures.append(PagePicture(page: page, png: data))
        }
        return pictures
    }
}
