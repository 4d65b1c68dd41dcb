import Foundation

/// Our changes (as the JSON renderer writes them) set against the corpus's record of the
/// Kayseri 2024 → 2025 changes, by key: what the record has that we miss, what we report
/// that it lacks, and where the values of a change both report differ.
struct ChangeRecordComparison {
    var record: GoldChanges
    var ours: [[String: Any]]

    var recordKeys: Set<String> { Set(record.entries.map(\.key)) }
    var ourKeys: Set<String> { Set(ours.map(GoldChanges.key)) }
    var structuralRecordKeys: Set<String> {
        Set(record.entries.filter { GoldChanges.structuralKinds.contains($0.kind) }.map(\.key))
    }
    var structuralOurKeys: Set<String> {
        Set(ours.filter { GoldChanges.structuralKinds.contains($0["kind"] as? String ?? "") }.map(GoldChanges.key))
    }

    var missed: [String] { recordKeys.subtracting(ourKeys).sorted() }
    var spurious: [String] { ourKeys.subtracting(recordKeys).sorted() }
    var structuralMissed: [String] { structuralRecordKeys.subtracting(structuralOurKeys).sorted() }
    var structuralSpurious: [String] { structuralOurKeys.subtracting(structuralRecordKeys).sorted() }
    var notableMissed: [String] {
        let ours = ourKeys
        return record.entries.filter { $0.notable && !ours.contains($0.key) }.map(\.key)
    }

    var recall: Double { Self.ratio(recordKeys.intersection(ourKeys).count, recordKeys.count) }
    var precision: Double { Self.ratio(recordKeys.intersection(ourKeys).count, ourKeys.count) }
    var structuralRecall: Double {
        Self.ratio(structuralRecordKeys.intersection(structuralOurKeys).count, structuralRecordKeys.count)
    }
    var structuralPrecision: Double {
        Self.ratio(structuralRecordKeys.intersection(structuralOurKeys).count, structuralOurKeys.count)
    }

    static let addedOrRemovedKinds: Set<String> = [
        "goal_added", "goal_removed", "indicator_added", "indicator_removed", "activity_added", "activity_removed",
    ]

    /// The values of every change both sides report (entities added or removed aside: their
    /// contents are compared elsewhere), field by field; `compared` counts the changes.
    func differingValues() -> (compared: Int, differing: [String]) {
        var byKey: [String: [String: Any]] = [:]
        for c in ours { byKey[GoldChanges.key(c)] = c }
        var compared = 0
        var differing: [String] = []
        for e in record.entries {
            guard let c = byKey[e.key], !Self.addedOrRemovedKinds.contains(e.kind) else { continue }
            compared += 1
            for field in ["old_value", "new_value", "old_costs", "new_costs", "ratio"] where e.raw[field] != nil {
                let g = e.raw[field] as? NSObject, o = c[field] as? NSObject
                if g != o { differing.append("\(e.key) \(field): gold \(String(describing: g)) ours \(String(describing: o))") }
            }
        }
        return (compared, differing)
    }

    /// One line of counts, for the test log.
    var summary: String {
        "structural: record \(structuralRecordKeys.count), ours \(structuralOurKeys.count), missed \(structuralMissed.count), "
            + "spurious \(structuralSpurious.count); all: record \(recordKeys.count), ours \(ourKeys.count), "
            + "recall \(recall), precision \(precision); notable missed \(notableMissed.count)"
    }

    private static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
}
