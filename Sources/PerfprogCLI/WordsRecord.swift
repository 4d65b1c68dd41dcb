import PageLayout

/// One JSON line of `perfprog words`: the page, a word or a line.
struct WordsRecord: Encodable {
    /// Boxes are printed in hundredths of a point: below any threshold the parser uses,
    /// and fewer digits keep the output stable and readable.
    static let precision = 100.0

    var kind: String
    var page: Int
    var text: String?
    var x0, y0, x1, y1: Double
    var fontSize: Double?
    var bold: Bool?
    var words: Int?
    var rotation: Int?
    var images: Int?

    static func records(of page: Page) -> [WordsRecord] {
        var out = [WordsRecord(kind: "page", page: page.number, x0: 0, y0: 0,
                               x1: rounded(page.width), y1: rounded(page.height),
                               rotation: page.rotation, images: page.imageCount)]
        for line in page.lines {
            for word in line.words {
                // A word's rotation only when it runs turned: upright words print as before.
                out.append(WordsRecord(kind: "word", page: page.number, text: word.text, box: word.box,
                                       fontSize: rounded(word.fontSize), bold: word.isBold,
                                       rotation: word.rotation == 0 ? nil : word.rotation))
            }
            out.append(WordsRecord(kind: "line", page: page.number, text: line.text, box: line.box,
                                   words: line.words.count))
        }
        return out
    }

    init(kind: String, page: Int, text: String? = nil, x0: Double, y0: Double, x1: Double, y1: Double,
         fontSize: Double? = nil, bold: Bool? = nil, words: Int? = nil, rotation: Int? = nil, images: Int? = nil) {
        self.kind = kind; self.page = page; self.text = text
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
        self.fontSize = fontSize; self.bold = bold; self.words = words
        self.rotation = rotation; self.images = images
    }

    init(kind: String, page: Int, text: String, box: Rect, fontSize: Double? = nil, bold: Bool? = nil, words: Int? = nil,
         rotation: Int? = nil) {
        self.init(kind: kind, page: page, text: text,
                  x0: Self.rounded(box.x0), y0: Self.rounded(box.y0), x1: Self.rounded(box.x1), y1: Self.rounded(box.y1),
                  fontSize: fontSize, bold: bold, words: words, rotation: rotation)
    }

    static func rounded(_ v: Double) -> Double { (v * precision).rounded() / precision }
}
