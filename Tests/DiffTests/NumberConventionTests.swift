import Dataset
@testable import Diff
import Foundation
import Testing

/// One number convention per output: the human formats (text, Markdown, HTML) print
/// Turkish notation with units (`5.500.000,00 TL`, `+%32,73`, `19,5 mn TL`), the machine
/// formats (JSON, CSV) the contract's canonical forms (`5500000.00`, `+32.73`).
@Suite struct NumberConventionTests {
    static let amount = #"-?[0-9]{1,3}(\.[0-9]{3})*,[0-9]{2} TL"#
    static let signedAmount = #"[+-]?[0-9]{1,3}(\.[0-9]{3})*,[0-9]{2} TL"#
    static let percent = #"[+-]?%[0-9]+,[0-9]{2}"#

    static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: "^" + pattern + "$", options: .regularExpression) != nil
    }

    static func occurrences(_ text: String, _ pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func displayNumbersAreTurkishWithUnits() {
        #expect(DisplayNumber.lira(Amount(kurus: 550_000_000)) == "5.500.000,00 TL")
        #expect(DisplayNumber.signedLira(Amount(kurus: 180_000_000)) == "+1.800.000,00 TL")
        #expect(DisplayNumber.percent("+32.73") == "+%32,73")
        #expect(DisplayNumber.shortLira(Amount(kurus: 1_950_000_000)) == "+19,5 mn TL")
        #expect(DisplayNumber.shortLira(Amount(kurus: -123_456_789_000)) == "-1.234,6 mn TL")
        #expect(DisplayNumber.shortLira(Amount(kurus: 22_000_000)) == "+220.000 TL")
        #expect(DisplayNumber.shortLira(.zero) == "0 TL")
        #expect(DisplayNumber.seconds(12.34) == "12,3 s")
        // Indicator values: `101.350` is a hundred and one thousand, `17,13` a decimal.
        #expect(DisplayNumber.indicator(IndicatorValue(year: 2025, kind: .target, value: "101350", raw: "101350")) == "101.350")
        #expect(DisplayNumber.indicator(IndicatorValue(year: 2025, kind: .target, value: "17.13", raw: "17.13")) == "17,13")
        #expect(DisplayNumber.indicator(IndicatorValue(year: 2025, kind: .target, value: "95", raw: "%95")) == "%95")
        #expect(DisplayNumber.indicator(IndicatorValue(year: 2025, kind: .target, value: nil, raw: "Var")) == "Var")
    }

    @Test func budgetChangesReadTheSameInTextMarkdownAndHTML() throws {
        let r = try RendererTests.report()
        let g1f1 = try #require(r.changes.first { $0.kind == .activityBudgetChanged && $0.old?.id.hasSuffix("/G1/F1") == true })
        let detail = "5.500.000,00 TL → 7.300.000,00 TL (+1.800.000,00 TL, +%32,73)"
        #expect(ChangeDescription.detail(g1f1) == detail)
        #expect(TextDiffRenderer.render(r).contains(detail))
        #expect(MarkdownDiffRenderer.render(r).contains(detail))
        #expect(HTMLDiffRenderer.render(r).contains(detail))
        // Every money change: amounts with TL, the change signed, the percentage after %.
        let money = r.changes.filter { [.activityBudgetChanged, .goalTotalChanged, .programTotalChanged].contains($0.kind) }
        #expect(money.count > 100)
        let line = "\(Self.amount) → \(Self.amount) \\(\(Self.signedAmount)(, \(Self.percent))?\\)( — departs from the general drift)?"
        for c in money { #expect(Self.matches(ChangeDescription.detail(c), line), "\(ChangeDescription.detail(c))") }
        for c in r.changes where c.kind == .indicatorTargetChanged {
            #expect(!ChangeDescription.detail(c).contains(#/[0-9]%/#), "\(ChangeDescription.detail(c))")
        }
    }

    @Test func summariesAndChartsUseTheSameNotation() throws {
        let r = try RendererTests.report()
        #expect(r.budgetLine == "8.022.000.000,00 TL → 11.303.994.900,00 TL (+3.281.994.900,00 TL, +%40,91)")
        let drift = try #require(r.driftLine)
        #expect(drift.contains(#/^median activity ratio [0-9]+,[0-9]{4}; [0-9]+ budget changes? depart from it by more than %[0-9]+$/#), "\(drift)")
        // No percentage after its number and no canonical decimal in any human format (the
        // HTML's visible text: its data- attributes keep canonical values for scripts).
        let visibleHTML = HTMLDiffRenderer.render(r).replacingOccurrences(of: "<style>[^<]*</style>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for text in [TextDiffRenderer.render(r), MarkdownDiffRenderer.render(r), visibleHTML] {
            #expect(Self.occurrences(text, #"[0-9]%"#).isEmpty)
            #expect(Self.occurrences(text, #"[0-9]{4,}\.[0-9]{2}\b"#).isEmpty)
            #expect(Self.occurrences(text, #"[+-][0-9]+\.[0-9]{2}\b"#).isEmpty)
        }
        // Chart labels: short amounts with their unit (`+19,5 mn TL`, `+220.000 TL`).
        let html = HTMLDiffRenderer.render(r)
        let labels = Self.occurrences(html, ##"fill="#333">[^<]*</text>"##)
            .map { String($0.dropFirst("fill=\"#333\">".count).dropLast("</text>".count)) }
        #expect(labels.count == r.goalGroups.count + r.amountsByCode.count)
        for label in labels {
            #expect(Self.matches(label, #"[+-]?[0-9]{1,3}(\.[0-9]{3})*(,[0-9] mn)? TL"#), "\(label)")
        }
    }

    @Test func machineFormatsKeepTheCanonicalForms() throws {
        let r = try RendererTests.report()
        let json = JSONDiffRenderer.render(r)
        #expect(json.contains("\"percent\" : \"+32.73\"") || json.contains("\"percent\": \"+32.73\""))
        #expect(!json.contains("TL\""))
        let csv = CSVDiffRenderer.render(r)
        #expect(csv.contains(",5500000.00,7300000.00,1800000.00,+32.73,"))
    }
}
