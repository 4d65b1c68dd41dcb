/// glibc malloc's settings for the worker processes a build starts.
///
/// The process's own heap keeps glibc's defaults: a larger top pad (M_TOP_PAD 4 MB) saved
/// ~300 page faults a run but made every arena hold megabytes it had not used, so that runs
/// under a memory ceiling hung or crashed where they had stopped with "over the memory
/// limit" (and glibc stops adapting its mmap threshold once the pad is set).
public enum MallocSettings {
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
}
