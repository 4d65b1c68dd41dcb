import Foundation

/// How a producer puts the same text and pages into a PDF, beyond how they look: the habits
/// of Word, Excel, LibreOffice and InDesign exports that real municipal programs carry.
/// The canvas applies them (`PDFCanvas`), so every block and table prints them alike.
enum ProducerQuirk: String, CaseIterable, Sendable {
    /// Text as cairo writes it: one positioned run per line.
    case none
    /// Each glyph placed on its own, at a position rounded to the producer's grid, and no
    /// glyph for a space (InDesign, some Word exports): words are parted by position only.
    case glyphs
    /// Letter-spaced text: titles and captions widely tracked ("P E R F O R M A N S  H E D E F İ"),
    /// other bold text (header cells, codes, totals) expanded a little, as Word's "expanded"
    /// spacing and InDesign's tracking set them: each glyph moved on by the tracking.
    case tracked
    /// Bold text drawn twice, the copy a hair to the right (fake bold of a face without a bold weight).
    case overprinted
    /// Every page stored turned a quarter and shown upright by /Rotate 90, as landscape
    /// sections of Word documents and rotated pages of merged PDFs are.
    case rotated

    /// Tracking of display faces (titles, captions, the cover), in em: wide enough that a
    /// viewer shows a gap between letters.
    static let displayTracking = 0.4
    /// Tracking of smaller bold text (header cells, codes, totals), in em: Word's "expanded by 1 pt" at 8 pt.
    static let boldTracking = 0.12
    /// The overprinted copy's shift to the right, in em (0.3 pt at 10 pt).
    static let overprintShift = 0.03
    /// Glyph-by-glyph producers round each glyph's position to this grid (points).
    static let glyphGrid = 0.1

    /// Extra advance after each glyph of `text` in this face, in points. Figures keep their
    /// width outside display faces: templates letter-space words, and a tracked figure would
    /// outgrow the column sized for it.
    func tracking(_ text: String, _ font: TypeFace) -> Double {
        guard self == .tracked, font.bold || font.display else { return 0 }
        if font.display { return font.size * Self.displayTracking }
        // A figure: digits with their marks, "₺" or "TL" ("₺3.546.500.000", "800.000 TL", "%95").
        let figure = text.contains(where: \.isNumber) && !text.contains { $0.isLetter && !"TL".contains($0) }
        return figure ? 0 : font.size * Self.boldTracking
    }

    /// Marks every page of a finished cairo PDF /Rotate 90 (`pages`: only those, by number): the
    /// page dictionary's transparency group, which text and rules do not need, gives its bytes to
    /// the key, padded with spaces, so that every offset of the cross-reference table stays right.
    static func markRotated(path: String, pages only: Set<Int>? = nil) throws(TypesetError) {
        guard var bytes = FileManager.default.contents(atPath: path) else {
            throw .cairo(path: path, status: "cannot read it back to turn its pages")
        }
        let group = Data("/Group <<\n      /Type /Group\n      /S /Transparency\n      /I true\n      /CS /DeviceRGB\n   >>".utf8)
        let rotate = Data("/Rotate 90".utf8)
        let replacement = rotate + Data(repeating: UInt8(ascii: " "), count: group.count - rotate.count)
        var pages = 0
        var from = bytes.startIndex
        while let range = bytes.range(of: Data("/Type /Page %".utf8), in: from..<bytes.endIndex) {
            pages += 1
            from = range.upperBound
        }
        var turned = 0, page = 0
        from = bytes.startIndex
        // Cairo writes the pages' dictionaries in page order, each with its group.
        while let start = bytes.range(of: Data("/Type /Page %".utf8), in: from..<bytes.endIndex) {
            page += 1
            from = start.upperBound
            guard only?.contains(page) ?? true else { continue }
            let next = bytes.range(of: Data("/Type /Page %".utf8), in: from..<bytes.endIndex)?.lowerBound ?? bytes.endIndex
            guard let range = bytes.range(of: group, in: from..<next) else { continue }
            bytes.replaceSubrange(range, with: replacement)
            turned += 1
        }
        let wanted = only.map { $0.filter { $0 <= pages }.count } ?? pages
        guard pages > 0, turned == wanted, wanted == (only?.count ?? pages) else {
            throw .cairo(path: path, status: "\(turned) of \(wanted) pages could be turned")
        }
        guard FileManager.default.createFile(atPath: path, contents: bytes) else {
            throw .cairo(path: path, status: "cannot write the turned pages")
        }
    }
}
