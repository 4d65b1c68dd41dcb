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

    /// Sets the process's malloc settings; harmless when called again. False when glibc
    /// refused one.
    @discardableResult
    public static func apply() -> Bool {
        mallopt(M_TOP_PAD, topPad) == 1
    }
}
