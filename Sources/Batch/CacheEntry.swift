import Extraction
import Foundation

/// A cache file: one line naming the format, the content's length and its SHA-256, then the
/// content (JSON). A file that does not match its line — cut short by a full disk or a crash,
/// damaged on disk, edited, or written by an earlier perfprog without the line — is no entry,
/// so the PDF it stood for is parsed again instead of its damaged parse being published.
enum CacheEntry {
    static let format = "perfprog-cache-1"
    /// Bytes searched for the line's end: the line is the format (16 bytes), a length (at most
    /// 20 digits) and a SHA-256 in hex (64), with two spaces, about 100 bytes; a file without a
    /// line break that early is no entry (not searched to its end, which may be megabytes).
    static let longestLine = 200

    static func framing(_ content: Data) -> Data {
        Data("\(format) \(content.count) \(FileDigest.sha256(data: content))\n".utf8) + content
    }

    /// The content of a whole, undamaged entry; nil for anything else.
    static func content(of data: Data) -> Data? {
        guard let newline = data.prefix(longestLine).firstIndex(of: 0x0A) else { return nil }
        let fields = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ")
        let content = data[(newline + 1)...]
        guard fields.count == 3, fields[0] == format, Int(fields[1]) == content.count,
              FileDigest.sha256(data: content) == fields[2] else { return nil }
        return Data(content)
    }
}
