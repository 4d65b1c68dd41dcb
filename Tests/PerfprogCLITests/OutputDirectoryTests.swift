@testable import PerfprogCLI
import Testing

/// The folder a path lies in, found without NSString (whose deletingLastPathComponent traps
/// on a one-character path: `extract --out o` crashed).
@Suite struct OutputDirectoryTests {
    @Test func theFolderOfAPath() {
        #expect(OutputDirectory.parent(of: "o") == ".")
        #expect(OutputDirectory.parent(of: "o/") == ".")
        #expect(OutputDirectory.parent(of: "a/b") == "a")
        #expect(OutputDirectory.parent(of: "a/b//") == "a")
        #expect(OutputDirectory.parent(of: "/a") == "/")
        #expect(OutputDirectory.parent(of: "/") == nil)
        #expect(OutputDirectory.parent(of: ".") == nil)
    }
}
