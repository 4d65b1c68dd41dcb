import Dataset
@testable import Diff
import Foundation
import Testing

/// Every change says where to look: the old page and the new page, in every format.
@Suite struct DiffPagesTests {
    /// The Kayseri gold pair with pages (the gold leaves them empty): goal n on page 10 + n
    /// in the old program and 20 + n in the new one; its rows one page further.
    static func reportWithPages() throws -> DiffReport {
        var (old, new) = try KayseriYearOverYearTests.programs()
        func paginate(_ p: inout Program, from base: Int) {
            for g in p.goals.indices {
                let page = base + p.goals[g].no
                p.goals[g].page = page
                for i in p.goals[g].indicators.indices { p.goals[g].indicators[i].page = page }
                for a in p.goals[g].activities.indices { p.goals[g].activities[a].page = page + 1 }
            }
        }
        paginate(&old, from: 10)
        paginate(&new, from: 20)
        return ProgramDiff.compare(old: old, new: new)
    }

    @Test func everyFormatCitesOldAndNewPages() throws {
        let report = try Self.reportWithPages()
        let retitled = try #require(report.changes.first { $0.old != nil && $0.new != nil && $0.kind != .programTotalChanged })
        let (o, n) = (try #require(retitled.oldPage), try #require(retitled.newPage))
        #expect(TextDiffRenderer.render(report).contains("[pages \(o) → \(n)]"))
        #expect(MarkdownDiffRenderer.render(report).contains("| pages \(o) → \(n) |"))
        #expect(HTMLDiffRenderer.render(report).contains("<td>pages \(o) → \(n)</td>"))
        let csv = CSVDiffRenderer.render(report)
        #expect(csv.hasPrefix(CSVDiffRenderer.header.joined(separator: ",") + "\n"))
        #expect(CSVDiffRenderer.header.suffix(2) == ["old_page", "new_page"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONDiffRenderer.render(report).utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["old_page"] as? Int == o && $0["new_page"] as? Int == n })
        // Added and removed entities cite the side they are on.
        let added = try #require(report.changes.first { $0.kind == .activityAdded })
        #expect(added.newPage != nil && added.oldPage == nil)
    }

    @Test func aStatedCountChangeSaysWhichCountAndWhere() {
        var old = Program(id: "x-2024", administration: "X Belediyesi", year: 2024)
        var new = Program(id: "x-2025", administration: "X Belediyesi", year: 2025)
        old.statedCounts = [StatedCount(kind: .goals, count: 51, page: 4)]
        new.statedCounts = [StatedCount(kind: .goals, count: 52, page: 5)]
        let report = ProgramDiff.compare(old: old, new: new)
        let change = report.changes.first { $0.kind == .statedCountChanged }
        #expect(change.map(ChangeDescription.detail) == "number of goals the document states: 51 → 52")
        #expect(change?.oldPage == 4 && change?.newPage == 5)
    }
}
