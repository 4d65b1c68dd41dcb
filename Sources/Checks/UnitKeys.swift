import Dataset

/// The unit keys of a program's responsible units, each name folded once: a document
/// names a few dozen units on hundreds of activities, and folding a name costs far more
/// than comparing two keys.
struct UnitKeys {
    private var keys: [String: UnitKey] = [:]

    init(_ activities: [Activity]) {
        for activity in activities where keys[activity.responsibleUnit] == nil {
            keys[activity.responsibleUnit] = UnitKey(activity.responsibleUnit)
        }
    }

    /// Whether `activity`'s unit is the unit `name`.
    func activity(_ activity: Activity, isOf name: UnitKey) -> Bool {
        (keys[activity.responsibleUnit] ?? UnitKey(activity.responsibleUnit)).matches(name)
    }
}
