import CGLib
import Foundation
import PageLayout

/// Reads a PDF page by page into `Page` values. Used by one thread at a time: the streaming
/// read lends this reader's document to its first reading thread while the caller waits.
public final class DocumentReader {
    private let document: PopplerPass
    public let info: DocumentInfo
    /// Messages poppler produced while opening and reading, with the file named.
    public internal(set) var diagnostics: [String] = []
    /// Whether drawn lines and shaded boxes are recovered (the page's strokes and fills,
    /// recorded during the same pass).
    public var readsRulings: Bool
    /// Whether each word's font size and weight are read (one more pass over poppler's
    /// text); without them `Word.fontSize` is 0 and `isBold` false. Plain text needs neither.
    /// A page showing legacy Turkish letters (`LegacyTurkishText`, decided font by font) is
    /// read with its fonts all the same, so its words are those any other reader gets.
    public var readsFonts = true
    /// A page with more glyphs is refused (`PageLimits.maximumGlyphs`): read as a
    /// page without words, named in the diagnostics.
    public var glyphLimit = PageLimits.maximumGlyphs
    /// Kept to open the same document again on other threads (`forEachPage(workers:)`).
    let password: String?
    /// The characters of the page last read, their storage kept for the next page's
    /// (`PageText.characters(of:readsFonts:into:)`), up to `keptCharacters`.
    private var characterBuffer: [PlacedCharacter] = []
    /// A page of dense tables holds a few thousand characters; a larger array (a page of tens of
    /// thousands of glyphs) is let go rather than held for the rest of the document.
    static let keptCharacters = 16_384

    public convenience init(path: String, password: String? = nil, readsRulings: Bool = true) throws(ExtractionError) {
        try self.init(path: path, password: password, readsRulings: readsRulings, clearsLog: true)
    }

    /// `clearsLog` false for a second reader of a document already open on another thread,
    /// whose messages are not to be dropped.
    init(path: String, password: String?, readsRulings: Bool, clearsLog: Bool) throws(ExtractionError) {
        try FileCheck.validate(path: path)
        if clearsLog { _ = PopplerLog.shared.drain() }
        document = try PopplerPass(path: path, password: password)
        info = document.info
        // A page tree poppler finds empty (broken, or claiming more pages than the file has
        // objects) would read as a document with nothing in it and `text` succeed silently.
        guard info.pageCount > 0 else { throw .damaged(path: path, reason: "no pages (the page tree is empty or broken)") }
        self.readsRulings = readsRulings
        self.password = password
        collectLog()
    }

    /// A reader of `other`'s open document, with its settings and its own diagnostics, for
    /// one thread while `other` is not used: poppler's objects are never used by two threads
    /// at once, and the document is not opened (its cross-reference table parsed) again.
    init(sharing other: DocumentReader) {
        document = other.document
        info = other.info
        readsRulings = other.readsRulings
        readsFonts = other.readsFonts
        glyphLimit = other.glyphLimit
        password = other.password
    }

    public var pageCount: Int { info.pageCount }

    /// poppler's page objects this reader holds (for tests: memory stays flat in the page count).
    var heldPages: Int { document.heldPages }

    /// Page `number` (1-based).
    public func page(_ number: Int) throws(ExtractionError) -> Page {
        guard number >= 1 && number <= pageCount else {
            throw .pageOutOfRange(path: info.path, page: number, pageCount: pageCount)
        }
        let rulingsWanted = readsRulings, fontsWanted = readsFonts, limit = glyphLimit
        // Taken out while the page is read, so that the array is not shared when it is written.
        var characters = characterBuffer
        characterBuffer = []
        defer { if characters.capacity <= Self.keptCharacters { characterBuffer = characters } }
        var repaired = 0
        var read = document.withPage(number - 1, fonts: fontsWanted, rulings: rulingsWanted, glyphLimit: limit) { pass in
            Self.page(number, from: pass, rulings: rulingsWanted, fonts: fontsWanted, characters: &characters, repaired: &repaired)
        }
        if case .some(.none) = read {
            // Legacy letters without fonts: read again with them (clean pages, nearly all, once).
            read = document.withPage(number - 1, fonts: true, rulings: rulingsWanted, glyphLimit: limit) { pass in
                Self.page(number, from: pass, rulings: rulingsWanted, fonts: true, characters: &characters, repaired: &repaired)
            }
        }
        collectLog()
        guard let page = read ?? nil else {
            throw .damaged(path: info.path, reason: "page \(number) cannot be read")
        }
        // Words read with other letters than the PDF's text layer holds: an analyst checks them against the page.
        if repaired > 0 { diagnostics.append("\(info.path): " + LegacyTurkishText.note(page: number, words: repaired)) }
        if page.refusedGlyphs > 0 {
            diagnostics.append("\(info.path): page \(number) refused: \(page.refusedGlyphs) glyphs, more than the \(limit) a page may hold; its text is not read")
        }
        return page
    }

