import Dataset

/// The readable summary `perfprog check` prints for one program: mismatches first,
/// grouped by goal in document order (program-level ones after), each with its page;
/// then one count line per check and a total line.
public enum CheckReport {
    /// What the report shows of a goal in a group's heading.
    public struct GoalHeading: Sendable, Equatable {
        public var id: String
        public var code: String
        public var title: String
        public var page: Int?

        public init(id: String, code: String, title: String, page: Int?) {
            self.id = id
            self.code = code
            self.title = title
            self.page = page
        }
    }

    /// Goal titles are cut to this many characters so that a heading fits one line.
    static let titleLength = 70

    public static func headings(of program: Program) -> [GoalHeading] {
        program.goals.map { GoalHeading(id: program.goalID($0), code: $0.code, title: $0.title, page: $0.page) }
    }

    /// - Parameters:
    ///   - checks: one program's results.
    ///   - goals: its goals in document order (for grouping and headings).
    ///   - color: ANSI colour for "mismatch" and "ok".
    public static func render(programID: String, checks: [CheckResult], goals: [GoalHeading], color: Bool = false) -> String {
        let mismatches = checks.filter { $0.status == .mismatch }
        var out: [String] = []
        let paint = Paint(enabled: color)
        let checked = checks.count == 1 ? "1 check" : "\(checks.count) checks"
        out.append("\(programID): " + (mismatches.isEmpty
            ? (checks.isEmpty ? "no checks: nothing the document adds up was found"
                : paint.ok(checks.count == 1 ? "the 1 check is ok" : "all \(checked) ok"))
            : paint.mismatch("\(mismatches.count) mismatch\(mismatches.count == 1 ? "" : "es")") + " in \(checked)"))

        var remaining = mismatches
        for goal in goals {
            let own = remaining.filter { goalID(of: $0.subject) == goal.id }
            guard !own.isEmpty else { continue }
            remaining.removeAll { goalID(of: $0.subject) == goal.id }
            let title = goal.title.count > titleLength ? String(goal.title.prefix(titleLength - 1)) + "…" : goal.title
            out.append("")
            out.append("goal \(goal.code) (\(shortID(goal.id)))\(goal.page.map { ", page \($0)" } ?? ""): \(title)")
            out += own.map { line($0, relativeTo: goal.id) }
        }
        // Subjects of goals the list does not name keep their own group, in the order met.
        var orphanGoals: [String] = []
        for m in remaining { if let g = goalID(of: m.subject), !orphanGoals.contains(g) { orphanGoals.append(g) } }
        for g in orphanGoals {
            out.append("")
            out.append("goal \(shortID(g))")
            out += remaining.filter { goalID(of: $0.subject) == g }.map { line($0, relativeTo: g) }
        }
        let programLevel = remaining.filter { goalID(of: $0.subject) == nil }
        if !programLevel.isEmpty {
            out.append("")
            out.append("program")
            out += programLevel.map { line($0, relativeTo: nil) }
        }

        out.append("")
        for check in checkNames(in: checks) {
            let own = checks.filter { $0.check == check }
            let bad = own.filter { $0.status == .mismatch }.count
            let counts = bad == 0 ? paint.ok("\(own.count) ok") : "\(own.count - bad) ok, " + paint.mismatch("\(bad) mismatch")
            out.append("  \(padded(check, 25)) \(counts)")
        }
        out.append("\(checked): \(checks.count - mismatches.count) ok, \(mismatches.count) mismatch")
        return out.joined(separator: "\n")
    }

    /// One mismatch: page, check, what it concerns, stated against re-added, and why.
    static func line(_ c: CheckResult, relativeTo goalID: String?) -> String {
        let page = c.page.map { "p.\($0)" } ?? "p.?"
        var subject = c.subject
        if let goalID, subject.hasPrefix(goalID + "/") { subject = String(subject.dropFirst(goalID.count + 1)) }
        else if subject == goalID || subject == c.programID { subject = "" }
        var text = "  \(padded(page, 6)) \(c.check)" + (subject.isEmpty ? "" : " \(subject)")
        text += ": stated \(DisplayNumber.checkValue(c.expected, check: c.check)), "
            + "re-added \(DisplayNumber.checkValue(c.actual, check: c.check))"
        // Amounts (always written with decimals) say by how much; counts and shares need not.
        if c.expected.contains("."), c.check != Check.share.rawValue,
           let stated = Amount(canonical: c.expected), let added = Amount(canonical: c.actual) {
            text += " (off by \(DisplayNumber.signedLira(added - stated)))"
        }
        if !c.detail.isEmpty { text += " — \(c.detail)" }
        return text
    }

    /// The goal a subject belongs to: itself for a goal id, the goal part of an activity
    /// id (`…/G4/F2` → `…/G4`), nil for a program id.
    static func goalID(of subject: String) -> String? {
        let parts = subject.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let goal = parts.firstIndex(where: { isNumbered($0, "G") }) else { return nil }
        return parts[...goal].joined(separator: "/")
    }

    private static func isNumbered(_ part: Substring, _ letter: Character) -> Bool {
        part.first == letter && part.count > 1 && part.dropFirst().allSatisfy(\.isNumber)
    }

    private static func padded(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    private static func shortID(_ goalID: String) -> String {
        goalID.split(separator: "/").last.map(String.init) ?? goalID
    }

    /// Check names in `Check` order, unknown names (from a newer dataset) after.
    private static func checkNames(in checks: [CheckResult]) -> [String] {
        let present = Set(checks.map(\.check))
        let known = Check.allCases.map(\.rawValue).filter(present.contains)
        var others: [String] = []
        for c in checks where !known.contains(c.check) && !others.contains(c.check) { others.append(c.check) }
        return known + others
    }
}

/// ANSI colour, only where asked for (a terminal without NO_COLOR).
private struct Paint {
    var enabled: Bool
    func ok(_ s: String) -> String { enabled ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
    func mismatch(_ s: String) -> String { enabled ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
}
