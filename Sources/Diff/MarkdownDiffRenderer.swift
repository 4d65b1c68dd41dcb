import Dataset
import Foundation

/// GitHub-flavoured Markdown: a summary table, then one section per goal with changes.
public enum MarkdownDiffRenderer {
    public static func render(_ r: DiffReport) -> String {
        var out: [String] = []
        out.append("# Year-over-year diff: \(escape(r.title))")
        out.append("")
        out.append("- old: `\(r.old.id)`\(r.old.sourceFile.isEmpty ? "" : " (\(escape(r.old.sourceFile)))")")
        out.append("- new: `\(r.new.id)`\(r.new.sourceFile.isEmpty ? "" : " (\(escape(r.new.sourceFile)))")")
        out.append("- \(r.sizeLine)")
        out.append("- activities' total: \(r.budgetLine)")
        if let d = r.driftLine { out.append("- \(d)") }
        out.append("- \(DisplayNumber.integer(r.changes.count)) changes, \(DisplayNumber.integer(r.structuralCount)) structural")
        out.append("")
        out.append("## Summary")
        out.append("")
        out.append("| kind | count |")
        out.append("|---|---:|")
        for (kind, count) in r.countsByKind { out.append("| \(kind.rawValue) | \(DisplayNumber.integer(count)) |") }

        let programWide = r.changes.filter { $0.group == nil && $0.kind != .programTotalChanged }
        if !programWide.isEmpty {
            out.append("")
            out.append("## Program")
            out.append("")
            for c in programWide {
                let pages = ChangeDescription.pages(c)
                out.append("- **\(c.kind.label)**: \(escape(ChangeDescription.detail(c)))" + (pages.isEmpty ? "" : " (\(pages))"))
            }
        }
        for (index, group) in r.goalGroups.enumerated() {
            let changes = r.changes(inGroup: index)
            guard !changes.isEmpty else { continue }
            out.append("")
            out.append("## \(escape(group.label))")
            out.append("")
            out.append("| change | subject | name | detail | pages |")
            out.append("|---|---|---|---|---|")
            for c in changes {
                out.append("| \(c.kind.label) | \(cell(ChangeDescription.subject(c))) | \(cell(ChangeDescription.name(c))) | \(cell(ChangeDescription.detail(c))) | \(cell(ChangeDescription.pages(c))) |")
            }
        }
        let totals = r.changes.filter { $0.kind == .programTotalChanged }
        if !totals.isEmpty {
            out.append("")
            out.append("## Program totals")
            out.append("")
            out.append("| total | change | pages |")
            out.append("|---|---|---|")
            for c in totals { out.append("| \(cell(ChangeDescription.subject(c))) | \(cell(ChangeDescription.detail(c))) | \(cell(ChangeDescription.pages(c))) |") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Characters Markdown would read as formatting.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>|#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// A table cell: escaped, on one line.
    static func cell(_ s: String) -> String {
        escape(s.replacingOccurrences(of: "\n", with: " "))
    }
}
