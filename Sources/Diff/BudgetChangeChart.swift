import Dataset
import Foundation

/// A horizontal diverging bar chart as inline SVG: one row per item, a bar from the
/// centre line for new − old (right and green for an increase, left and red for a
/// decrease), the change printed at the bar's end and every figure in a tooltip. The SVG
/// has a viewBox and no fixed size, so it shrinks with a narrow window; labels wrap onto
/// as many lines as they need instead of being cut.
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

    // Layout in SVG user units (pixels at full size, 760 wide: the page shows it at most
    // that wide, and scaled down to ~650 in a 700 px window, text stays ≥ 10 px).
    static let width = 760.0
    static let labelWidth = 270.0
    /// Room for the printed change (`-1.234,6 mn TL`, 14 characters at ~6.5 units) on each side.
    static let valueWidth = 100.0
    static let fontSize = 12.0
    static let lineHeight = 14.0
    static let barHeight = 12.0
    static let rowGap = 6.0
    static let top = 8.0
    /// Characters of a label line: what fits `labelWidth` at `fontSize` (~6.3 units a
    /// character in a sans-serif face), less a margin before the bars.
    static let labelLineCharacters = 40
    /// A change that is not zero is drawn at least this wide, so that a small change next to
    /// a large one is still a bar to see (its exact size is in its label and tooltip).
    static let minimumBarWidth = 4.0

    public static func svg(id: String, caption: String, rows: [Row]) -> String {
        // One scale for both directions, the bars' room shared out between the largest
        // decrease and the largest increase (not halved: most years only grow).
        let span = width - labelWidth - 2 * valueWidth
        let changes = rows.map { ($0.new - $0.old).kurus }
        let largestDecrease = Double(changes.filter { $0 < 0 }.map(\.magnitude).max() ?? 0)
        let largestIncrease = Double(changes.filter { $0 > 0 }.map(\.magnitude).max() ?? 0)
        let range = largestDecrease + largestIncrease
        let perKurus = range == 0 ? 0 : span / range
        let centre = labelWidth + valueWidth + largestDecrease * perKurus
        let lines = rows.map { wrap($0.label, width: labelLineCharacters) }
        let heights = lines.map { Double(max($0.count, 1)) * lineHeight + rowGap }
        let height = top * 2 + max(heights.reduce(0, +), lineHeight)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"chart\" role=\"img\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" preserveAspectRatio=\"xMinYMin meet\">\n"
        out += "<title>\(HTMLText.escape(caption))</title>\n"
        out += "<line x1=\"\(n(centre))\" y1=\"\(n(top - 4))\" x2=\"\(n(centre))\" y2=\"\(n(height - top + 4))\" stroke=\"#555\" stroke-width=\"1\"/>\n"
        var y = top
        for (i, row) in rows.enumerated() {
            let change = row.new - row.old
            let length = change.kurus == 0 ? 0 : max(minimumBarWidth, perKurus * Double(change.kurus.magnitude))
            let x = change.kurus < 0 ? centre - length : centre
            let colour = change.kurus < 0 ? "#c62828" : "#2e7d32"
            let percent = AmountRatio.percentChange(old: row.old, new: row.new).map { ", " + DisplayNumber.percent($0) } ?? ""
            let tip = "\(row.label): \(DisplayNumber.lira(row.old)) → \(DisplayNumber.lira(row.new)) (\(DisplayNumber.signedLira(change))\(percent))"
            out += "<g class=\"bar\" data-change=\"\(change.description)\"><title>\(HTMLText.escape(tip))</title>"
            out += "<text x=\"0\" y=\"\(n(y + fontSize - 1))\" font-size=\"\(n(fontSize))\">"
            for (k, line) in lines[i].enumerated() {
                out += "<tspan x=\"0\"\(k == 0 ? "" : " dy=\"\(n(lineHeight))\"")>\(HTMLText.escape(line))</tspan>"
            }
            out += "</text>"
            let barY = y + (lineHeight - barHeight) / 2
            out += "<rect x=\"\(n(x))\" y=\"\(n(barY))\" width=\"\(n(length))\" height=\"\(n(barHeight))\" fill=\"\(colour)\"/>"
            let textX = change.kurus < 0 ? x - 4 : x + length + 4
            let anchor = change.kurus < 0 ? "end" : "start"
            out += "<text x=\"\(n(textX))\" y=\"\(n(y + fontSize - 1))\" font-size=\"\(n(fontSize - 1))\" text-anchor=\"\(anchor)\" fill=\"#333\">"
                + "\(HTMLText.escape(DisplayNumber.shortLira(change)))</text></g>\n"
            y += heights[i]
        }
        return out + "</svg>"
    }

    /// Words onto lines of at most `width` characters (a longer word cut into pieces that fit).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        let words = text.split(separator: " ").flatMap { word -> [Substring] in
            stride(from: 0, to: word.count, by: width).map { start in
                let from = word.index(word.startIndex, offsetBy: start)
                return word[from..<(word.index(from, offsetBy: width, limitedBy: word.endIndex) ?? word.endIndex)]
            }
        }
        for word in words {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Coordinates with at most one decimal, always printed the same way.
    static func n(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(format: "%.1f", Double(tenths) / 10)
    }
}
