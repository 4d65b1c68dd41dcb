import CGLib
import Foundation
import Threads

/// SHA-256 of a file's bytes, through GLib's GChecksum (no extra dependency).
public enum FileDigest {
    /// Reads the file in bounded chunks, never more than its size when opened (a file that
    /// grows while it is read is hashed as it was), and only a regular file (`InputFile`).
    public static func sha256(path: String) throws(ExtractionError) -> String {
        let file = try InputFile(path: path)
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else {
            throw .unreadable(path: path, reason: "no SHA-256 available")
        }
        defer { g_checksum_free(checksum) }
        var offset = 0
        while offset < file.size {
            let chunk = file.read(at: offset, count: chunkBytes)
            if chunk.isEmpty { throw .unreadable(path: path, reason: "it shrank while it was read") }
            chunk.withUnsafeBufferPointer { g_checksum_update(checksum, $0.baseAddress, gssize($0.count)) }
            offset += chunk.count
        }
        return String(cString: g_checksum_get_string(checksum))
    }

    static let chunkBytes = 1 << 20

    /// `sha256(path:)` taken on another thread, from when it is made to when `value()` is asked;
    /// on the asking thread when the system refuses one (a memory ceiling: libdispatch would
    /// retry for ever while `value()` waited).
    public final class Pending: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<String, ExtractionError>?

        public init(path: String) {
            let take: @Sendable () -> Void = {
                self.result = Result { () throws(ExtractionError) -> String in try FileDigest.sha256(path: path) }
                self.done.signal()
            }
            if SpawnedThread.start(take) == nil { take() }
        }

        /// Waits for the digest; asked again, gives the same at once.
        public func value() throws(ExtractionError) -> String {
            done.wait()
            // Signalled again, so that a later call does not wait for ever.
            done.signal()
            return try result!.get()
        }
    }

    public static func sha256(data: Data) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return "" }
        defer { g_checksum_free(checksum) }
        data.withUnsafeBytes { raw in
            g_checksum_update(checksum, raw.bindMemory(to: guchar.self).baseAddress, gssize(raw.count))
        }
        return String(cString: g_checksum_get_string(checksum))
    }
}
