import PageLayout

/// Tells a scanned or text-stripped document from one that simply has empty pages.
enum TextLayerCheck {
    /// Throws when none of `pages` has readable text: `.noTextLayer` when some hold images
    /// (scanned), `.textLost` otherwise. Single pages without text are diagnostics.
    /// Throws `.tooManyGlyphs` when every page with text was refused (over `glyphLimit`).
    static func validate(pages: [Page], path: String, glyphLimit: Int = PageLimits.maximumGlyphs,
                         diagnostics: inout [String]) throws(ExtractionError) {
        var tally = Tally()
        for page in pages { tally.add(page) }
        try tally.validate(path: path, glyphLimit: glyphLimit, diagnostics: &diagnostics)
    }

    /// The pages without readable text, counted as they are read (`forEachPage`): the
    /// verdict of `validate` without holding the pages.
    struct Tally {
        private(set) var pages = 0
        private(set) var unreadable: [Int] = []
        private(set) var imageOnly: [Int] = []
        /// Pages refused for too many glyphs: named where they are refused, not here.
        private var refused: [Int] = []
        private var garbled: [Int] = []
        private var drawnOnly: [Int] = []

        mutating func add(_ page: Page) {
            pages += 1
            if page.refusedGlyphs > 0 { refused.append(page.number); return }
            guard !hasReadableText(page) else { return }
            unreadable.append(page.number)
            if page.imageCount > 0 { imageOnly.append(page.number) }
            if !page.words.isEmpty { garbled.append(page.number) }
            if page.words.isEmpty && page.imageCount == 0 && !(page.rulings.isEmpty && page.shadedBoxes.isEmpty) {
                drawnOnly.append(page.number)
            }
        }

        /// No page so far has readable text, and some hold images: scanned, so far.
        var looksScanned: Bool { pages > 0 && unreadable.count == pages && !imageOnly.isEmpty }

        func validate(path: String, glyphLimit: Int, diagnostics: inout [String]) throws(ExtractionError) {
            guard pages > 0 else { return }
            if !refused.isEmpty, unreadable.count + refused.count == pages {
                throw .tooManyGlyphs(path: path, pages: refused, limit: glyphLimit)
            }
            if unreadable.count == pages {
                if !imageOnly.isEmpty { throw .noTextLayer(path: path, pages: imageOnly) }
                throw .textLost(path: path, pages: unreadable)
            }
            if !imageOnly.isEmpty {
                diagnostics.append("\(path): \(PageList.describe(imageOnly)): images but no text layer (scanned?)")
            }
            if !garbled.isEmpty {
                diagnostics.append("\(path): \(PageList.describe(garbled)): only unmapped glyphs, no readable text (fonts without a Unicode map?)")
            }
            if !drawnOnly.isEmpty {
                diagnostics.append("\(path): \(PageList.describe(drawnOnly)): drawn lines but no text (text lost?)")
            }
        }
    }

    /// Whether some word has a letter or digit that a font mapped to Unicode: glyphs without
    /// a map come out as U+FFFD, private-use code points or control characters.
    static func hasReadableText(_ page: Page) -> Bool {
        page.words.contains { word in word.text.unicodeScalars.contains(where: isReadable) }
    }

    /// A letter or digit that a font mapped to Unicode.
    static func isReadable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        let unmapped = scalar == "\u{FFFD}" || (0xE000...0xF8FF).contains(scalar.value)
        return !unmapped && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }
}
