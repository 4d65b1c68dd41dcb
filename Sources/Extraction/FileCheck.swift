import Foundation

/// Checks made on the file's bytes before poppler sees it, so that the common bad inputs
/// get a precise reason instead of poppler's generic one.
enum FileCheck {
    /// The PDF header may be preceded by junk; readers accept it within the first KiB.
    static let headerWindow = 1024
    /// The end-of-file marker must sit near the end; a file cut short loses it.
    static let trailerWindow = 2048

    static func validate(path: String) throws(ExtractionError) {
        let file = try InputFile(path: path)
        if file.size == 0 { throw .notPDF(path: path) }
        let head = file.read(at: 0, count: headerWindow)
        guard Data(head).range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF(path: path) }
        let tail = file.read(at: max(0, file.size - trailerWindow), count: trailerWindow)
        guard Data(tail).range(of: Data("%%EOF".utf8)) != nil else {
            throw .damaged(path: path, reason: "truncated (no %%EOF marker at the end of the file)")
        }
    }
}
