#if canImport(Glibc)
import Glibc
#endif

/// A thread of our own (pthread_create), whose refusal is told rather than waited out.
///
/// Under a memory ceiling (`ResourceLimits`) a new thread's stack may not be mappable:
/// libdispatch then sleeps and retries for ever, and a run meant to stop with "over the
/// memory limit" hangs instead. A caller of `start` that gets nil does the work itself.
/// Each thread runs with its own `SignalStack`, mapped before it starts. A thread nobody
/// joins is detached when its handle goes: its stack is given back when it ends.
public final class SpawnedThread: @unchecked Sendable {
    private let handle: pthread_t
    private var joined = false

    private init(handle: pthread_t) { self.handle = handle }

    /// `body` run on a new thread; nil when the system refuses one (`body` is then not run).
    public static func start(_ body: @escaping @Sendable () -> Void) -> SpawnedThread? {
        let box = Unmanaged.passRetained(Body(body, signalStack: SignalStack.map())).toOpaque()
        var handle = pthread_t()
        let status = pthread_create(&handle, nil, { raw in
            Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(box).takeRetainedValue().signalStack?.unmap()
            return nil
        }
        return SpawnedThread(handle: handle)
    }

    /// Waits until the thread's body has returned; at once when asked again.
    public func join() {
        guard !joined else { return }
        joined = true
        pthread_join(handle, nil)
    }

    /// A thread never joined would keep its stack (8 MB of the memory ceiling) after it ends.
    deinit {
        if !joined { pthread_detach(handle) }
    }

    private final class Body {
        let work: @Sendable () -> Void
        let signalStack: SignalStack?

        init(_ work: @escaping @Sendable () -> Void, signalStack: SignalStack?) {
            self.work = work
            self.signalStack = signalStack
        }

        func run() {
            signalStack?.use()
            work()
            signalStack?.unmap()
        }
    }
}
