import Extraction
import Testing

@Suite struct MallocSettingsTests {
    /// A worker's GLIBC_TUNABLES hold the cache count, followed by the user's own settings
    /// (the later setting of a name wins).
    @Test func workersGetTheCacheCountAndKeepTheUsersTunables() {
        #expect(MallocSettings.workerTunables(inherited: nil) == "glibc.malloc.tcache_count=1000")
        #expect(MallocSettings.workerTunables(inherited: "") == "glibc.malloc.tcache_count=1000")
        #expect(MallocSettings.workerTunables(inherited: "glibc.malloc.tcache_count=7")
                == "glibc.malloc.tcache_count=1000:glibc.malloc.tcache_count=7")
    }
}
