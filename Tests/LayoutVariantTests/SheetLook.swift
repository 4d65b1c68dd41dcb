/// How an analyst's workbook looks when printed: borders, page, type, sheets and how figures
/// are typed. Every look prints without page header or footer, fitted to the page's width.
struct SheetLook: Sendable {
    enum Layout: String, Sendable {
        /// A sheet per section (cover, each goal, each summary): each starts a page.
        case sheetPerSection = "sheets"
        /// One long sheet, a manual page break after the cover and before the summary: tables
        /// run over page ends without a repeated header.
        case oneSheet = "onesheet"
    }
    enum Family: String, Sendable {
        /// Arial's metrics, Excel's old default.
        case sans = "Liberation Sans"
        /// Arial Narrow's metrics, as wide tables are squeezed onto a page.
        case narrow = "Liberation Sans Narrow"
        /// Times' metrics.
        case serif = "Liberation Serif"
    }
    enum Figures: String, Sendable {
        /// Amounts as number cells with a Turkish number format ("#.##0,00 TL"), as typed in Excel.
        case numbers
        /// Amounts as text cells already formatted, as pasted from another program.
        case text
    }

    var rules: Look.Rules
    var landscape: Bool
    var family: Family
    var fontSize: Double
    var layout: Layout
    var figures = Figures.numbers
    /// Every cell's content at its bottom, Excel's default, or at its top.
    var bottomAligned = true

    var name: String {
        let size = fontSize == fontSize.rounded() ? String(Int(fontSize)) : String(fontSize)
        let family = self.family == .sans ? "sans" : self.family == .narrow ? "narrow" : "serif"
        return [rules.rawValue, landscape ? "landscape" : "portrait", family, "\(size)pt", layout.rawValue,
                figures == .text ? "text" : nil, bottomAligned ? nil : "top"]
            .compactMap { $0 }.joined(separator: "-")
    }

    /// A4, in centimetres.
    var pageWidth: Double { landscape ? 29.7 : 21 }
    var pageHeight: Double { landscape ? 21 : 29.7 }
    static let sideMargin = 1.6, topMargin = 1.8
    /// The sheet's columns fill the text width less this, so that rounding never adds a page across.
    static let widthSlack = 0.1
    var textWidth: Double { pageWidth - 2 * Self.sideMargin - Self.widthSlack }
}
