import PageLayout

/// Running headers, footers and page numbers: text that repeats in the page margins.
/// They are removed before tables are read so they never enter a cell.
enum PageFurniture {
    /// The margin zones: this fraction of the page height at the top and at the bottom.
    static let marginFraction = 0.1
    /// A margin line whose text (digits ignored) recurs on at least this share of the pages
    /// is furniture.
    static let recurrenceShare = 0.3
    /// … and on at least this many pages (a short document has few).
    static let minimumRecurrence = 3
    /// Page numbers sit in the outermost band of the page, this fraction of its height.
    static let pageNumberFraction = 0.07

    static func key(_ line: TextLine) -> String {
        String(line.text.filter { !$0.isNumber && !$0.isWhitespace })
    }

    static func isMargin(_ line: TextLine, in page: Page) -> Bool {
        line.box.y1 < page.height * marginFraction || line.box.y0 > page.height * (1 - marginFraction)
    }

    /// Pages with their furniture lines removed (words and lines alike).
    static func strip(_ pages: [Page]) -> [Page] {
        var counts: [String: Int] = [:]
        for page in pages {
            for key in Set(page.lines.filter { isMargin($0, in: page) }.map(key)) { counts[key, default: 0] += 1 }
        }
        let threshold = max(minimumRecurrence, Int(Double(pages.count) * recurrenceShare))
        return pages.map { page in
            var p = page
            p.lines = page.lines.filter { line in
                guard isMargin(line, in: page) else { return true }
                let k = key(line)
                if k.isEmpty {
                    // A page number: one short number near the very edge of the page (a year
                    // row of a table header near the top is neither).
                    let edge = line.box.y1 < page.height * pageNumberFraction || line.box.y0 > page.height * (1 - pageNumberFraction)
                    return !(line.words.count == 1 && line.text.count <= 4 && edge)
                }
                return (counts[k] ?? 0) < threshold
            }
            p.words = p.lines.flatMap(\.words)
            return p
        }
    }

    /// The furniture lines themselves (they name the administration and the year).
    static func furniture(_ pages: [Page]) -> [TextLine] {
        var counts: [String: Int] = [:]
        var sample: [String: TextLine] = [:]
        for page in pages {
            for line in page.lines where isMargin(line, in: page) {
                let k = key(line)
                guard !k.isEmpty else { continue }
                counts[k, default: 0] += 1
                if sample[k] == nil { sample[k] = line }
            }
        }
        let threshold = max(minimumRecurrence, Int(Double(pages.count) * recurrenceShare))
        return counts.filter { $0.value >= threshold }.sorted { $0.value > $1.value }.compactMap { sample[$0.key] }
    }
}
