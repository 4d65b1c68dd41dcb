import Foundation

/// The bounds one file's reading runs under, set with setrlimit(2) on the process that
/// reads it (a build's worker, or `extract` itself).
///
/// Memory: RLIMIT_DATA, not RLIMIT_AS. Since Linux 4.7 RLIMIT_DATA counts the private
/// writable memory a process maps (heap, anonymous mappings, thread stacks) — what a
/// document costs — while RLIMIT_AS also counts address space that is only reserved
/// (glibc reserves 64 MB per malloc arena, Swift and ICU map their libraries and data), so
/// the same ceiling would mean less on a machine with more cores. With the ceiling reached,
/// malloc returns NULL: poppler's allocator aborts ("Out of memory"), which `FatalSignal`
/// reports as the memory limit.
///
/// CPU: RLIMIT_CPU, the soft limit sending SIGXCPU (reported by `FatalSignal`), the hard one a
/// little later SIGKILL. A worker also has the build's wall-clock --timeout; the CPU budget is
/// what still stops it should the build be gone.
public enum ResourceLimits {
    /// A performance program reads in well under 100 MB (the samples peak at ~50 MB); five
    /// times that still fits several workers on a small machine.
    public static let defaultMemoryMB = 512
    /// Below this a worker cannot start its runtime and open a document at all.
    public static let minimumMemoryMB = 64
    /// Seconds between the CPU soft limit (SIGXCPU, reported) and the hard one (SIGKILL).
    static let cpuHardGrace: rlim_t = 5

    /// Applies the limits to this process; a limit the system refuses is left as it was.
    public static func apply(memoryMB: Int, cpuSeconds: Int?) {
        var memory = rlimit(rlim_cur: rlim_t(memoryMB) << 20, rlim_max: rlim_t(memoryMB) << 20)
        var current = rlimit()
        if getrlimit(RLIMIT_DATA_ID, &current) == 0, current.rlim_max < memory.rlim_max {
            memory = rlimit(rlim_cur: current.rlim_max, rlim_max: current.rlim_max)
        }
        _ = setrlimit(RLIMIT_DATA_ID, &memory)
        if let cpuSeconds {
            var cpu = rlimit(rlim_cur: rlim_t(max(1, cpuSeconds)), rlim_max: rlim_t(max(1, cpuSeconds)) + cpuHardGrace)
            _ = setrlimit(RLIMIT_CPU_ID, &cpu)
        }
    }

    // Glibc's resource constants are an enum type in Swift (__rlimit_resource).
    private static let RLIMIT_DATA_ID = __rlimit_resource_t(RLIMIT_DATA.rawValue)
    private static let RLIMIT_CPU_ID = __rlimit_resource_t(RLIMIT_CPU.rawValue)
}
