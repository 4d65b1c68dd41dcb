import CPoppler
import Foundation

/// SHA-256 of a file's bytes, through GLib's GChecksum (no extra dependency).
public enum FileDigest {
    public static func sha256(path: String) throws(ExtractionError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .fileNotFound(path: path) }
        defer { try? handle.close() }
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else {
            throw .unreadable(path: path, reason: "no SHA-256 available")
        }
        defer { g_checksum_free(checksum) }
        while true {
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? Data()
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { raw in
                g_checksum_update(checksum, raw.bindMemory(to: guchar.self).baseAddress, gssize(raw.count))
            }
        }
        return String(cString: g_checksum_get_string(checksum))
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