    /// The page read from one pass: words along the text's orientation, rulings from the
    /// drawing (none on a scanned page: images without words).
    /// Nil where the page was read without `fonts` and shows a legacy Turkish letter: its words
    /// depend on which font drew each letter.
    /// `characters` is the reader's array for the page's characters (`characterBuffer`); `repaired`
    /// counts the words read with Turkish letters from a legacy font's (`LegacyTurkishText`).
    private static func page(_ number: Int, from pass: PassPage, rulings rulingsWanted: Bool, fonts: Bool,
                             characters: inout [PlacedCharacter], repaired: inout Int) -> Page? {
        let (displayWidth, displayHeight) = (pass.width, pass.height)
        do throws(TooManyGlyphs) {
            try PageText.characters(of: pass, readsFonts: fonts, into: &characters)
        } catch {
            return Page(number: number, width: displayWidth, height: displayHeight, words: [], lines: [],
                        refusedGlyphs: error.count)
        }
        if !fonts, characters.contains(where: {
            LegacyTurkishText.mayBeLegacy($0.scalar.value) && LegacyTurkishText.isLegacy($0.scalar.value)
        }) { return nil }
        let orientation = TextOrientation.detect(characters)
        let (w, h) = orientation.size(width: displayWidth, height: displayHeight)
        var words = WordBuilder.words(from: orientation.turn(characters, width: displayWidth, height: displayHeight), repaired: &repaired)
        var lines = LineGrouping.lines(from: words)
        if let joined = LetterSpacedRuns.rejoined(words, lines: lines) {
            words = joined
            lines = LineGrouping.lines(from: words)
        }
        // A scanned page (images, no words) has no table to rule.
        let images = words.isEmpty ? pass.imageCount : 0
        var rulings: [Ruling] = []
        var shaded: [ShadedBox] = []
        if rulingsWanted, !(words.isEmpty && images > 0) {
            (rulings, shaded) = DrawnRulings.read(paints: pass.paints, pieces: pass.pieces)
            if orientation != .upright {
                rulings = rulings.map { orientation.turn($0, width: displayWidth, height: displayHeight) }
                shaded = shaded.map { ShadedBox(box: orientation.turn($0.box, width: displayWidth, height: displayHeight), grey: $0.grey) }
            }
        }
        return Page(number: number, width: w, height: h, rotation: orientation.degrees, words: words,
                    lines: lines, rulings: rulings,
                    shadedBoxes: shaded, imageCount: images)
    }

    /// Every page, checked for a text layer: a document in which no page has text is an
    /// error (scanned, or text lost); single image-only pages are reported in diagnostics.
    public func allPages(progress: ((Int, Int) -> Void)? = nil) throws(ExtractionError) -> [Page] {
        try pages(Array(stride(from: 1, through: pageCount, by: 1)), progress: progress)
    }

    /// The pages numbered `numbers` (1-based), checked for a text layer like `allPages`:
    /// when none of them has text, the error says whether they are scanned or lost their text.
    public func pages(_ numbers: [Int], progress: ((Int, Int) -> Void)? = nil) throws(ExtractionError) -> [Page] {
        let pages = try pagesUnchecked(numbers, progress: progress)
        try TextLayerCheck.validate(pages: pages, path: info.path, glyphLimit: glyphLimit, diagnostics: &diagnostics)
        return pages
    }

    func pagesUnchecked(_ numbers: [Int], progress: ((Int, Int) -> Void)? = nil) throws(ExtractionError) -> [Page] {
        var pages: [Page] = []
        pages.reserveCapacity(numbers.count)
        for (done, n) in numbers.enumerated() {
            pages.append(try page(n))
            progress?(done + 1, numbers.count)
        }
        return pages
    }

    /// Whether page `number` has a readable character, from poppler's text alone (no words,
    /// fonts or rulings): the quick look at a document that seems scanned.
    func hasReadableText(page number: Int) -> Bool {
        let limit = glyphLimit
        let found = document.withPage(number - 1, fonts: false, rulings: false, glyphLimit: limit) { pass -> Bool in
            do throws(TooManyGlyphs) {
                return try PageText.characters(of: pass, readsFonts: false).contains { TextLayerCheck.isReadable($0.scalar) }
            } catch {
                return true  // more text than a page may hold is text all the same
            }
        }
        collectLog()
        return found ?? false
    }

    func collectLog() {
        diagnostics += PopplerLog.shared.drain().map { "\(info.path): poppler: \($0)" }
    }
}
