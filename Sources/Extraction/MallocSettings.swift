import CMalloc

/// glibc malloc's settings for the whole process, set once at its start (`apply`), before
/// any thread allocates.
public enum MallocSettings {
    /// Room a heap grows by beyond the request that outgrew it (M_TOP_PAD; glibc's default is
    /// 128 KB). The arena of each thread that reads pages is a heap of its own, which, with
    /// the default, glibc's sysmalloc made writable one page at a time: some 870 mprotect(2)
    /// calls on a 126-page document, each taking the address space's lock that the other
    /// threads' page faults wait on, and the main heap moved its break 26 times. With 4 MB
    /// — a reading thread's working set for a dense page — both arenas start large enough
    /// (62 mprotect calls, 3 brk, 6 munmap instead of 16, 4,392 → 4,126 page faults on
    /// balikesir-2024). Small against the memory ceiling (ResourceLimits counts writable
    /// memory, and a worker's ceiling is at least 64 MB): at most one pad per arena is
    /// writable and not yet used.
    public static let topPad: Int32 = 4 << 20

    /// Freed blocks of each size a thread keeps for reuse (glibc.malloc.tcache_count; glibc's
    /// default is 7), for the worker processes this one starts. glibc takes it only from the
    /// environment at a process's start (GLIBC_TUNABLES), which a worker's launch sets for
    /// free, while `extract` would pay about as much to start itself again (~12 ms of CPU)
    /// as it gains. Reading and recognition free and allocate many blocks of one size in
    /// bursts, past 7; with 1,000, callgrind counted 4.7 % fewer instructions (balikesir-2024
    /// on one thread: 2.353 → 2.242 G), `build -j 1` of 6 samples took 3.1 % less CPU
    /// (3.15 → 3.03 s, 6 paired runs) and `extract` 3.7 % (25 paired runs), peak memory
    /// 1.7 MB more (128 gained nothing).
    public static let workerCacheCount = 1000

    /// GLIBC_TUNABLES for a worker process: `inherited` (this process's, if any) after the
    /// cache count, so that a setting the user made wins.
    public static func workerTunables(inherited: String?) -> String {
        let own = "glibc.malloc.tcache_count=\(workerCacheCount)"
        guard let inherited, !inherited.isEmpty else { return own }
        return own + ":" + inherited
    }

    /// Sets the process's malloc settings; harmless when called again. False when glibc
    /// refused one.
    @discardableResult
    public static func apply() -> Bool {
        mallopt(M_TOP_PAD, topPad) == 1
    }
}
