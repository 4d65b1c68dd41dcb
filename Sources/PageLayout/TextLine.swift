/// Words that share a baseline, in reading order: left to right, or along the words' own
/// direction when they run turned (top to bottom for 90, bottom to top for 270).
public struct TextLine: Hashable, Sendable, Codable {
    public var words: [Word]
    public var box: Rect

    public init(words: [Word]) {
        switch words.first?.rotation ?? 0 {
        case 90: self.words = words.sorted { $0.box.y0 < $1.box.y0 }
        case 180: self.words = words.sorted { $0.box.x1 > $1.box.x1 }
        case 270: self.words = words.sorted { $0.box.y1 > $1.box.y1 }
        default: self.words = words.sorted { $0.box.x0 < $1.box.x0 }
        }
        self.box = Rect.enclosing(words.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
    }

    /// The words joined with a space, written byte by byte into one string: every reader asks
    /// lines for their text, and joining small strings cost several times more.
    public var text: String {
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
                    var text = word.text
                    n += text.withUTF8 { bytes in
                        if let from = bytes.baseAddress { (base + n).initialize(from: from, count: bytes.count) }
                        return bytes.count
                    }
                }
                return n
            }
        }
    }
}
