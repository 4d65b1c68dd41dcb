import Extraction
import Foundation
import Testing

/// The file digest behind program_id's provenance and the build's cache.
@Suite struct FileDigestTests {
    @Test func theDigestTakenAsideIsTheDigestAndCanBeAskedAgain() throws {
        let whole = try FileDigest.sha256(path: TestFiles.balikesir)
        let pending = FileDigest.Pending(path: TestFiles.balikesir)
        #expect(try pending.value() == whole)
        // A second ask must not wait for a signal that was already taken.
        #expect(try pending.value() == whole)
        #expect(whole.count == 64)
    }

    @Test func aMissingFileIsAnErrorFromTheThreadAside() {
        let pending = FileDigest.Pending(path: TestFiles.packageRoot.appendingPathComponent("samples/no-such.pdf").path)
        #expect(throws: ExtractionError.self) { try pending.value() }
        #expect(throws: ExtractionError.self) { try pending.value() }
    }
}
