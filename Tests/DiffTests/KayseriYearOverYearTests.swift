import Dataset
import DatasetIO
@testable import Diff
import Foundation
import Testing

/// The diff of the Kayseri 2024 and 2025 gold datasets against the corpus's record of
/// every change between them.
@Suite struct KayseriYearOverYearTests {
    static func programs() throws -> (Program, Program) {
        let old = try DatasetReader.read(directory: try Fixture.url("kayseri-buyuksehir-belediyesi-2024"))
        let new = try DatasetReader.read(directory: try Fixture.url("kayseri-buyuksehir-belediyesi-2025"))
        guard let o = old.first, let n = new.first else { throw Fixture.Missing(name: "program") }
        return (o, n)
    }

    /// Our changes, as the JSON renderer writes them, keyed like the gold.
    static func ourChanges(_ report: DiffReport) throws -> [[String: Any]] {
        let text = JSONDiffRenderer.render(report)
        guard let doc = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let changes = doc["changes"] as? [[String: Any]] else { throw Fixture.Missing(name: "our changes") }
        return changes
    }

    @Test func structuralChangesMatchTheRecordExactly() throws {
        let (old, new) = try Self.programs()
        let report = ProgramDiff.compare(old: old, new: new)
        let gold = try GoldChanges.load()
        let ours = try Self.ourChanges(report)
        let goldKeys = Set(gold.entries.filter { GoldChanges.structuralKinds.contains($0.kind) }.map(\.key))
        let ourKeys = Set(ours.filter { GoldChanges.structuralKinds.contains($0["kind"] as? String ?? "") }.map(GoldChanges.key))
        let missed = goldKeys.subtracting(ourKeys).sorted()
        let spurious = ourKeys.subtracting(goldKeys).sorted()
        print("structural: gold \(goldKeys.count), ours \(ourKeys.count), missed \(missed.count), spurious \(spurious.count)")
        for m in missed { print("  missed   \(m)") }
        for s in spurious { print("  spurious \(s)") }
        #expect(missed.isEmpty)
        #expect(spurious.isEmpty)
    }

    @Test func everyRecordedChangeRecallAndPrecision() throws {
        let (old, new) = try Self.programs()
        let report = ProgramDiff.compare(old: old, new: new)
        let gold = try GoldChanges.load()
        let ours = try Self.ourChanges(report)
        let goldKeys = Set(gold.entries.map(\.key))
        let ourKeys = Set(ours.map(GoldChanges.key))
        let found = goldKeys.intersection(ourKeys)
        var missedByKind: [String: Int] = [:]
        for e in gold.entries where !ourKeys.contains(e.key) { missedByKind[e.kind, default: 0] += 1 }
        var spuriousByKind: [String: Int] = [:]
        for c in ours where !goldKeys.contains(GoldChanges.key(c)) { spuriousByKind[c["kind"] as? String ?? "", default: 0] += 1 }
        let recall = Double(found.count) / Double(goldKeys.count)
        let precision = Double(found.count) / Double(ourKeys.count)
        print("all changes: gold \(goldKeys.count), ours \(ourKeys.count), recall \(recall), precision \(precision)")
        print("  missed by kind \(missedByKind.sorted { $0.key < $1.key })")
        print("  extra by kind \(spuriousByKind.sorted { $0.key < $1.key })")
        // Every notable change is reported.
        let notableMissed = gold.entries.filter { $0.notable && !ourKeys.contains($0.key) }.map(\.key)
        for m in notableMissed { print("  notable missed \(m)") }
        #expect(notableMissed.isEmpty)
        #expect(recall >= 0.99)
        #expect(precision >= 0.99)
    }
}

extension KayseriYearOverYearTests {
    @Test func valuesOfMatchedChangesEqualTheRecord() throws {
        let (old, new) = try Self.programs()
        let report = ProgramDiff.compare(old: old, new: new)
        let gold = try GoldChanges.load()
        var ours: [String: [String: Any]] = [:]
        for c in try Self.ourChanges(report) { ours[GoldChanges.key(c)] = c }
        var compared = 0
        var differing: [String] = []
        for e in gold.entries {
            guard let c = ours[e.key], !["goal_added", "goal_removed", "indicator_added", "indicator_removed",
                                         "activity_added", "activity_removed"].contains(e.kind) else { continue }
            compared += 1
            for field in ["old_value", "new_value", "old_costs", "new_costs", "ratio"] where e.raw[field] != nil {
                let g = e.raw[field] as? NSObject, o = c[field] as? NSObject
                if g != o { differing.append("\(e.key) \(field): gold \(String(describing: g)) ours \(String(describing: o))") }
            }
        }
        print("values compared for \(compared) changes, \(differing.count) differ")
        for d in differing.prefix(20) { print("  \(d)") }
        #expect(compared > 600)
        #expect(differing.isEmpty)
    }

    /// The recorded notable budget changes are those that depart from the general drift.
    @Test func budgetChangesDepartingFromDriftAreTheNotableOnes() throws {
        let (old, new) = try Self.programs()
        let report = ProgramDiff.compare(old: old, new: new)
        let gold = try GoldChanges.load()
        let notable = Set(gold.entries.filter { $0.kind == "activity_budget_changed" && $0.notable }.map(\.key))
        let flagged = Set(try Self.ourChanges(report).filter { ($0["departs_from_drift"] as? Bool) == true }.map(GoldChanges.key))
        #expect(notable.count == 12)
        #expect(flagged == notable)
    }

    /// The entities of added and removed goals are inside the goal's entry, identical to the record.
    @Test func addedAndRemovedEntitiesCarryTheirContents() throws {
        let (old, new) = try Self.programs()
        let report = ProgramDiff.compare(old: old, new: new)
        let gold = try GoldChanges.load()
        var ours: [String: [String: Any]] = [:]
        for c in try Self.ourChanges(report) { ours[GoldChanges.key(c)] = c }
        let kinds: Set<String> = ["goal_added", "goal_removed", "indicator_added", "indicator_removed", "activity_added", "activity_removed"]
        var checked = 0
        for e in gold.entries where kinds.contains(e.kind) {
            let side = e.raw["old"] is NSNull ? "new" : "old"
            guard let g = e.raw[side] as? [String: Any], let o = ours[e.key]?[side] as? [String: Any] else {
                Issue.record("missing \(e.key)"); continue
            }
            for (k, v) in g where (o[k] as? NSObject) != (v as? NSObject) {
                Issue.record("\(e.key) \(k): gold \(v) ours \(o[k] ?? "nothing")")
            }
            checked += 1
        }
        #expect(checked == 15)
    }
}
