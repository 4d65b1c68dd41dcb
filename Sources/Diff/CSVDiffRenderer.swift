import Foundation
import Dataset

/// One row per change, for spreadsheets: kind, the goal group, the old and new identity
/// (id, code, text), the field, the old and new values, and the change in amount and percent.
public enum CSVDiffRenderer {
    public static let header = ["kind", "structural", "goal", "old_id", "old_code", "old_text", "new_id", "new_code", "new_text",
                                "field", "old_value", "new_value", "change", "percent", "detail", "old_page", "new_page"]

    public static func render(_ r: DiffReport) -> String {
        var out = line(header)
        for c in r.changes {
            let group = c.group.map { r.goalGroups[$0].shortLabel } ?? ""
            let change: String
            if case .amount(let a)? = c.extra("change") { change = a.description } else { change = "" }
            let percent: String
            if case .decimal(let p)? = c.extra("percent") { percent = p } else { percent = "" }
            out += line([c.kind.rawValue, c.kind.isStructural ? "yes" : "no", group,
                         c.old?.id ?? "", c.old.map(ChangeDescription.code) ?? "", c.old.map(text) ?? "",
                         c.new?.id ?? "", c.new.map(ChangeDescription.code) ?? "", c.new.map(text) ?? "",
                         c.field ?? "", c.oldValue.map(value) ?? "", c.newValue.map(value) ?? "", change, percent,
                         ChangeDescription.detail(c), c.oldPage.map(String.init) ?? "", c.newPage.map(String.init) ?? ""])
        }
        return out
    }

    static func text(_ s: ChangeSubject) -> String {
        if case .total = s { return "" }
        return s.text
    }

    /// Values in the contract's canonical forms (`5500000.00`, `101350`), not the display ones.
    static func value(_ v: ChangeValue) -> String {
        switch v {
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .amount(let a): return a.description
        case .split(let s): return (s.total ?? s.budget)?.description ?? ""
        case .indicatorValue(let i): return i.value ?? i.raw
        case .costs(let c): return c.keys.sorted().map { "\($0.rawValue)=\((c[$0] ?? .zero).description)" }.joined(separator: ";")
        case .decimal(let d): return d
        case .flag(let b): return b ? "yes" : "no"
        }
    }

    /// RFC 4180: quoted only where needed.
    static func line(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }
}
