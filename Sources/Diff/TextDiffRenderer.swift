import Dataset

/// Readable text: the summary first (sizes, money, counts per kind), then the program-wide
/// changes, then the changes goal by goal, then the program totals.
public enum TextDiffRenderer {
    public static func render(_ r: DiffReport) -> String {
        var lines: [String] = []
        lines.append("Year-over-year diff: \(r.title)")
        lines.append("  old: \(r.old.id)\(r.old.sourceFile.isEmpty ? "" : " (\(r.old.sourceFile))")")
        lines.append("  new: \(r.new.id)\(r.new.sourceFile.isEmpty ? "" : " (\(r.new.sourceFile))")")
        lines.append("")
        lines.append("Summary")
        lines.append("  \(r.sizeLine)")
        lines.append("  activities' total: \(r.budgetLine)")
        if let d = r.driftLine { lines.append("  \(d)") }
        lines.append("  \(DisplayNumber.integer(r.changes.count)) changes, \(DisplayNumber.integer(r.structuralCount)) structural")
        let counts = r.countsByKind
        let width = (counts.map { $0.kind.label.count }.max() ?? 0) + 2
        for (kind, count) in counts {
            lines.append("    " + kind.label.padding(toLength: width, withPad: " ", startingAt: 0) + DisplayNumber.integer(count))
        }

        let programWide = r.changes.filter { $0.group == nil && $0.kind != .programTotalChanged && $0.kind != .matchAmbiguous }
        if !programWide.isEmpty {
            lines.append("")
            lines.append("Program")
            for c in programWide { lines.append("  \(c.kind.label): \(ChangeDescription.detail(c))" + pages(c)) }
        }
        let ambiguous = r.changes.filter { $0.kind == .matchAmbiguous }
        if !ambiguous.isEmpty {
            lines.append("")
            lines.append("Ambiguous matches")
            for c in ambiguous { lines.append("  \(ChangeDescription.subject(c)) “\(ChangeDescription.name(c))”: \(ChangeDescription.detail(c))" + pages(c)) }
        }
        for (index, group) in r.goalGroups.enumerated() {
            let changes = r.changes(inGroup: index)
            guard !changes.isEmpty else { continue }
            lines.append("")
            lines.append(group.label)
            for c in changes { lines.append("  " + line(c)) }
        }
        let totals = r.changes.filter { $0.kind == .programTotalChanged }
        if !totals.isEmpty {
            lines.append("")
            lines.append("Program totals")
            for c in totals { lines.append("  \(ChangeDescription.subject(c)): \(ChangeDescription.detail(c))" + pages(c)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ c: Change) -> String {
        switch c.kind {
        case .goalAdded, .goalRemoved, .goalMoved, .goalRenumbered, .goalRetitled, .goalTotalChanged:
            return "\(c.kind.label): \(ChangeDescription.detail(c))" + pages(c)
        default:
            return "\(c.kind.label): \(ChangeDescription.subject(c)) “\(ChangeDescription.name(c))”: \(ChangeDescription.detail(c))" + pages(c)
        }
    }

    /// ` [pages 12 → 14]`, or nothing when no page is known.
    static func pages(_ c: Change) -> String {
        let p = ChangeDescription.pages(c)
        return p.isEmpty ? "" : " [\(p)]"
    }
}
