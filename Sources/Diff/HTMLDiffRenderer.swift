import Dataset

/// One self-contained page (no scripts, no external files, nothing fetched): the summary,
/// bar charts of the budget change per goal and per economic code (inline SVG), and the
/// changes grouped by goal. The markup is well-formed XML (XHTML syntax) so that tests
/// can parse it.
public enum HTMLDiffRenderer {
    public static func render(_ r: DiffReport) -> String {
        var h = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        h += "<title>\(e("Year-over-year diff: " + r.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        h += "<h1>\(e("Year-over-year diff: " + r.title))</h1>\n"
        h += "<section id=\"summary\">\n<h2>Summary</h2>\n<ul>\n"
        h += "<li>old: <code>\(e(r.old.id))</code>\(r.old.sourceFile.isEmpty ? "" : " (\(e(r.old.sourceFile)))")</li>\n"
        h += "<li>new: <code>\(e(r.new.id))</code>\(r.new.sourceFile.isEmpty ? "" : " (\(e(r.new.sourceFile)))")</li>\n"
        h += "<li>\(e(r.sizeLine))</li>\n<li>activities' total: <strong>\(e(r.budgetLine))</strong></li>\n"
        if let d = r.driftLine { h += "<li>\(e(d))</li>\n" }
        h += "<li>\(DisplayNumber.integer(r.changes.count)) changes, \(DisplayNumber.integer(r.structuralCount)) structural</li>\n</ul>\n"
        h += "<table class=\"counts\">\n<thead><tr><th>kind</th><th>count</th></tr></thead>\n<tbody>\n"
        for (kind, count) in r.countsByKind {
            h += "<tr data-kind=\"\(kind.rawValue)\"><td>\(e(kind.label))</td><td class=\"num\">\(DisplayNumber.integer(count))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</section>\n"

        h += "<section id=\"charts\">\n<h2>Budget change per goal</h2>\n"
        h += BudgetChangeChart.svg(id: "chart-goals", caption: "Budget change per goal (sum of activity totals)",
                                   rows: r.goalGroups.map { .init(label: $0.shortLabel + " " + (($0.new ?? $0.old)?.goal.title ?? ""),
                                                                   old: $0.oldAmount, new: $0.newAmount) })
        h += "\n<h2>Budget change per economic code</h2>\n"
        h += BudgetChangeChart.svg(id: "chart-codes", caption: "Budget change per economic code (activity costs)",
                                   rows: r.amountsByCode.map { .init(label: "\($0.code.rawValue) \($0.code.standardName)", old: $0.old, new: $0.new) })
        h += "\n</section>\n"

        h += "<section id=\"changes\">\n<h2>Changes</h2>\n"
        let programWide = r.changes.filter { $0.group == nil && $0.kind != .programTotalChanged }
        if !programWide.isEmpty { h += table(title: "Program", changes: programWide) }
        for (index, group) in r.goalGroups.enumerated() {
            let changes = r.changes(inGroup: index)
            guard !changes.isEmpty else { continue }
            h += table(title: group.label, changes: changes)
        }
        let totals = r.changes.filter { $0.kind == .programTotalChanged }
        if !totals.isEmpty { h += table(title: "Program totals", changes: totals) }
        h += "</section>\n</body>\n</html>\n"
        return h
    }

    static func table(title: String, changes: [Change]) -> String {
        var h = "<section class=\"group\">\n<h3>\(e(title))</h3>\n<table class=\"changes\">\n"
        h += "<thead><tr><th>change</th><th>subject</th><th>name</th><th>detail</th><th>pages</th></tr></thead>\n<tbody>\n"
        for c in changes {
            let cls = c.kind.isStructural ? "change structural" : "change"
            h += "<tr class=\"\(cls)\" data-kind=\"\(c.kind.rawValue)\"><td>\(e(c.kind.label))</td><td>\(e(ChangeDescription.subject(c)))</td>"
                + "<td>\(e(ChangeDescription.name(c)))</td><td>\(e(ChangeDescription.detail(c)))</td><td>\(e(ChangeDescription.pages(c)))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n</section>\n"
    }

    static func e(_ s: String) -> String { HTMLText.escape(s) }

    static let style = """
    body { font-family: sans-serif; margin: 2em; color: #222; max-width: 1200px; }
    h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; } h3 { font-size: 1em; margin-bottom: 0.3em; }
    table { border-collapse: collapse; margin-bottom: 1em; }
    th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; font-size: 0.9em; }
    td.num { text-align: right; }
    tr.structural td:first-child { font-weight: bold; }
    tr[data-kind="match_ambiguous"] td { background: #fff3cd; }
    svg.chart { display: block; margin: 0.5em 0 1em 0; }

    """
}
