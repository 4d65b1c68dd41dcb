import PageLayout

/// Forms words from placed characters, each word along its own direction of writing:
/// poppler hands the characters of a word turned by 90°, 180° or 270° (a vertical header
/// cell, a label printed sideways) in reading order, each box the next one along that
/// direction, as `pdftotext` reads them. One pass over the characters.
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
    /// The widest gap, as a fraction of the character height, at which two subsets of one font
    /// meet inside a word. Producers put letters beyond a font's first encoding (ı, ş, ğ, İ) in a
    /// second font object; poppler writes no space between the two, but in tracked text the first
    /// subset's last box lacks the tracking, so a gap of the tracking (titles 0.2–0.4 em, about a
    /// third of the height) stands at the seam ("HEDEF" | "İ"). Half the height takes them.
    static let subsetSeamGapFraction = 0.5
    /// Characters a page holds per word, blanks included (balikesir-2024: 8.6): the words'
    /// array is sized for that many at first.
    static let charactersPerWord = 8

    /// The word being formed: its characters are accumulated in place (no per-word arrays:
    /// this loop runs once per glyph of the document).
    private struct WordInProgress {
        /// The word's UTF-8 bytes, in a buffer `words(from:)` owns and sizes for any word of
        /// its page (`byteCapacity`): written with a store per byte, where appending to an
        /// array checked its uniqueness and capacity for every byte.
        let utf8: UnsafeMutablePointer<UInt8>
        var byteCount = 0
        var box = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        var count = 0
        var boldCount = 0
        /// The characters' sizes (those given), kept one by one only once they differ: most
        /// words are set in one size, told by the first one and how many share it.
        var firstSize = 0.0
        var sizeCount = 0
        var sizes: [Double] = []
        /// The last character appended; read only while `count` > 0 (not an optional: it is
        /// read for every character).
        var last: PlacedCharacter
        /// The direction the word runs in, known from its second character on.
        var advance: Advance? = nil
        /// A soft hyphen was the last character: a hyphen if the word ends there (`PrintedCharacters`).
        var endsInSoftHyphen = false
        /// A combining mark was appended: the word's letters are composed when it is taken.
        var needsComposition = false

        init(utf8: UnsafeMutablePointer<UInt8>) {
            self.utf8 = utf8
            last = PlacedCharacter(scalar: " ", box: box, fontSize: 0, isBold: false)
        }

        /// Bytes a word of `characters` may need at most: four per scalar (a ligature's letters
        /// are at most three, a soft hyphen's one), and the hyphen a soft hyphen may leave.
        static func byteCapacity(_ characters: Int) -> Int { 4 * characters + 1 }

        @inline(__always)
        mutating func write(_ byte: UInt8) {
            utf8[byteCount] = byte
            byteCount += 1
        }

        @inline(__always)
        mutating func write(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { utf8[byteCount] = $0; byteCount += 1 }
        }

        /// Inlined into the loop over the page's characters: what most characters need (an
        /// ASCII byte, a size like the word's first) here, the rest in functions of their own.
        @inline(__always)
        mutating func append(_ ch: PlacedCharacter) {
            endsInSoftHyphen = false
            if ch.scalar.isASCII {
                write(UInt8(truncatingIfNeeded: ch.scalar.value))
            } else {
                writeLetters(ch.scalar)
            }
            box = count == 0 ? ch.box : box.union(ch.box)
            count += 1
            if ch.isBold { boldCount += 1 }
            if ch.fontSize > 0 {
                if sizeCount == 0 {
                    firstSize = ch.fontSize
                } else if !sizes.isEmpty || ch.fontSize != firstSize {
                    noteSize(ch.fontSize)
                }
                sizeCount += 1
            }
            last = ch
        }

        /// A scalar beyond ASCII: a ligature's letters, a soft hyphen (nothing unless the word
        /// ends there), a letter or a combining mark (`PrintedCharacters`).
        @inline(never)
        mutating func writeLetters(_ scalar: Unicode.Scalar) {
            if let letters = PrintedCharacters.ligatureLetters(scalar.value) {
                for byte in letters.utf8 { write(byte) }
            } else if scalar.value == PrintedCharacters.softHyphen {
                endsInSoftHyphen = true
            } else {
                if PrintedCharacters.isCombiningMark(scalar.value) { needsComposition = true }
                write(scalar)
            }
        }

        /// A size other than the word's first, or one after it: the sizes are kept one by one.
        @inline(never)
        mutating func noteSize(_ size: Double) {
            if sizes.isEmpty { sizes = Array(repeating: firstSize, count: sizeCount) }
            sizes.append(size)
        }

        /// A combining mark after the word's last letter: its text only (`PrintedCharacters.isCombiningMark`).
        mutating func appendMark(_ scalar: Unicode.Scalar) {
            needsComposition = true
            write(scalar)
        }

        /// The word, and the builder emptied for the next one.
        mutating func take() -> Word? {
            defer {
                byteCount = 0; count = 0; boldCount = 0
                sizeCount = 0; sizes.removeAll(keepingCapacity: true); advance = nil
                endsInSoftHyphen = false; needsComposition = false
            }
            guard count > 0 else { return nil }
            if endsInSoftHyphen { write(UInt8(ascii: "-")) }
            var text = String(decoding: UnsafeBufferPointer(start: utf8, count: byteCount), as: UTF8.self)
            if needsComposition { text = PrintedCharacters.composed(text) }
            // The median size: one odd glyph (a superscript ²) does not set the word's size.
            let size: Double
            if sizeCount == 0 { size = 0 } else if sizes.isEmpty { size = firstSize } else { size = sizes.sorted()[sizes.count / 2] }
            return Word(text: text, box: box, fontSize: size, isBold: boldCount * 2 > count,
                        rotation: advance?.rotation ?? 0)
        }
    }

    static func words(from characters: [PlacedCharacter]) -> [Word] {
        var repaired = 0
        return words(from: characters, repaired: &repaired)
    }

    /// `words(from:)`, and how many words were read with Turkish letters from a legacy font's (`LegacyTurkishText`).
    static func words(from characters: [PlacedCharacter], repaired: inout Int) -> [Word] {
        let utf8 = UnsafeMutablePointer<UInt8>.allocate(capacity: WordInProgress.byteCapacity(characters.count))
        defer { utf8.deallocate() }
        var words: [Word] = []
        // About one word in every `charactersPerWord` characters: grown from empty, the array
        // was copied ten times on a page of tables.
        words.reserveCapacity(characters.count / charactersPerWord)
        var current = WordInProgress(utf8: utf8)
        // The legacy letters (`LegacyTurkishText`): the index their word will have and their font,
        // kept beside the words, so that the words without any (nearly all) pay nothing.
        var legacy: [LegacyTurkishText.Letter] = []

        func flush() {
            if let word = current.take() { words.append(word) }
        }

        for ch in characters {
            if ch.scalar.isBlank || ch.scalar.value < 0x20 {
                flush()
                continue
            }
            if PrintedCharacters.isCombiningMark(ch.scalar.value), current.count > 0 {
                // A mark has no advance of its own (its box is the base letter's end, or none):
                // it belongs to the letter before it, and the next letter follows that letter.
                current.appendMark(ch.scalar)
                continue
            }
            if current.count > 0 {
                let last = current.last
                if ch.scalar == last.scalar,
                   abs(ch.box.x0 - last.box.x0) < overprintOffsetFraction * max(last.box.width, 0.5),
                   abs(ch.box.midY - last.box.midY) < overprintOffsetFraction * max(min(last.box.height, ch.box.height), 0.5) {
                    continue  // bold overprint
                }
                if let advance = current.advance {
                    if !advance.continues(from: last.box, to: ch.box) && !joinsAtSubsetSeam(last, ch, advance) { flush() }
                } else if let advance = Advance.between(last.box, ch.box) {
                    current.advance = advance
                } else if joinsAtSubsetSeam(last, ch, .right) {
                    current.advance = .right
                } else {
                    flush()
                }
            }
            if LegacyTurkishText.mayBeLegacy(ch.scalar.value) { LegacyTurkishText.note(ch, word: words.count, in: &legacy) }
            current.append(ch)
        }
        flush()
        if !legacy.isEmpty { repaired = LegacyTurkishText.repair(&words, letters: legacy, characters: characters) }
        return words
    }

    /// Whether `next` continues the word after `previous` across a seam of two subsets of one
    /// font: a new font run of the same font name, no space between them in poppler's text (a
    /// blank would have ended the word), the gap at most `subsetSeamGapFraction` of the height.
    static func joinsAtSubsetSeam(_ previous: PlacedCharacter, _ next: PlacedCharacter, _ advance: Advance) -> Bool {
        next.startsRun && previous.font >= 0 && previous.font == next.font
            && advance.continues(from: previous.box, to: next.box, gapFraction: subsetSeamGapFraction)
    }

    /// The way one character follows another inside a word. `right` is upright text; the
    /// other three are the same tests turned: along the advance the next box starts where the
    /// previous one ends, across it the two stay on one baseline.
    enum Advance: CaseIterable {
        case right, down, left, up

        /// Clockwise turn of text running this way (`Word.rotation`).
        var rotation: Int {
            switch self {
            case .right: return 0
            case .down: return 90
            case .left: return 180
            case .up: return 270
            }
        }

        /// Whether `next` continues a word after `previous` in this direction: a gap along the
        /// advance of at most `wordGapFraction` of the line's height (the box across the
        /// advance), a baseline shift across the advance of at most `baselineShiftFraction`
        /// of it, and an overlap along the advance of at most that height (kerning, accents)
        /// or, `touching`, of at most `wordGapFraction` of it.
        func continues(from previous: Rect, to next: Rect, touching: Bool = false, gapFraction: Double = wordGapFraction) -> Bool {
            let gap: Double, shift: Double, across: Double
            switch self {
            case .right:
                gap = next.x0 - previous.x1; shift = abs(next.midY - previous.midY)
                across = min(previous.height, next.height)
            case .left:
                gap = previous.x0 - next.x1; shift = abs(next.midY - previous.midY)
                across = min(previous.height, next.height)
            case .down:
                gap = next.y0 - previous.y1; shift = abs(next.midX - previous.midX)
                across = min(previous.width, next.width)
            case .up:
                gap = previous.y0 - next.y1; shift = abs(next.midX - previous.midX)
                across = min(previous.width, next.width)
            }
            let height = max(across, 0.5)
            let overlap = touching ? wordGapFraction * height : height
            return gap <= gapFraction * height && gap >= -overlap && shift <= baselineShiftFraction * height
        }

        /// The direction in which `next` continues a word after `previous`. Boxes that touch
        /// decide first (upright first, so upright text reads as it always did; the letter
        /// before, sitting just left, makes upside-down text), then overlapping ones.
        static func between(_ previous: Rect, _ next: Rect) -> Advance? {
            allCases.first { $0.continues(from: previous, to: next, touching: true) }
                ?? allCases.first { $0.continues(from: previous, to: next) }
        }
    }
}
