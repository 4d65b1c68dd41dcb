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

    static func words(from characters: [PlacedCharacter]) -> [Word] {
        var words: [Word] = []
        var current: [PlacedCharacter] = []

        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty else { return }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: current.map(\.scalar))
            let box = Rect.enclosing(current.map(\.box))!
            let sizes = current.map(\.fontSize).filter { $0 > 0 }
            let size = sizes.isEmpty ? 0 : sizes.sorted()[sizes.count / 2]
            let bold = current.filter(\.isBold).count * 2 > current.count
            words.append(Word(text: String(text), box: box, fontSize: size, isBold: bold))
        }

        for ch in characters {
            if ch.scalar.properties.isWhitespace || ch.scalar.value < 0x20 {
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
