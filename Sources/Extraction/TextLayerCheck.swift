import PageLayout

/// Tells a scanned or text-stripped document from one that simply has empty pages.
enum TextLayerCheck {
    /// Throws when none of `pages` has readable text: `.noTextLayer` when some hold images
    /// (scanned), `.textLost` otherwise. Single pages without text are diagnostics.
    /// Throws `.tooManyCharacters` when every page with text was refused (over `characterLimit`).
    static func validate(pages: [Page], path: String, characterLimit: Int = PageLimits.maximumCharacters,
                         diagnostics: inout [String]) throws(ExtractionError) {
        guard !pages.isEmpty else { return }
        // A refused page (too many characters) is named where it is refused, not here.
        let refused = pages.filter { $0.refusedCharacters > 0 }.map(\.number)
        let unreadable = pages.filter { !hasReadableText($0) && $0.refusedCharacters == 0 }
        let imageOnly = unreadable.filter { $0.imageCount > 0 }.map(\.number)
        if !refused.isEmpty, unreadable.count + refused.count == pages.count {
            throw .tooManyCharacters(path: path, pages: refused, limit: characterLimit)
        }
        if unreadable.count == pages.count {
            if !imageOnly.isEmpty { throw .noTextLayer(path: path, pages: imageOnly) }
            throw .textLost(path: path, pages: unreadable.map(\.number))
        }
        if !imageOnly.isEmpty {
            diagnostics.append("\(path): \(PageList.describe(imageOnly)): images but no text layer (scanned?)")
        }
        let garbled = unreadable.filter { !$0.words.isEmpty }.map(\.number)
        if !garbled.isEmpty {
            diagnostics.append("\(path): \(PageList.describe(garbled)): only unmapped glyphs, no readable text (fonts without a Unicode map?)")
        }
        let drawnOnly = unreadable.filter { $0.words.isEmpty && $0.imageCount == 0 && !($0.rulings.isEmpty && $0.shadedBoxes.isEmpty) }.map(\.number)
        if !drawnOnly.isEmpty {
            diagnostics.append("\(path): \(PageList.describe(drawnOnly)): drawn lines but no text (text lost?)")
        }
    }

    /// Whether some word has a letter or digit that a font mapped to Unicode: glyphs without
    /// a map come out as U+FFFD, private-use code points or control characters.
    static func hasReadableText(_ page: Page) -> Bool {
        page.words.contains { word in
            word.text.unicodeScalars.contains { scalar in
                if scalar.value < 0x80 { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
                let unmapped = scalar == "\u{FFFD}" || (0xE000...0xF8FF).contains(scalar.value)
                return !unmapped && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            }
        }
    }
}
