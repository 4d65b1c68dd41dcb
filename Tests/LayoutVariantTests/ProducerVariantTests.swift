import Dataset
import Foundation
import Pipeline
import Testing

/// A gold printed in an arrangement by another producer: Chromium printing `ArrangementHTML`.
struct ProducerVariant: Sendable, CustomStringConvertible {
    var arrangement: Arrangement
    var gold: GoldProgram
    var look: BrowserLook

    var name: String { "\(arrangement.name) \(gold.short) \(look.name)" }
    var description: String { name }
    /// The committed PDF's name in Fixtures/chromium/ (and the HTML's, with .html).
    var fileName: String { name.replacingOccurrences(of: " ", with: "-") }

    /// Every arrangement (the samples' own twice), across rules, page, family and size.
    static let all: [ProducerVariant] = [
        ProducerVariant(arrangement: Arrangements.kayseri, gold: .kayseri2024, look: BrowserLook(rules: .grid, landscape: false, family: .serif, fontSize: 9)),
        ProducerVariant(arrangement: Arrangements.kayseri, gold: .kayseri2025, look: BrowserLook(rules: .rules, landscape: true, family: .sans, fontSize: 7.5)),
        ProducerVariant(arrangement: Arrangements.balikesir, gold: .balikesir2024, look: BrowserLook(rules: .rules, landscape: false, family: .sans, fontSize: 8)),
        ProducerVariant(arrangement: Arrangements.balikesir, gold: .balikesir2024, look: BrowserLook(rules: .grid, landscape: true, family: .serif, fontSize: 10)),
        ProducerVariant(arrangement: Arrangements.goalRowsNumbered, gold: .kayseri2025, look: BrowserLook(rules: .grid, landscape: true, family: .serif, fontSize: 9)),
        ProducerVariant(arrangement: Arrangements.mergedCosts, gold: .balikesir2024, look: BrowserLook(rules: .none, landscape: false, family: .sans, fontSize: 8)),
        ProducerVariant(arrangement: Arrangements.plainLabelsUntitled, gold: .kayseri2024, look: BrowserLook(rules: .grid, landscape: false, family: .sans, fontSize: 8)),
        ProducerVariant(arrangement: Arrangements.fourYears, gold: .kayseri2024, look: BrowserLook(rules: .none, landscape: true, family: .serif, fontSize: 9)),
        ProducerVariant(arrangement: Arrangements.labelledOneYear, gold: .kayseri2025, look: BrowserLook(rules: .rules, landscape: false, family: .serif, fontSize: 10)),
        ProducerVariant(arrangement: Arrangements.goalRowsMerged, gold: .balikesir2024, look: BrowserLook(rules: .grid, landscape: true, family: .sans, fontSize: 7)),
        ProducerVariant(arrangement: Arrangements.guide, gold: .kayseri2025, look: BrowserLook(rules: .grid, landscape: false, family: .sans, fontSize: 8)),
        ProducerVariant(arrangement: Arrangements.captions, gold: .balikesir2024, look: BrowserLook(rules: .none, landscape: false, family: .serif, fontSize: 10)),
        ProducerVariant(arrangement: Arrangements.dashHeadings, gold: .kayseri2024, look: BrowserLook(rules: .rules, landscape: true, family: .sans, fontSize: 8)),
        ProducerVariant(arrangement: Arrangements.colonFirstRows, gold: .kayseri2025, look: BrowserLook(rules: .none, landscape: true, family: .sans, fontSize: 9)),
        // Tight cells: rows touch, so an unruled table's rows are told by their cells, not by white space.
        ProducerVariant(arrangement: Arrangements.balikesir, gold: .balikesir2024, look: BrowserLook(rules: .rules, landscape: false, family: .sans, fontSize: 8, tight: true)),
        ProducerVariant(arrangement: Arrangements.kayseri, gold: .kayseri2025, look: BrowserLook(rules: .grid, landscape: true, family: .serif, fontSize: 9, tight: true)),
        ProducerVariant(arrangement: Arrangements.mergedCosts, gold: .balikesir2024, look: BrowserLook(rules: .none, landscape: false, family: .sans, fontSize: 8, tight: true)),
    ]
}

/// Each producer variant's committed PDF (printed by `scripts/producer-variants`), extracted with
/// the real pipeline and compared fact by fact with what its arrangement prints (`ExpectedProgram`).
@Suite struct ProducerVariantTests {
    /// Variants that do not read exactly today, each with what fails (as `ArrangementMatrixTests.knownIssues`):
    /// a variant not listed must read exactly; delete a line when its variant starts reading exactly.
    static let knownIssues: [String: Comment] = [
        // The name wraps at ")(" where it has no space ("sayısı)(adet)"); lines are joined with one.
        "kayseri k25 grid-landscape-serif-9pt-tight": "wrong: indicators 1",
    ]

    static let htmlDirectoryVariable = "PRODUCER_HTML"

    @Test(arguments: ProducerVariant.all)
    func readsBackWhatChromiumPrinted(_ variant: ProducerVariant) throws {
        let expected = ExpectedProgram.of(try variant.gold.program(), in: variant.arrangement)
        let path = try #require(Self.fixture(variant), "no Fixtures/chromium/\(variant.fileName).pdf: run scripts/producer-variants")
        ReadBack.expectExact(expected, readFrom: path, kind: "producer", name: variant.name,
                             knownIssue: Self.knownIssues[variant.name])
    }

    @Test func knownIssuesNameProducerVariants() {
        let names = Set(ProducerVariant.all.map(\.name))
        #expect(names.count == ProducerVariant.all.count, "two variants share a name")
        for name in Self.knownIssues.keys { #expect(names.contains(name), "known issue for no variant: \(name)") }
    }

    /// The HTML holds real tables: header rows in `<thead>` (Chromium repeats them on each page),
    /// group headers spanning columns, the labelled rows and the summary. With `PRODUCER_HTML=DIR`
    /// (set by `scripts/producer-variants`) every variant's HTML is written there.
    @Test func writesTablesAsHTML() throws {
        let kayseri = ProducerVariant.all[0]
        let html = ArrangementHTML(program: try kayseri.gold.program(), arrangement: kayseri.arrangement, look: kayseri.look).document()
        for part in ["<thead>", "colspan=\"3\"", "rowspan=\"2\"", "Stratejik Amaç 1:", "Döner Sermaye", "TOPLAM KAYNAK İHTİYACI TABLOSU",
                     "size: A4 portrait", "Liberation Serif", "border: 0.75pt"] {
            #expect(html.contains(part), "no \"\(part)\"")
        }
        let numbered = ProducerVariant.all.first { $0.arrangement.name == Arrangements.goalRowsNumbered.name }!
        let numberedHTML = ArrangementHTML(program: try numbered.gold.program(), arrangement: numbered.arrangement, look: numbered.look).document()
        #expect(numberedHTML.contains("Tablo 2: Faaliyet Maliyet Tablosu") && numberedHTML.contains("size: A4 landscape"))

        guard let directory = ProcessInfo.processInfo.environment[Self.htmlDirectoryVariable], !directory.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for variant in ProducerVariant.all {
            let document = ArrangementHTML(program: try variant.gold.program(), arrangement: variant.arrangement, look: variant.look).document()
            try document.write(toFile: "\(directory)/\(variant.fileName).html", atomically: true, encoding: .utf8)
        }
    }

    static func fixture(_ variant: ProducerVariant) -> String? {
        let relative = "Fixtures/chromium/\(variant.fileName)"
        let url = Bundle.module.url(forResource: relative, withExtension: "pdf")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(relative + ".pdf")
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }
}
