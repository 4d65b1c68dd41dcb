import Dispatch
import Foundation

/// Work whose items do not depend on each other, done on the cores at once and handed back in
/// item order: the same result as one after the other, so outputs stay deterministic.
public enum SideBySide {
    /// `(0..<count).map(transform)`, the items computed side by side.
    public static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.store($0, transform($0)) }
        return slots.all
    }
}

/// Each item's result, by index.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    var all: [T] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
