import Dataset
import DatasetIO
@testable import Diff
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct RendererTests {
    static func report() throws -> DiffReport {
        let (old, new) = try KayseriYearOverYearTests.programs()
        return ProgramDiff.compare(old: old, new: new)
    }

    @Test func everyFormatIsByteIdenticalFromRunToRun() throws {
        let a = try Self.report(), b = try Self.report()
        #expect(TextDiffRenderer.render(a) == TextDiffRenderer.render(b))
        #expect(MarkdownDiffRenderer.render(a) == MarkdownDiffRenderer.render(b))
        #expect(JSONDiffRenderer.render(a) == JSONDiffRenderer.render(b))
        #expect(CSVDiffRenderer.render(a) == CSVDiffRenderer.render(b))
        #expect(HTMLDiffRenderer.render(a) == HTMLDiffRenderer.render(b))
    }

    @Test func textOpensWithTheSummaryThenGroupsByGoal() throws {
        let r = try Self.report()
        let lines = TextDiffRenderer.render(r).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let summary = try #require(lines.firstIndex(of: "Summary"))
        let firstGoal = try #require(lines.firstIndex { $0.hasPrefix("Goal ") })
        #expect(summary < firstGoal)
        #expect(lines.contains("  activities' total: 8.022.000.000,00 TL → 11.303.994.900,00 TL (+3.281.994.900,00 TL, +%40,91)"))
        #expect(lines.contains { $0.hasPrefix("    goal added ") && $0.hasSuffix(" 2") })
        #expect(lines.contains("Goal 10 → 6: Şehrin genelinde ulaşım amaçlı projeler gerçekleştirmek."))
        #expect(lines.contains("  goal moved: position 10 → 6"))
        #expect(lines.contains("Goal 26 (removed): Şehri cazibe merkezi haline getirmek."))
        #expect(lines.contains {
            $0 == "  activity moved: activity 1 of goal 25 → 4 of goal 32 “Yeni hibe projelerinin yazılması”: from goal 25 to goal 32"
        })
    }

    @Test func markdownHasTheSummaryTableAndOneSectionPerChangedGoal() throws {
        let r = try Self.report()
        let md = MarkdownDiffRenderer.render(r)
        #expect(md.hasPrefix("# Year-over-year diff: Kayseri Büyükşehir Belediyesi 2024 → 2025\n"))
        #expect(md.contains("| goal_renumbered | 33 |"))
        let goalSections = md.split(separator: "\n").filter { $0.hasPrefix("## Goal ") }.count
        let changedGroups = r.goalGroups.indices.filter { !r.changes(inGroup: $0).isEmpty }.count
        #expect(goalSections == changedGroups)
    }

    @Test func csvHasOneRowPerChange() throws {
        let r = try Self.report()
        let rows = CSVCodec.decode(CSVDiffRenderer.render(r))
        #expect(rows.first == CSVDiffRenderer.header)
        #expect(rows.count == r.changes.count + 1)
        #expect(rows.dropFirst().allSatisfy { $0.count == CSVDiffRenderer.header.count })
        let budget = try #require(rows.first { $0[0] == "activity_budget_changed" && $0[3].hasSuffix("/G1/F1") })
        #expect(budget[10] == "5500000.00")
        #expect(budget[11] == "7300000.00")
        #expect(budget[12] == "1800000.00")
        #expect(budget[13] == "+32.73")
    }

    @Test func jsonSummaryCountsTheChanges() throws {
        let r = try Self.report()
        let doc = try JSONSerialization.jsonObject(with: Data(JSONDiffRenderer.render(r).utf8)) as? [String: Any]
        let summary = try #require(doc?["summary"] as? [String: Int])
        #expect(summary.values.reduce(0, +) == r.changes.count)
        #expect(summary["goal_moved"] == 1)
        let budget = try #require(doc?["budget"] as? [String: Any])
        #expect(budget["activities_total_old"] as? String == "8022000000.00")
        #expect(budget["activities_total_new"] as? String == "11303994900.00")
    }

    /// Load-and-inspect: the page is well-formed, self-contained, and holds every change and
    /// one bar per goal group and per economic code.
    @Test func htmlPageIsSelfContainedAndComplete() throws {
        let r = try Self.report()
        let html = HTMLDiffRenderer.render(r)
        let body = String(html.drop { $0 != "\n" })  // the DOCTYPE line is not XML
        let inspector = PageInspector()
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = inspector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        #expect(inspector.changeRows == r.changes.count)
        #expect(inspector.rects["chart-goals"] == r.goalGroups.count)
        #expect(inspector.rects["chart-codes"] == r.amountsByCode.count)
        #expect(inspector.elements["script"] == nil)
        #expect(inspector.elements["link"] == nil)
        #expect(inspector.elements["img"] == nil)
        #expect(inspector.externalReferences.isEmpty)
        // The goal whose money moved most has the widest bar; increases are green, decreases red.
        let largest = try #require(r.goalGroups.max { ($0.newAmount - $0.oldAmount).kurus.magnitude < ($1.newAmount - $1.oldAmount).kurus.magnitude })
        let widest = try #require(inspector.bars.filter { $0.chart == "chart-goals" }.max { $0.width < $1.width })
        #expect(widest.change == (largest.newAmount - largest.oldAmount).description)
        #expect(inspector.bars.filter { $0.change.hasPrefix("-") }.allSatisfy { $0.fill == "#c62828" })
        #expect(inspector.bars.filter { !$0.change.hasPrefix("-") }.allSatisfy { $0.fill == "#2e7d32" })
        #expect(inspector.bars.contains { $0.change.hasPrefix("-") })
    }

    /// Read on a laptop: the summary first, then a table of contents linking every goal with
    /// changes (and back), then the charts, then the changes; every change table with the
    /// same fixed columns; chart labels whole (wrapped, never cut), bars at least 4 wide.
    @Test func htmlPageLeadsWithTheSummaryAndLinksEveryGoal() throws {
        let r = try Self.report()
        let html = HTMLDiffRenderer.render(r)
        let order = ["id=\"summary\"", "id=\"contents\"", "id=\"charts\"", "id=\"changes\""].map { html.range(of: $0)?.lowerBound }
        #expect(!order.contains(nil))
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(html.contains("<meta name=\"viewport\""))

        let changedGoals = r.goalGroups.indices.filter { !r.changes(inGroup: $0).isEmpty }
        let links = NumberConventionTests.occurrences(html, ##"<li><a href="#[a-z0-9-]+">"##)
            .map { String($0.dropFirst("<li><a href=\"#".count).dropLast(2)) }
        #expect(links.count == changedGoals.count + 2, "program-wide changes, each goal, program totals")
        for index in changedGoals { #expect(links.contains("goal-\(index + 1)")) }
        for anchor in links {
            #expect(html.contains("<section class=\"group\" id=\"\(anchor)\">"))
        }
        #expect(html.components(separatedBy: "href=\"#contents\"").count - 1 == links.count)

        // Stable columns: every change table fixed, with the same colgroup.
        let tables = html.components(separatedBy: "<table class=\"changes\">").count - 1
        #expect(tables == links.count)
        #expect(html.components(separatedBy: "<colgroup><col class=\"c-change\"/><col class=\"c-subject\"/><col class=\"c-name\"/>"
            + "<col class=\"c-detail\"/><col class=\"c-pages\"/></colgroup>").count - 1 == tables)
        #expect(html.contains("table.changes { table-layout: fixed; width: 100%; }"))

        // Charts: a viewBox and no fixed size (they shrink); labels whole; bars visible.
        #expect(NumberConventionTests.occurrences(html, #"<svg [^>]*>"#).allSatisfy { $0.contains("viewBox=") && !$0.contains(" width=") })
        #expect(!html.contains("…"))
        let labelText = NumberConventionTests.occurrences(html, #"<text x="0"[^>]*>(<tspan[^>]*>[^<]*</tspan>)+</text>"#)
            .map { $0.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                .split(separator: " ").joined(separator: " ") }
        for group in r.goalGroups {
            let label = HTMLText.escape(group.shortLabel + " " + ((group.new ?? group.old)?.goal.title ?? ""))
            #expect(labelText.contains(label.split(separator: " ").joined(separator: " ")), "\(label)")
        }
        let widths = NumberConventionTests.occurrences(html, #"data-change="[^"]*"><title>[^<]*</title>.*?<rect [^>]*width="[0-9.]+""#)
            .compactMap { bar -> (String, Double)? in
                guard let change = bar.firstMatch(of: #/data-change="([^"]*)"/#)?.1,
                      let width = bar.firstMatch(of: #/width="([0-9.]+)"/#)?.1 else { return nil }
                return (String(change), Double(width) ?? 0)
            }
        #expect(widths.count == r.goalGroups.count + r.amountsByCode.count)
        for (change, width) in widths where change != "0.00" { #expect(width >= 4, "\(change): \(width)") }
    }

    final class PageInspector: NSObject, XMLParserDelegate {
        struct Bar { var chart: String; var change: String; var width: Double; var fill: String }
        var elements: [String: Int] = [:]
        var changeRows = 0
        var rects: [String: Int] = [:]
        var bars: [Bar] = []
        var externalReferences: [String] = []
        private var chart: String?
        private var barChange = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            // Links within the page (`#goal-3`) are its navigation; anything else would be fetched.
            for key in ["src", "href", "xlink:href"] where attributes[key].map({ !$0.hasPrefix("#") }) == true {
                externalReferences.append(attributes[key] ?? "")
            }
            if name == "tr", attributes["class"]?.split(separator: " ").contains("change") == true { changeRows += 1 }
            if name == "svg" { chart = attributes["id"] }
            if name == "g", attributes["class"] == "bar" { barChange = attributes["data-change"] ?? "" }
            if name == "rect", let c = chart {
                rects[c, default: 0] += 1
                bars.append(Bar(chart: c, change: barChange, width: Double(attributes["width"] ?? "") ?? 0, fill: attributes["fill"] ?? ""))
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "svg" { chart = nil }
        }
    }
}
