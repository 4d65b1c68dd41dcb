import PageLayout

/// A figure grouped with spaces ("18 900 000,00": a Number format with a space, a no-break or
/// a narrow no-break space between thousands), which poppler hands over as one word per group,
/// and a producer drawing glyph by glyph leaves as groups parted by position alone. Its words
/// are one figure: a cell boundary never parts them, and a row holding one holds an amount.
public enum SpacedFigure {
    /// The widest space inside a figure grouped with spaces, as a fraction of the type size: a
    /// space is 0.2 em (narrow) to 0.35 em; columns stand farther apart (a river is
    /// `ColumnBoundaries.minimumRiverFraction`, the same half em).
    public static let spaceFraction = 0.5

    /// The runs of `words` (left to right, as a line or a cell holds them) that make one figure
    /// grouped with spaces, two words or more each: a word of one to three digits followed, on
    /// its line and within `spaceFraction` of the size, by words opening with three digits.
    public static func runs(_ words: [Word]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for k in words.indices.dropFirst() where !joins(words[k - 1], words[k]) {
            if k - start > 1 { out.append(start..<k) }
            start = k
        }
        if words.count - start > 1 { out.append(start..<words.count) }
        return out
    }

    /// Whether `words` (left to right) hold a figure grouped with spaces.
    public static func occurs(in words: [Word]) -> Bool {
        words.indices.dropFirst().contains { joins(words[$0 - 1], words[$0]) }
    }

    /// Whether `next` goes on the figure `previous` ends: a group of one to three digits (a word
    /// joined already opens with three: it goes on only as three digits alone), then three
    /// digits close beside it on its line.
    private static func joins(_ previous: Word, _ next: Word) -> Bool {
        isLeadingGroup(previous.text) && opensWithThreeDigits(next.text)
            && next.box.x0 - previous.box.x1 <= spaceFraction * max(previous.scale, next.scale)
            && abs(next.box.midY - previous.box.midY) < previous.box.height / 2
    }

    /// A group a figure may go on after: one to three digits.
    private static func isLeadingGroup(_ text: String) -> Bool {
        let b = text.utf8
        return (1...3).contains(b.count) && b.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// Three digits, then the end, a decimal comma or nothing but figure marks ("000", "000,00").
    public static func opensWithThreeDigits(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(4))
        return b.count >= 3 && b[..<3].allSatisfy { $0 &- 0x30 < 10 } && (b.count == 3 || b[3] == UInt8(ascii: ","))
    }
}
