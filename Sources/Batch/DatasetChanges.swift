/// What a build changed in the published dataset, against the dataset it replaced: the
/// programs that came in, those that left (and why), and those whose source PDF changed.
/// A build publishes exactly the programs of its inputs, so a program whose file is no
/// longer among them leaves the dataset; the report says so rather than letting it vanish.
public struct DatasetChanges: Sendable, Codable, Equatable {
    public struct Removal: Sendable, Codable, Equatable {
        public var programID: String
        public var reason: String

        enum CodingKeys: String, CodingKey {
            case reason
            case programID = "program_id"
        }
    }

    public var added: [String]
    public var removed: [Removal]
    /// Programs in both whose source PDF's bytes differ (a new edition of the document).
    public var updated: [String]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && updated.isEmpty }

    /// - Parameters:
    ///   - previous: the replaced dataset's programs, with their source SHA-256 ("" when unknown).
    ///   - current: the programs published now, with theirs.
    ///   - claimed: programs that a file of this build gave last time (failed files included).
    static func between(previous: [String: String], current: [String: String], claimed: Set<String>) -> DatasetChanges {
        let added = current.keys.filter { previous[$0] == nil }.sorted()
        let removed = previous.keys.filter { current[$0] == nil }.sorted().map { id in
            Removal(programID: id, reason: claimed.contains(id)
                ? "its file failed and no earlier version of the program is in the cache"
                : "no input of this build gives it (a build publishes the programs of its inputs only; "
                  + "build with its PDF among the inputs to keep it)")
        }
        let updated = current.keys.filter { id in
            guard let old = previous[id], let new = current[id], !old.isEmpty, !new.isEmpty else { return false }
            return old != new
        }.sorted()
        return DatasetChanges(added: added, removed: removed, updated: updated)
    }
}
