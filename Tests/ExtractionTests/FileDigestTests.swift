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

    /// Each digest is taken on a thread nobody joins; an ended thread kept its stack (8 MB
    /// of the memory ceiling each: `extract` of 12 files peaked at 252 MB of writable memory,
    /// 140 MB once they are given back). Sixty digests taken one after the other would hold
    /// 480 MB; given back, glibc keeps at most 40 MB of ended threads' stacks for reuse.
    @Test func digestsTakenAsideGiveTheirThreadsStacksBack() throws {
        let before = try Self.writableMemory()
        for _ in 0..<60 { _ = try FileDigest.Pending(path: TestFiles.fixture("text-page.pdf")).value() }
        // The last thread may still be ending.
        Thread.sleep(forTimeInterval: 0.5)
        let grown = try Self.writableMemory() - before
        // Other tests of this target run meanwhile and hold memory of their own: half of what
        // the stacks would hold tells the two apart.
        #expect(grown < 240 << 20, "writable memory grew by \(grown >> 20) MB")
    }

    /// VmData of /proc/self/status, in bytes.
    static func writableMemory() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmData:") })
        let kilobytes = try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
        return kilobytes << 10
    }
}
