#if canImport(Glibc)
import Glibc
#endif

/// A stack of its own for a thread's fatal-signal handler (sigaltstack), so that a thread
/// whose stack ran out (a recursion too deep) still says why it stops instead of dying of
/// a second fault. Mapped and touched before the thread runs: a handler must not allocate.
public struct SignalStack: @unchecked Sendable {
    /// The handler reads and writes a few buffers prepared beforehand; Swift frames of a
    /// debug build take a few KB: ample, and small beside a thread's 8 MB stack.
    public static let bytes = 64 << 10

    private let base: UnsafeMutableRawPointer

    /// A stack mapped now, or nil when the system refuses the memory (the handler then runs
    /// on the thread's own stack, as without one).
    public static func map() -> SignalStack? {
        let base = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let base, base != MAP_FAILED else { return nil }
        // Touched now: a page first written inside the handler could not be had under pressure.
        memset(base, 0, bytes)
        return SignalStack(base: base)
    }

    /// Makes this the calling thread's stack for handlers installed with SA_ONSTACK.
    public func use() {
        var stack = stack_t(ss_sp: base, ss_flags: 0, ss_size: Self.bytes)
        sigaltstack(&stack, nil)
    }

    /// Stops using it on the calling thread and gives the memory back.
    public func unmap() {
        var none = stack_t()
        none.ss_flags = Int32(SS_DISABLE)
        sigaltstack(&none, nil)
        munmap(base, Self.bytes)
    }

    /// Maps one for the calling thread, kept for the life of the process (the main thread's).
    /// False when refused.
    @discardableResult
    public static func useForThisThread() -> Bool {
        guard let stack = map() else { return false }
        stack.use()
        return true
    }
}
