import Extraction
import Testing

@Suite struct MallocSettingsTests {
    /// glibc takes the settings the command line sets at start (mallopt answers 1).
    @Test func glibcTakesTheSettings() {
        #expect(MallocSettings.apply())
    }
}
