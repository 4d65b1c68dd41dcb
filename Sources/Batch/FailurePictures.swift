import Dataset
import Foundation
import Inspection
import PageLayout
import TableGeometry

/// The worker's pictures of the pages where something did not add up (failed checks) or
/// was not read (tables recognised only in part). Drawn after the parse and its memory
/// measure, and only when there is such a page: a clean document costs nothing more.
///
/// A failed check's provenance is its page and its stated figure (checks.csv: `page`,
/// `expected`), not a row: its picture outlines the rows of that page printing the stated
/// figure, and only when the figure is not printed there as such, the tables on the page
/// that name the check's goal or activity (else all of them), saying so. A page named
/// only by an unread table gets the inspect view (every table, its grid, the ignored rows).
enum FailurePictures {
    /// At most this many pages a file: enough to see the pattern, and the report stays small.
    static let maximumPages = 12
    /// Pixels per point: a page about 600 px wide, readable in the report, ~100 kB as PNG.
    static let scale = 1.0
    /// A figure printed on more rows than this (a round `0,00`, a count that is also a
    /// page number) points at no row in particular: the tables are outlined instead.
    static let maximumMatchingRows = 4

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
        guard !pages.isEmpty, let inspection = try? DocumentInspection(path: path, password: password, pages: pages) else { return [] }
        let failed = parsed.checks.filter { $0.status == .mismatch }
        var pictures: [PagePicture] = []
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-picture-\(getpid()).png")
        defer { try? FileManager.default.removeItem(at: temporary) }
        for page in pages {
            let checks = failed.filter { $0.page == page }
            var notes: [String]?
            do {
                if checks.isEmpty {
                    try inspection.writePNG(page: page, scale: scale, to: temporary.path)
                } else {
                    let outline = outline(checks, rows: inspection.rows(onPage: page), tables: inspection.tables(onPage: page),
                                          names: { subjectNames($0, in: parsed.program) })
                    try inspection.writePNG(page: page, scale: scale, outlining: outline.regions, to: temporary.path)
                    notes = outline.notes
                }
            } catch {
                continue
            }
            guard let data = try? Data(contentsOf: temporary) else { continue }
            pictures.append(PagePicture(page: page, png: data, outlined: notes))
        }
        return pictures
    }

    /// What to outline for the failed checks of one page, and a sentence per check (in
    /// the order of `checks`, which the regions' tags number from 1) saying what it outlines.
    /// `names` gives the names of what a check concerns (its activity, or its goal's title and
    /// activities), to tell the page's tables that hold its facts.
    static func outline(_ checks: [CheckResult], rows: [RowBand], tables: [(box: Rect, rows: [RowBand])],
                        names: (CheckResult) -> [String] = { _ in [] }) -> (regions: [OutlinedRegion], notes: [String]) {
        var regions: [OutlinedRegion] = []
        var notes: [String] = []
        func add(_ box: Rect, _ kind: OutlinedRegion.Kind, _ number: Int) {
            if let i = regions.firstIndex(where: { $0.box == box }) {
                regions[i].label += ", \(number)"
            } else {
                regions.append(OutlinedRegion(box: box, kind: kind, label: String(number)))
            }
        }
        for (k, c) in checks.enumerated() {
            let number = k + 1
            let stated = DisplayNumber.checkValue(c.expected, check: c.check)
            let name = c.check + (c.detail.isEmpty ? "" : " (\(c.detail))")
            let printing = rows.filter { row in row.words.contains { prints(c, $0.text) } }
            if !printing.isEmpty, printing.count <= maximumMatchingRows {
                for row in printing { add(row.box, .row, number) }
                notes.append("\(name): the row\(printing.count == 1 ? "" : "s") printing the stated \(stated)")
                continue
            }
            let naming = tables.filter { table in names(c).contains { name in table.rows.contains { startsName($0, name) } } }
            let chosen = naming.isEmpty ? tables : naming
            if chosen.isEmpty {
                notes.append("\(name): the stated \(stated) is not printed as such on the page and no table was recognised there: nothing outlined")
                continue
            }
            for table in chosen { add(table.box, .table, number) }
            let which = naming.isEmpty ? "the table\(chosen.count == 1 ? "" : "s") on it" : "the table\(chosen.count == 1 ? "" : "s") naming what it checks"
            notes.append("\(name): the stated \(stated) is not printed as such on the page (the check gives only its page), so \(which)")
        }
        return (regions, notes)
    }

    /// The first words of a name that a row must hold to be the name's row: enough to tell
    /// one activity from another, few enough to sit on a wrapped name's first line.
    static let nameWords = 3

    /// Whether one line of `row` starts the name (its first `nameWords` words, case and
    /// spacing aside).
    static func startsName(_ row: RowBand, _ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: \.isWhitespace).prefix(nameWords)
        guard !words.isEmpty else { return false }
        let wanted = words.joined(separator: " ")
        return row.lines.contains { $0.text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(wanted) }
    }

    /// What a check's subject names: an activity's name, or a goal's title and its activities'
    /// names; nothing for the program.
    static func subjectNames(_ c: CheckResult, in program: Program) -> [String] {
        let parts = c.subject.split(separator: "/")
        func number(_ letter: Character) -> Int? {
            parts.last { $0.first == letter && $0.count > 1 && $0.dropFirst().allSatisfy(\.isNumber) }.flatMap { Int($0.dropFirst()) }
        }
        guard let g = number("G"), let goal = program.goals.first(where: { $0.no == g }) else { return [] }
        if let f = number("F"), let activity = goal.activities.first(where: { $0.no == f }) { return [activity.name] }
        return [goal.title] + goal.activities.map(\.name)
    }

    /// Whether a word prints the check's stated figure: the same amount (not zero, which
    /// many cells print), or the same count or share.
    static func prints(_ c: CheckResult, _ word: String) -> Bool {
        if c.check != "share", c.expected.contains("."), let stated = Amount(canonical: c.expected) {
            return stated != .zero && TurkishNumber.amount(word) == stated
        }
        return TurkishNumber.value(word) == c.expected
    }
}
