/// A word a narrow cell broke at a line's end, read whole: the last word of one line and the
/// first of the next are one figure (`FigureBreak`) or one code (`CodeBreak`), joined without
/// the space a line break otherwise stands for.
enum BrokenToken {
    /// Whether the line starting at `next` continues the word that ends `bytes[..<end]`.
    static func joins<Next: Collection>(_ bytes: [UInt8], at end: Int, next: Next) -> Bool where Next.Element == UInt8 {
        guard end > 0, let first = next.first, first != space, bytes[end - 1] != space else { return false }
        var start = end
        while start > 0, bytes[start - 1] != space { start -= 1 }
        let before = bytes[start..<end]
        let after = Array(next.prefix { $0 != space })
        return FigureBreak.continues(before, after) || CodeBreak.continues(before, after)
    }

    private static let space = UInt8(ascii: " ")
}
