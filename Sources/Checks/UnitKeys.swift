import Dataset

/// The unit keys of a program's responsible units, each name folded once: a document
/// names a few dozen units on hundreds of activities, and folding a name costs far more
/// than comparing two keys. Each activity keeps the index of its unit's key, so asking which
/// activities are of a unit compares each distinct name once and looks no name up again.
struct UnitKeys {
    /// The distinct unit names' keys, in the order first met.
    private var keys: [UnitKey] = []
    /// For each activity given, in order, the index of its unit's key.
    private var unitOf: [Int] = []

    init(_ activities: [Activity]) {
        var index: [String: Int] = [:]
        unitOf.reserveCapacity(activities.count)
        for activity in activities {
            if let k = index[activity.responsibleUnit] {
                unitOf.append(k)
            } else {
                index[activity.responsibleUnit] = keys.count
                unitOf.append(keys.count)
                keys.append(UnitKey(activity.responsibleUnit))
            }
        }
    }

    /// For each activity given, in order, whether its unit is the unit `name`.
    func activities(areOf name: UnitKey) -> [Bool] {
        let matching = keys.map { $0.matches(name) }
        return unitOf.map { matching[$0] }
    }
}
