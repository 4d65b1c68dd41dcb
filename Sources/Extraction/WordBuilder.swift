import PageLayout

/// Forms words from placed characters.
enum WordBuilder {
    /// A horizontal gap wider than this fraction of the character height ends a word:
    /// letters inside a word touch (kerning keeps gaps near 0), while an inter-word space is
    /// about 0.25 em, so 0.15 em separates them even where poppler inserted no space.
    static let wordGapFraction = 0.15
    /// A glyph drawn again at (nearly) the same place is bold overprinting, not a second
    /// letter: the copies sit within this fraction of the glyph width of each other.
    static let overprintOffsetFraction = 0.3
    /// Characters whose vertical centres differ by more than this fraction of their height
    /// are on different lines even when poppler's order puts them together.
    static let baselineShiftFraction = 0.5

    /// The word being formed: its characters are accumulated in place (no per-word arrays:
    /// this loop runs once per glyph of the document).
    private struct WordInProgress {
        var utf8: [UInt8] = []
        var box = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        var count = 0
        var boldCount = 0
        var sizes: [Double] = []
        var last: PlacedCharacter? = nil

        mutating func append(_ ch: PlacedCharacter) {
            UTF8.encode(ch.scalar) { utf8.append($0) }
            box = count == 0 ? ch.box : box.union(ch.box)
            count += 1
            if ch.isBold { boldCount += 1 }
            if ch.fontSize > 0 { sizes.append(ch.fontSize) }
            last = ch
        }

        /// The word, and the builder emptied for the next one.
        mutating func take() -> Word? {
            defer {
                utf8.removeAll(keepingCapacity: true); count = 0; boldCount = 0
                sizes.removeAll(keepingCapacity: true); last = nil
            }
            guard count > 0 else { return nil }
            // The median size: one odd glyph (a superscript ²) does not set the word's size.
            let size: Double
            if sizes.isEmpty { size = 0 } else if sizes.allSatisfy({ $0 == sizes[0] }) { size = sizes[0] } else { size = sizes.sorted()[sizes.count / 2] }
            return Word(text: String(decoding: utf8, as: UTF8.self), box: box, fontSize: size, isBold: boldCount * 2 > count)
        }
    }

    static func words(from characters: [PlacedCharacter]) -> [Word] {
        var words: [Word] = []
        var current = WordInProgress()

        func flush() {
            if let word = current.take() { words.append(word) }
        }

        for ch in characters {
            if ch.scalar.isBlank || ch.scalar.value < 0x20 {
                flush()
                continue
            }
            if let last = current.last {
                let height = max(min(last.box.height, ch.box.height), 0.5)
                if ch.scalar == last.scalar,
                   abs(ch.box.x0 - last.box.x0) < overprintOffsetFraction * max(last.box.width, 0.5),
                   abs(ch.box.midY - last.box.midY) < overprintOffsetFraction * height {
                    continue  // bold overprint
                }
                let gap = ch.box.x0 - last.box.x1
                let shifted = abs(ch.box.midY - last.box.midY) > baselineShiftFraction * height
                if gap > wordGapFraction * height || gap < -height || shifted {
                    flush()
                }
            }
            current.append(ch)
        }
        flush()
        return words
    }
}
