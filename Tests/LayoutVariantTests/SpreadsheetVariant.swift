import Dataset

/// A gold laid out in an arrangement as a spreadsheet (`ArrangementSheets`, `FlatODS`) and
/// printed by LibreOffice Calc: `scripts/calc-variants` writes Fixtures/calc/<fileName>.pdf.
struct SpreadsheetVariant: Sendable, CustomStringConvertible {
    var arrangement: Arrangement
    var gold: GoldProgram
    var look: SheetLook

    var name: String { "calc \(arrangement.name) \(gold.short) \(look.name)" }
    var description: String { name }
    /// The committed PDF's name in Fixtures/calc/ (and the workbook's, with .fods).
    var fileName: String { "\(arrangement.name) \(gold.short) \(look.name)".replacingOccurrences(of: " ", with: "-") }

    func workbook() throws -> String {
        let sheets = ArrangementSheets(program: try gold.program(), arrangement: arrangement, layout: look.layout).sheets()
        return FlatODS(look: look, arrangement: arrangement).document(sheets)
    }

    /// A handful of arrangements across grid / rules / none, portrait / landscape, Arial, Arial
    /// Narrow and Times metrics at 7–10 pt, a sheet per section or one long sheet, amounts as
    /// numbers or as text, content at the cells' bottom (Excel's default) or top.
    static let all: [SpreadsheetVariant] = [
        (Arrangements.kayseri, GoldProgram.kayseri2024,
         SheetLook(rules: .grid, landscape: false, family: .sans, fontSize: 9, layout: .sheetPerSection)),
        (Arrangements.balikesir, .balikesir2024,
         SheetLook(rules: .grid, landscape: true, family: .narrow, fontSize: 8, layout: .oneSheet)),
        (Arrangements.guide, .kayseri2025,
         SheetLook(rules: .rules, landscape: false, family: .serif, fontSize: 9, layout: .sheetPerSection, figures: .text)),
        (Arrangements.mergedCosts, .kayseri2024,
         SheetLook(rules: .none, landscape: true, family: .sans, fontSize: 8, layout: .oneSheet, bottomAligned: false)),
        (Arrangements.goalRowsNumbered, .kayseri2025,
         SheetLook(rules: .grid, landscape: true, family: .sans, fontSize: 8, layout: .sheetPerSection)),
        (Arrangements.captions, .balikesir2024,
         SheetLook(rules: .grid, landscape: false, family: .sans, fontSize: 9, layout: .oneSheet)),
        (Arrangements.dashHeadings, .kayseri2024,
         SheetLook(rules: .rules, landscape: true, family: .narrow, fontSize: 8, layout: .sheetPerSection)),
        (Arrangements.projects, .balikesir2024,
         SheetLook(rules: .grid, landscape: false, family: .sans, fontSize: 8, layout: .sheetPerSection, bottomAligned: false)),
        (Arrangements.capitalWords, .kayseri2025,
         SheetLook(rules: .none, landscape: false, family: .sans, fontSize: 8, layout: .oneSheet, figures: .text)),
        (Arrangements.fourYears, .kayseri2024,
         SheetLook(rules: .grid, landscape: true, family: .serif, fontSize: 8, layout: .oneSheet)),
        (Arrangements.plainLabelsUntitled, .balikesir2024,
         SheetLook(rules: .grid, landscape: false, family: .sans, fontSize: 10, layout: .sheetPerSection)),
        (Arrangements.colonFirstRows, .kayseri2025,
         SheetLook(rules: .rules, landscape: true, family: .sans, fontSize: 9, layout: .oneSheet, bottomAligned: false)),
    ].map { SpreadsheetVariant(arrangement: $0.0, gold: $0.1, look: $0.2) }
}
