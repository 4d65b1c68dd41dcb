import Foundation

/// Checks made on the file's bytes before poppler sees it, so that the common bad inputs
/// get a precise reason instead of poppler's generic one.
enum FileCheck {
    /// The PDF header may be preceded by junk; readers accept it within the first KiB.
    static let headerWindow = 1024
    /// The end-of-file marker must sit near the end; a file cut short loses it.
    static let trailerWindow = 2048

    static func validate(path: String) throws(ExtractionError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        if size == 0 { throw .notPDF(path: path) }
        try? handle.seek(toOffset: 0)
        let head = (try? handle.read(upToCount: headerWindow)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF(path: path) }
        let tailStart = size > UInt64(trailerWindow) ? size - UInt64(trailerWindow) : 0
        try? handle.seek(toOffset: tailStart)
        let tail = (try? handle.readToEnd()) ?? Data()
        guard tail.range(of: Data("%%EOF".utf8)) != nil else {
            throw .damaged(path: path, reason: "truncated (no %%EOF marker at the end of the file)")
        }
    }
}
