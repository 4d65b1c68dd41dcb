/// The responsible units of one program: every printed spelling grouped into canonical
/// units (`UnitKey`), numbered in order of first appearance (`<program_id>/U<n>`), each
/// named by its most frequent spelling once made canonical (ties: the earliest).
public struct ProgramUnits: Sendable {
    public struct Unit: Sendable, Equatable {
        /// 1-based, in order of first appearance.
        public var number: Int
        public var canonicalName: String
        /// The printed spellings, in order of first appearance, with their activity counts.
        public var spellings: [Spelling]
        public var keys: [UnitKey]

        /// Whether this and `other` (of the same or another program) are one unit.
        public func matches(_ other: Unit) -> Bool {
            keys.contains { k in other.keys.contains { k.matches($0) } }
        }

        /// How many activities name the unit, in any spelling.
        public var activityCount: Int { spellings.map(\.count).reduce(0, +) }

        /// The spelling printed most often (ties: the earliest).
        public var mostFrequentSpelling: String {
            spellings.max { $0.count < $1.count || ($0.count == $1.count && $0.firstIndex > $1.firstIndex) }?.name ?? canonicalName
        }
    }
    public struct Spelling: Sendable, Equatable {
        public var name: String
        public var count: Int
        var firstIndex: Int
    }

    public let programID: String
    public let units: [Unit]
    private let unitOfSpelling: [String: Int]

    public init(_ program: Program) {
        self.init(programID: program.id, printedNames: program.goals.flatMap(\.activities).map(\.responsibleUnit))
    }

    /// `printedNames`: each activity's unit as printed, in document order ("" for none).
    public init(programID: String, printedNames: [String]) {
        self.programID = programID
        var spellings: [Spelling] = []
        var spellingIndex: [String: Int] = [:]
        for (index, name) in printedNames.enumerated() where !name.isEmpty {
            if let i = spellingIndex[name] { spellings[i].count += 1; continue }
            spellingIndex[name] = spellings.count
            spellings.append(Spelling(name: name, count: 1, firstIndex: index))
        }
        // Union of matching spellings (in order, so the result is deterministic).
        let keys = spellings.map { UnitKey($0.name) }
        var parent = Array(spellings.indices)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        for i in spellings.indices {
            for j in spellings.indices where j < i && keys[i].matches(keys[j]) {
                let (a, b) = (root(i), root(j))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var members: [Int: [Int]] = [:]
        var roots: [Int] = []
        for i in spellings.indices {
            let r = root(i)
            if members[r] == nil { roots.append(r) }
            members[r, default: []].append(i)
        }
        var units: [Unit] = []
        var unitOfSpelling: [String: Int] = [:]
        for (n, r) in roots.enumerated() {
            let group = members[r] ?? []
            var canonicalCounts: [String: (count: Int, first: Int)] = [:]
            for i in group {
                let c = UnitName.canonical(spellings[i].name)
                let previous = canonicalCounts[c] ?? (0, spellings[i].firstIndex)
                canonicalCounts[c] = (previous.count + spellings[i].count, min(previous.first, spellings[i].firstIndex))
            }
            let best = canonicalCounts.max { l, r in
                l.value.count < r.value.count || (l.value.count == r.value.count && l.value.first > r.value.first)
            }
            units.append(Unit(number: n + 1, canonicalName: best?.key ?? "", spellings: group.map { spellings[$0] },
                              keys: group.map { keys[$0] }))
            for i in group { unitOfSpelling[spellings[i].name] = n }
        }
        self.units = units
        self.unitOfSpelling = unitOfSpelling
    }

    /// The unit of a printed name (nil for "" or a name the program does not print).
    public func unit(printed name: String) -> Unit? {
        unitOfSpelling[name].map { units[$0] }
    }

    public func unitID(printed name: String) -> String {
        unit(printed: name).map { Identifiers.unitID(program: programID, unitNo: $0.number) } ?? ""
    }
}
