import Foundation
import Threads

/// Work whose items do not depend on each other, done on the cores at once and handed back in
/// item order: the same result as one after the other, so outputs stay deterministic.
public enum SideBySide {
    /// `(0..<count).map(transform)`, the items computed side by side: the calling thread and
    /// up to one thread more per other core each take the next item nobody has taken. A
    /// thread the system refuses (a memory ceiling) leaves its items to the others.
    public static func map<T>(_ count: Int, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let work: @Sendable () -> Void = {
            while let index = slots.claim() { slots.store(index, transform(index)) }
        }
        let helpers = max(0, min(count, ProcessInfo.processInfo.activeProcessorCount) - 1)
        var started: [SpawnedThread] = []
        for _ in 0..<helpers {
            guard let thread = SpawnedThread.start(work) else { break }
            started.append(thread)
        }
        work()
        for thread in started { thread.join() }
        return slots.all
    }
}

/// Each item's result, by index, and the next item nobody has taken.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        defer { next += 1 }
        return next
    }

    func store(_ index: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    var all: [T] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
