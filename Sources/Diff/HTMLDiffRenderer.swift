import Dataset

/// One self-contained page (no scripts, no external files, nothing fetched) an analyst
/// reads on a laptop: the summary first, a table of contents with every goal (each goal's
/// changes one click away, and back), bar charts of the budget change per goal and per
/// economic code (inline SVG that shrinks with the window), then the changes goal by goal
/// in tables whose columns keep the same widths from one goal to the next. Nothing
/// scrolls sideways in a 700 px window. The markup is well-formed XML (XHTML syntax) so
/// that tests can parse it.
public enum HTMLDiffRenderer {
    public static func render(_ r: DiffReport) -> String {
        var h = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        h += "<title>\(e("Year-over-year diff: " + r.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        h += "<h1 id=\"top\">\(e("Year-over-year diff: " + r.title))</h1>\n"
        h += "<section id=\"summary\">\n<h2>Summary</h2>\n<ul>\n"
        h += "<li>old: <code>\(e(r.old.id))</code>\(r.old.sourceFile.isEmpty ? "" : " (\(e(r.old.sourceFile)))")</li>\n"
        h += "<li>new: <code>\(e(r.new.id))</code>\(r.new.sourceFile.isEmpty ? "" : " (\(e(r.new.sourceFile)))")</li>\n"
        h += "<li>\(e(r.sizeLine))</li>\n<li>activities' total: <strong>\(e(r.budgetLine))</strong></li>\n"
        if let d = r.driftLine { h += "<li>\(e(d))</li>\n" }
        h += "<li>\(DisplayNumber.integer(r.changes.count)) changes, \(DisplayNumber.integer(r.structuralCount)) structural</li>\n</ul>\n"
        h += "<table class=\"counts\">\n<thead><tr><th>kind</th><th class=\"num\">count</th></tr></thead>\n<tbody>\n"
        for (kind, count) in r.countsByKind {
            h += "<tr data-kind=\"\(kind.rawValue)\"><td>\(e(kind.label))</td><td class=\"num\">\(DisplayNumber.integer(count))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</section>\n"

        let sections = Self.sections(r)
        h += contents(sections)

        h += "<section id=\"charts\">\n<h2>Budget change per goal</h2>\n"
        h += BudgetChangeChart.svg(id: "chart-goals", caption: "Budget change per goal (sum of activity totals)",
                                   rows: r.goalGroups.map { .init(label: $0.shortLabel + " " + (($0.new ?? $0.old)?.goal.title ?? ""),
                                                                   old: $0.oldAmount, new: $0.newAmount) })
        h += "\n<h2>Budget change per economic code</h2>\n"
        h += BudgetChangeChart.svg(id: "chart-codes", caption: "Budget change per economic code (activity costs)",
                                   rows: r.amountsByCode.map { .init(label: "\($0.code.rawValue) \($0.code.standardName)", old: $0.old, new: $0.new) })
        h += "\n</section>\n"

        h += "<section id=\"changes\">\n<h2>Changes</h2>\n"
        for s in sections { h += table(s) }
        h += "</section>\n</body>\n</html>\n"
        return h
    }

    /// A titled group of changes: the program-wide ones, one per goal, the program totals.
    struct Section {
        var anchor: String
        var title: String
        var changes: [Change]
    }

    static func sections(_ r: DiffReport) -> [Section] {
        var out: [Section] = []
        let programWide = r.changes.filter { $0.group == nil && $0.kind != .programTotalChanged }
        if !programWide.isEmpty { out.append(Section(anchor: "program", title: "Program", changes: programWide)) }
        for (index, group) in r.goalGroups.enumerated() {
            let changes = r.changes(inGroup: index)
            guard !changes.isEmpty else { continue }
            out.append(Section(anchor: "goal-\(index + 1)", title: group.label, changes: changes))
        }
        let totals = r.changes.filter { $0.kind == .programTotalChanged }
        if !totals.isEmpty { out.append(Section(anchor: "program-totals", title: "Program totals", changes: totals)) }
        return out
    }

    /// Every section with its number of changes, linked (the page's way between goals).
    static func contents(_ sections: [Section]) -> String {
        var h = "<nav id=\"contents\">\n<h2>Changes by goal</h2>\n<ol class=\"toc\">\n"
        for s in sections {
            h += "<li><a href=\"#\(s.anchor)\">\(e(s.title))</a> <span class=\"n\">\(DisplayNumber.integer(s.changes.count))</span></li>\n"
        }
        return h + "</ol>\n</nav>\n"
    }

    static func table(_ s: Section) -> String {
        var h = "<section class=\"group\" id=\"\(s.anchor)\">\n<h3>\(e(s.title)) <a class=\"up\" href=\"#contents\">contents ↑</a></h3>\n"
        h += "<table class=\"changes\">\n<colgroup><col class=\"c-change\"/><col class=\"c-subject\"/><col class=\"c-name\"/>"
            + "<col class=\"c-detail\"/><col class=\"c-pages\"/></colgroup>\n"
        h += "<thead><tr><th>change</th><th>subject</th><th>name</th><th>detail</th><th>pages</th></tr></thead>\n<tbody>\n"
        for c in s.changes {
            let cls = c.kind.isStructural ? "change structural" : "change"
            h += "<tr class=\"\(cls)\" data-kind=\"\(c.kind.rawValue)\"><td>\(e(c.kind.label))</td><td>\(e(ChangeDescription.subject(c)))</td>"
                + "<td>\(e(ChangeDescription.name(c)))</td><td>\(e(ChangeDescription.detail(c)))</td><td>\(e(ChangeDescription.pages(c)))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n</section>\n"
    }

    static func e(_ s: String) -> String { HTMLText.escape(s) }

    /// Tables are `table-layout: fixed` with the same column widths in every goal, and
    /// wrap long words rather than widen; below 760 px the page loses its margins and the
    /// table of contents its columns.
    static let style = """
    body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1em 1.5em; color: #222; max-width: 1200px; line-height: 1.4; }
    h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; border-bottom: 1px solid #ddd; }
    h3 { font-size: 1em; margin: 1.2em 0 0.3em 0; } a.up { font-weight: normal; font-size: 0.85em; margin-left: 0.5em; }
    code { overflow-wrap: anywhere; }
    table { border-collapse: collapse; margin-bottom: 1em; }
    th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; font-size: 0.9em; overflow-wrap: anywhere; }
    th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.changes { table-layout: fixed; width: 100%; }
    col.c-change { width: 14%; } col.c-subject { width: 17%; } col.c-name { width: 30%; } col.c-detail { width: 29%; } col.c-pages { width: 10%; }
    tr.structural td:first-child { font-weight: bold; }
    tr[data-kind="match_ambiguous"] td { background: #fff3cd; }
    ol.toc { columns: 2 22em; column-gap: 2em; padding-left: 2em; font-size: 0.9em; }
    ol.toc li { break-inside: avoid; } ol.toc .n { color: #666; } ol.toc .n::before { content: "("; } ol.toc .n::after { content: ")"; }
    svg.chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 0.5em 0 1em 0; }
    @media (max-width: 760px) { body { padding: 0.5em; } th, td { padding: 2px 3px; font-size: 0.85em; } }

    """
}
