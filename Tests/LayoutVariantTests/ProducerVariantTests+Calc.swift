import Foundation
import Testing

/// The spreadsheet producer: workbooks LibreOffice Calc printed (`SpreadsheetVariant`), read
/// back fact by fact as the HTML producers' PDFs are.
extension ProducerVariantTests {
    /// Calc variants that do not read exactly today (as `knownIssues`).
    static let calcKnownIssues: [String: Comment] = [:]

    static let sheetDirectoryVariable = "PRODUCER_SHEETS"

    @Test(arguments: SpreadsheetVariant.all)
    func readsBackWhatCalcPrinted(_ variant: SpreadsheetVariant) throws {
        let expected = ExpectedProgram.of(try variant.gold.program(), in: variant.arrangement)
        let path = try #require(Self.fixture("calc", variant.fileName), "no Fixtures/calc/\(variant.fileName).pdf: run scripts/calc-variants")
        ReadBack.expectExact(expected, readFrom: path, kind: "producer", name: variant.name, knownIssue: Self.calcKnownIssues[variant.name])
    }

    @Test func calcKnownIssuesNameVariants() {
        #expect(Set(SpreadsheetVariant.all.map(\.name)).count == SpreadsheetVariant.all.count, "two variants share a name")
        for name in Self.calcKnownIssues.keys { #expect(SpreadsheetVariant.all.contains { $0.name == name }, "known issue for no variant: \(name)") }
    }

    /// The workbook is a spreadsheet's, not a document's: codes as text cells, amounts as number
    /// cells in a Turkish format, merged group headers, a page without header or footer fitted
    /// to its width, page breaks on one long sheet. With `PRODUCER_SHEETS=DIR` (set by
    /// `scripts/calc-variants`) every variant's workbook is written there.
    @Test func writesWorkbooksAsSpreadsheets() throws {
        let kayseri = try #require(SpreadsheetVariant.all.first { $0.arrangement.name == Arrangements.kayseri.name })
        let book = try kayseri.workbook()
        for part in ["office:value-type=\"string\"><text:p>03</text:p>", "office:value-type=\"float\"", "number:grouping=\"true\"",
                     "number:language=\"tr\"", "table:number-columns-spanned=\"", "table:number-rows-spanned=\"2\"", "<table:covered-table-cell/>",
                     "style:header style:display=\"false\"", "style:scale-to-X=\"1\"", "fo:border=\"0.75pt solid #000000\"",
                     "table:name=\"Kapak\"", "Stratejik Amaç 1:", "Döner Sermaye", "TOPLAM KAYNAK İHTİYACI TABLOSU"] {
            #expect(book.contains(part), "no \(part)")
        }
        let long = try #require(SpreadsheetVariant.all.first { $0.look.layout == .oneSheet && $0.look.figures == .numbers })
        let longBook = try long.workbook()
        #expect(longBook.components(separatedBy: "<table:table ").count == 2, "one sheet")
        #expect(longBook.contains("table:style-name=\"ro2\""), "a page break")
        let text = try #require(SpreadsheetVariant.all.first { $0.look.figures == .text })
        #expect(try !text.workbook().contains("office:value-type=\"float\""))

        guard let directory = ProcessInfo.processInfo.environment[Self.sheetDirectoryVariable], !directory.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for variant in SpreadsheetVariant.all {
            try variant.workbook().write(toFile: "\(directory)/\(variant.fileName).fods", atomically: true, encoding: .utf8)
        }
    }

    static func fixture(_ producer: String, _ fileName: String) -> String? {
        let relative = "Fixtures/\(producer)/\(fileName)"
        let url = Bundle.module.url(forResource: relative, withExtension: "pdf")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(relative + ".pdf")
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }
}
