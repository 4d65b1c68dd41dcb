import Dataset
import Foundation

/// A horizontal diverging bar chart as inline SVG: one row per item, a bar from the
/// centre line for new − old (right and green for an increase, left and red for a
/// decrease), the change printed at the bar's end and every figure in a tooltip.
public enum BudgetChangeChart {
    public struct Row: Sendable {
        public var label: String
        public var old: Amount
        public var new: Amount

        public init(label: String, old: Amount, new: Amount) {
            self.label = label
            self.old = old
            self.new = new
        }
    }

    // Layout in SVG user units (pixels at 100%): wide enough for a label column and two
    // half-axes, rows tall enough for 11-unit text.
    static let width = 900.0
    static let labelWidth = 250.0
    static let valueWidth = 120.0
    static let rowHeight = 20.0
    static let barHeight = 13.0
    static let top = 10.0
    /// Labels longer than this are cut (the full label is in the tooltip).
    static let labelCharacters = 38

    public static func svg(id: String, caption: String, rows: [Row]) -> String {
        let half = (width - labelWidth - 2 * valueWidth) / 2
        let centre = labelWidth + valueWidth + half
        let largest = rows.map { ($0.new - $0.old).kurus.magnitude }.max() ?? 0
        let height = top * 2 + rowHeight * Double(max(rows.count, 1))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"chart\" role=\"img\" "
            + "width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\">\n"
        out += "<title>\(HTMLText.escape(caption))</title>\n"
        out += "<line x1=\"\(n(centre))\" y1=\"\(n(top - 4))\" x2=\"\(n(centre))\" y2=\"\(n(height - top + 4))\" stroke=\"#555\" stroke-width=\"1\"/>\n"
        for (i, row) in rows.enumerated() {
            let change = row.new - row.old
            let y = top + rowHeight * Double(i)
            let length = largest == 0 ? 0 : half * Double(change.kurus.magnitude) / Double(largest)
            let x = change.kurus < 0 ? centre - length : centre
            let colour = change.kurus < 0 ? "#c62828" : "#2e7d32"
            let percent = AmountRatio.percentChange(old: row.old, new: row.new).map { ", " + DisplayNumber.percent($0) } ?? ""
            let tip = "\(row.label): \(DisplayNumber.lira(row.old)) → \(DisplayNumber.lira(row.new)) (\(DisplayNumber.signedLira(change))\(percent))"
            out += "<g class=\"bar\" data-change=\"\(change.description)\"><title>\(HTMLText.escape(tip))</title>"
            let label = row.label.count > labelCharacters ? String(row.label.prefix(labelCharacters - 1)) + "…" : row.label
            out += "<text x=\"0\" y=\"\(n(y + barHeight - 2))\" font-size=\"11\">\(HTMLText.escape(label))</text>"
            out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(length, 1)))\" height=\"\(n(barHeight))\" fill=\"\(colour)\"/>"
            let textX = change.kurus < 0 ? x - 4 : x + max(length, 1) + 4
            let anchor = change.kurus < 0 ? "end" : "start"
            out += "<text x=\"\(n(textX))\" y=\"\(n(y + barHeight - 2))\" font-size=\"10\" text-anchor=\"\(anchor)\" fill=\"#333\">"
                + "\(HTMLText.escape(DisplayNumber.shortLira(change)))</text></g>\n"
        }
        return out + "</svg>"
    }

    /// Coordinates with at most one decimal, always printed the same way.
    static func n(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(format: "%.1f", Double(tenths) / 10)
    }
}
