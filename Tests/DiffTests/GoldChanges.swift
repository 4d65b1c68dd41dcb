import Foundation

/// The corpus's record of every change between the Kayseri 2024 and 2025 programs
/// (`kayseri-2024-to-2025.changes.json`), reduced to comparable keys.
struct GoldChanges {
    struct Entry {
        var key: String
        var kind: String
        var notable: Bool
        var raw: [String: Any]
    }

    var entries: [Entry]

    static func load() throws -> GoldChanges {
        let data = try Data(contentsOf: try Fixture.url("kayseri-2024-to-2025.changes.json"))
        guard let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let changes = doc["changes"] as? [[String: Any]] else { throw Fixture.Missing(name: "changes") }
        return GoldChanges(entries: changes.map { c in
            Entry(key: key(c), kind: c["kind"] as? String ?? "", notable: c["notable"] as? Bool ?? false, raw: c)
        })
    }

    /// kind | old identity | new identity | field (| the values, for program-wide changes).
    static func key(_ c: [String: Any]) -> String {
        func identity(_ o: Any?) -> String {
            guard let o = o as? [String: Any] else { return "-" }
            for idKey in ["indicator_id", "activity_id", "goal_id"] {
                if let id = o[idKey] as? String { return id.split(separator: "/").dropFirst().joined(separator: "/") }
            }
            return ["measure", "economic_code", "source"].map { o[$0] as? String ?? "" }.joined(separator: ":")
        }
        var parts = [c["kind"] as? String ?? "", identity(c["old"]), identity(c["new"]), c["field"] as? String ?? ""]
        if c["old"] is NSNull || c["old"] == nil, c["new"] is NSNull || c["new"] == nil {
            parts.append(String(describing: c["old_value"] ?? "")); parts.append(String(describing: c["new_value"] ?? ""))
        }
        return parts.joined(separator: "|")
    }

    static let structuralKinds: Set<String> = [
        "goal_added", "goal_removed", "goal_moved", "goal_retitled", "goal_renumbered",
        "indicator_added", "indicator_removed", "indicator_renumbered", "indicator_unit_changed",
        "activity_added", "activity_removed", "activity_moved", "activity_renamed", "activity_renumbered",
        "activity_unit_changed", "responsible_unit_renamed",
    ]
}

enum Fixture {
    struct Missing: Error { var name: String }

    static func url(_ name: String) throws -> URL {
        guard let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { throw Missing(name: "Fixtures") }
        let u = base.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: u.path) else { throw Missing(name: name) }
        return u
    }
}
