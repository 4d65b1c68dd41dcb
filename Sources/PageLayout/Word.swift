/// A word: a run of characters on one baseline with no geometric gap inside it.
public struct Word: Hashable, Sendable, Codable {
    public var text: String
    public var box: Rect
    /// Font size in points, where poppler reports it (0 when unknown).
    public var fontSize: Double
    public var isBold: Bool
    /// Clockwise angle (0, 90, 180, 270) by which the word runs turned against the page's
    /// reading orientation: 90 runs down, 270 up (a vertical header cell), 180 upside down.
    /// `box` is in page coordinates (tall and narrow for 90 and 270), `text` in reading order.
    public var rotation: Int

    public init(text: String, box: Rect, fontSize: Double, isBold: Bool = false, rotation: Int = 0) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
        self.rotation = rotation
    }

    /// Whether the word runs up or down the page.
    public var isVertical: Bool { rotation == 90 || rotation == 270 }

    /// The size that thresholds scale with: the font size, or the box height when unknown.
    public var scale: Double { fontSize > 0 ? fontSize : max(box.height, 1) }
}

extension Word {
    /// The words' texts joined with a space, written byte by byte into one string: lines and
    /// rows are read for their text all the time, and joining small strings cost several
    /// times more.
    public static func spaced(_ words: [Word]) -> String {
        switch words.count {
        case 0: return ""
        case 1: return words[0].text
        default:
            let count = words.reduce(words.count - 1) { $0 + $1.text.utf8.count }
            return String(unsafeUninitializedCapacity: count) { out in
                guard let base = out.baseAddress else { return 0 }
                var n = 0
                for (k, word) in words.enumerated() {
                    if k > 0 { base[n] = UInt8(ascii: " "); n += 1 }
                    // The text's bytes copied as stored (no mutable copy of the text to reach them).
                    n += UnsafeMutableBufferPointer(rebasing: out[n...]).initialize(fromContentsOf: word.text.utf8)
                }
                return n
            }
        }
    }
}
