@testable import Extraction
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
        // sha256sum's, read in the digest's chunks (the sample is several of them).
        #expect(whole == "2a3cc04517b9c157481e68dbdcb196c38d3a06e09ae345c4cad31cc233d4ed45")
    }

    /// The digest with the processor's SHA extensions is SHA-256: FIPS 180-2's "abc", and
    /// GLib's digest of bytes of every length around a block's padding boundaries, given whole
    /// or in pieces that split blocks anywhere.
    @Test(.enabled(if: SHA256.accelerated, "the processor has no SHA extensions"))
    func theAcceleratedDigestIsGLibsSHA256() throws {
        let abc = try #require(SHA256(accelerated: true))
        Array("abc".utf8).withUnsafeBytes { abc.update($0) }
        #expect(abc.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // A fixed pseudo-random sequence (xorshift), so that a failure can be replayed.
        var state: UInt32 = 0x9E37_79B9
        let bytes = (0..<70_000).map { _ -> UInt8 in
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
        let lengths = Array(0...130) + [191, 192, 193, 1_000, 4_096, 65_536, 70_000]
        for length in lengths {
            let glib = try #require(SHA256(accelerated: false)), whole = try #require(SHA256(accelerated: true))
            let pieces = try #require(SHA256(accelerated: true))
            bytes[..<length].withUnsafeBytes { glib.update($0); whole.update($0) }
            var start = 0, step = 1
            while start < length {
                let end = min(length, start + step)
                bytes[start..<end].withUnsafeBytes { pieces.update($0) }
                start = end
                step = step * 3 % 97 + 1
            }
            let expected = glib.hex()
            #expect(whole.hex() == expected, "length \(length), whole")
            #expect(pieces.hex() == expected, "length \(length), in pieces")
        }
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
