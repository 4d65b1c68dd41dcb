import Dataset
import Foundation

/// `report.html`, beside report.json: the build as a page to look at, opened from the
/// dataset folder with no server (one file; pictures embedded as `data:` PNGs; no
/// scripts). It lists every input file with its status, program and counts, what changed
/// since the last build, every failed check with its page and amounts, and a picture of
/// each page where a check failed or a table was not read. The same inputs give the same
/// bytes, apart from the build's duration.
public enum BuildReportPage {
    public static func render(_ report: BuildReport, pictures: [String: [PagePicture]]) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        h += "<title>perfprog build report: \(e(report.output))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        h += "<h1>Build report</h1>\n"
        h += summary(report)
        h += changes(report)
        h += files(report)
        h += failedChecks(report, pictures: pictures)
        h += otherPictures(report, pictures: pictures)
        h += diagnostics(report)
        h += "</body>\n</html>\n"
        return h
    }

    static func summary(_ r: BuildReport) -> String {
        let failedChecks = r.files.filter(\.published).reduce(0) { $0 + $1.checksFailed.count }
        var h = "<section id=\"summary\">\n<p class=\"lead\"><strong>\(r.programs.count)</strong> program\(r.programs.count == 1 ? "" : "s") in "
            + "<code>\(e(r.output))</code> from \(r.files.count) file\(r.files.count == 1 ? "" : "s"): "
            + "\(r.filesOK) parsed, \(r.filesUnchanged) unchanged, "
            + "<span class=\"\(r.filesFailed > 0 ? "bad" : "")\">\(r.filesFailed) failed</span>; "
            + "<span class=\"\(failedChecks > 0 ? "warn" : "")\">\(failedChecks) failed check\(failedChecks == 1 ? "" : "s")</span>.</p>\n"
        h += "<p class=\"meta\">parser version \(e(r.parserVersion)) · \(r.jobs) worker\(r.jobs == 1 ? "" : "s") · "
            + "<span class=\"timing\">\(DisplayNumber.seconds(r.durationSeconds))</span></p>\n"
        if let reason = r.notPublished { h += "<p class=\"bad\">Nothing was published: \(e(reason)).</p>\n" }
        if !r.keptPrevious.isEmpty {
            h += "<p class=\"warn\">Kept as previously published: \(r.keptPrevious.map { "<code>\(e($0))</code>" }.joined(separator: ", ")).</p>\n"
        }
        return h + "</section>\n"
    }

    static func changes(_ r: BuildReport) -> String {
        var h = "<section id=\"changes\">\n<h2>Since the last build</h2>\n"
        guard let c = r.changes else { return h + "<p>This is the first build of this dataset.</p>\n</section>\n" }
        if c.isEmpty { return h + "<p>No program added, removed or updated.</p>\n</section>\n" }
        h += "<ul>\n"
        for id in c.added { h += "<li class=\"added\">added <code>\(e(id))</code></li>\n" }
        for id in c.updated { h += "<li class=\"updated\">updated <code>\(e(id))</code> (its PDF changed)</li>\n" }
        for x in c.removed { h += "<li class=\"removed\">removed <code>\(e(x.programID))</code>: \(e(x.reason))</li>\n" }
        return h + "</ul>\n</section>\n"
    }

    static func files(_ r: BuildReport) -> String {
        var h = "<section id=\"files\">\n<h2>Input files</h2>\n<table class=\"files\">\n<thead><tr>"
            + "<th>file</th><th>status</th><th>program</th><th class=\"num\">goals</th><th class=\"num\">indicators</th>"
            + "<th class=\"num\">activities</th><th class=\"num\">activities' total</th><th class=\"num\">failed checks</th>"
            + "</tr></thead>\n<tbody>\n"
        for f in r.files {
            let status = f.status == .failed ? "failed" : (f.published ? f.status.rawValue : "\(f.status.rawValue), not published")
            let total = f.activitiesTotal.flatMap { Amount(canonical: $0) }.map(DisplayNumber.lira) ?? ""
            func count(_ table: String) -> String { f.counts?[table].map(DisplayNumber.integer) ?? "" }
            let checks = f.checksFailed.isEmpty ? (f.programID == nil ? "" : "0")
                : "<a href=\"#checks-\(anchor(f.programID ?? f.path))\">\(f.checksFailed.count)</a>"
            h += "<tr class=\"status-\(f.status.rawValue)\"><td class=\"file\">\(e(URL(fileURLWithPath: f.path).lastPathComponent))"
                + "<div class=\"path\">\(e(f.path))</div></td><td class=\"status\"><span class=\"badge \(f.status.rawValue)\">\(e(status))</span></td>"
                + "<td class=\"program\">\(f.programID.map { "<code>\(e($0))</code>" } ?? "")</td><td class=\"num\" data-label=\"goals\">\(count("goals"))</td>"
                + "<td class=\"num\" data-label=\"indicators\">\(count("indicators"))</td><td class=\"num\" data-label=\"activities\">\(count("activities"))</td>"
                + "<td class=\"num\" data-label=\"activities' total\">\(total)</td><td class=\"num\" data-label=\"failed checks\">\(checks)</td></tr>\n"
            if let error = f.error { h += "<tr class=\"error\"><td colspan=\"8\">\(e(error))</td></tr>\n" }
            if let note = f.note { h += "<tr class=\"note\"><td colspan=\"8\">\(e(note))</td></tr>\n" }
        }
        return h + "</tbody>\n</table>\n</section>\n"
    }

    static func failedChecks(_ r: BuildReport, pictures: [String: [PagePicture]]) -> String {
        let files = r.files.filter { !$0.checksFailed.isEmpty }
        var h = "<section id=\"checks\">\n<h2>Failed checks</h2>\n"
        guard !files.isEmpty else { return h + "<p>Every check of the documents' own arithmetic adds up.</p>\n</section>\n" }
        h += "<p>What the document states against what its parts add up to. All of them, grouped by goal: "
            + "<code>perfprog check \(e(r.output))</code>.</p>\n"
        for f in files {
            let program = f.programID ?? f.path
            let pics = Dictionary((pictures[program] ?? []).map { ($0.page, $0) }, uniquingKeysWith: { a, _ in a })
            h += "<section class=\"program\" id=\"checks-\(anchor(program))\">\n<h3><code>\(e(program))</code> "
                + "<span class=\"count\">\(f.checksFailed.count) failed</span></h3>\n<table class=\"checks\">\n"
                + "<thead><tr><th>goal</th><th class=\"num\">page</th><th>check</th><th class=\"num\">stated</th>"
                + "<th class=\"num\">found</th><th class=\"num\">difference</th></tr></thead>\n<tbody>\n"
            for c in f.checksFailed {
                let goal = c.goalID.map { id in
                    let short = id.split(separator: "/").last.map(String.init) ?? id
                    return "<strong>\(e(short))</strong> \(e(c.goalTitle ?? ""))"
                } ?? "program"
                let page = c.page.map { p in pics[p] != nil ? "<a href=\"#page-\(anchor(program))-\(p)\">\(p)</a>" : String(p) } ?? ""
                var difference = ""
                if c.check != "share", c.expected.contains("."), let s = Amount(canonical: c.expected), let a = Amount(canonical: c.actual) {
                    difference = DisplayNumber.signedLira(a - s)
                } else if let s = Int(c.expected), let a = Int(c.actual) {
                    difference = (a - s > 0 ? "+" : "") + DisplayNumber.integer(a - s)
                }
                h += "<tr><td class=\"goal\">\(goal)</td><td class=\"num\" data-label=\"page\">\(page)</td>"
                    + "<td class=\"check\"><code>\(e(c.check))</code>\(c.detail.map { "<div class=\"detail\">\(e($0))</div>" } ?? "")</td>"
                    + "<td class=\"num\" data-label=\"stated\">\(e(DisplayNumber.checkValue(c.expected, check: c.check)))</td>"
                    + "<td class=\"num\" data-label=\"found\">\(e(DisplayNumber.checkValue(c.actual, check: c.check)))</td>"
                    + "<td class=\"num\" data-label=\"difference\">\(e(difference))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
            let pages = Set(f.checksFailed.compactMap(\.page))
            for picture in (pictures[program] ?? []) where pages.contains(picture.page) {
                h += figure(picture, program: program, file: f.path, why: "a check failed here")
            }
            h += "</section>\n"
        }
        return h + "</section>\n"
    }

    /// Pictures of pages with no failed check: tables the parser read only in part.
    static func otherPictures(_ r: BuildReport, pictures: [String: [PagePicture]]) -> String {
        var h = ""
        for f in r.files {
            guard let program = f.programID else { continue }
            let checked = Set(f.checksFailed.compactMap(\.page))
            let rest = (pictures[program] ?? []).filter { !checked.contains($0.page) }
            guard !rest.isEmpty else { continue }
            h += "<section class=\"program\" id=\"unread-\(anchor(program))\">\n<h3>Tables not fully read: <code>\(e(program))</code></h3>\n"
            for picture in rest { h += figure(picture, program: program, file: f.path, why: "a table was read only in part") }
            h += "</section>\n"
        }
        return h.isEmpty ? "" : "<section id=\"unread\">\n<h2>Pages to look at</h2>\n\(h)</section>\n"
    }

    /// A page's picture: for a failed check, what is outlined for each check (the rows
    /// printing its stated figure, or the page's tables when the check gives only its page);
    /// otherwise the parser's whole view.
    static func figure(_ p: PagePicture, program: String, file: String, why: String) -> String {
        let name = e(URL(fileURLWithPath: file).lastPathComponent)
        var h = "<figure id=\"page-\(anchor(program))-\(p.page)\">\n<img alt=\"page \(p.page) of \(name)\" "
            + "src=\"data:image/png;base64,\(p.png.base64EncodedString())\"/>\n<figcaption>page \(p.page) of \(name) — \(e(why)); "
        if let outlined = p.outlined {
            h += "outlined and numbered (magenta: rows printing the stated figure; orange: tables, where the figure is not printed as such):"
                + "<ol class=\"outlined\">" + outlined.map { "<li>\(e($0))</li>" }.joined() + "</ol>"
        } else {
            h += "the parser's view: words (blue), rulings (red), each table's rows and columns (orange), ignored rows (grey, dashed)"
        }
        return h + "</figcaption>\n</figure>\n"
    }

    static func diagnostics(_ r: BuildReport) -> String {
        let files = r.files.filter { !$0.diagnostics.isEmpty }
        guard !files.isEmpty else { return "" }
        var h = "<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n"
        for f in files {
            h += "<details><summary>\(e(URL(fileURLWithPath: f.path).lastPathComponent)): \(f.diagnostics.count) "
                + "note\(f.diagnostics.count == 1 ? "" : "s")</summary>\n<ul>\n"
            for d in f.diagnostics { h += "<li>\(e(d))</li>\n" }
            h += "</ul>\n</details>\n"
        }
        return h + "</section>\n"
    }

    /// An id fragment from a program id or path: letters, digits and `-`.
    static func anchor(_ s: String) -> String {
        String(s.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    static func e(_ s: String) -> String { HTMLText.escape(s) }

    static let style = """
    body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1em 1.5em; color: #222; max-width: 1200px; line-height: 1.4; }
    h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
    h3 { font-size: 1em; } .lead { font-size: 1.1em; } .meta { color: #666; font-size: 0.9em; }
    .bad { color: #b00020; } .warn { color: #9a6700; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 1em; font-size: 0.9em; }
    th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    code { overflow-wrap: anywhere; } ol.outlined { margin: 0.2em 0; padding-left: 1.8em; }
    th { background: #f6f6f6; overflow-wrap: normal; } /* headers break between words only */
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.file { overflow-wrap: anywhere; min-width: 9em; } .path { color: #777; font-size: 0.8em; }
    .detail { color: #666; font-size: 0.85em; }
    .badge { padding: 1px 6px; border-radius: 8px; font-size: 0.85em; white-space: nowrap; }
    .badge.ok { background: #dff3e4; } .badge.skipped-unchanged { background: #e8eef8; } .badge.failed { background: #fde2e4; }
    tr.error td { color: #b00020; } tr.note td { color: #666; }
    li.removed { color: #b00020; } li.added { color: #1a7f37; }
    figure { margin: 1em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #ccc; }
    figcaption { font-size: 0.85em; color: #555; }
    .count { color: #9a6700; font-weight: normal; }
    @media (max-width: 760px) { body { padding: 0.5em; } th, td { padding: 3px 4px; } .path { display: none; } }
    /* A narrow window: each row of the file and check tables becomes a card, its figures
       labelled, so that nothing scrolls sideways. */
    @media (max-width: 760px) {
      table.files thead, table.checks thead { display: none; }
      table.files tr, table.checks tr { display: block; border-bottom: 1px solid #ccc; padding: 4px 0; }
      table.files td, table.checks td { display: inline-block; border: none; padding: 1px 10px 1px 0; text-align: left; }
      table.files td.file, table.checks td.goal { display: block; font-weight: 600; }
      td[data-label]::before { content: attr(data-label) ": "; color: #666; font-weight: normal; }
      table.files td:empty, table.checks td:empty { display: none; }
      table.files tr.error td, table.files tr.note td { display: block; }
    }

    """
}
