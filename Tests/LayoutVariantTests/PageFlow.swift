/// Pages filled from the top down: a running header and a page number on each page, and
/// a cursor that moves to a new page when what comes next does not fit.
final class PageFlow {
    let canvas: PDFCanvas
    let size: PageSize
    /// The running header's two halves ("Balıkesir Büyükşehir Belediyesi", "2024 Yılı Performans Programı").
    let runningHeader: (left: String, right: String)
    private(set) var y = 0.0
    /// The cells' texts as printed where a justified look hyphenated them.
    let hyphenated: HyphenatedTexts

    /// Margins as in the sample (its text block runs from 53.9 to 541.4 on A4).
    static let sideMargin = 54.0
    static let topMargin = 48.0
    static let bottomMargin = 48.0
    static let furniture = TypeFace(size: 8)

    var left: Double { Self.sideMargin }
    var right: Double { size.width - Self.sideMargin }
    var width: Double { right - left }
    var bottom: Double { size.height - Self.bottomMargin }

    init(canvas: PDFCanvas, size: PageSize, runningHeader: (left: String, right: String), unhyphenated: Set<String> = []) {
        self.canvas = canvas
        hyphenated = HyphenatedTexts(withheld: unhyphenated)
        self.size = size
        self.runningHeader = runningHeader
    }

    /// A page without furniture (the cover).
    func startBarePage() {
        canvas.startPage(size)
        y = Self.topMargin
    }

    func startPage() {
        canvas.startPage(size)
        let font = Self.furniture
        canvas.text(runningHeader.left, x: left, top: 14, font: font.boldened)
        canvas.text(runningHeader.right, x: right - canvas.width(of: runningHeader.right, in: font), top: 14, font: font)
        let number = String(canvas.pageCount)
        canvas.text(number, x: (size.width - canvas.width(of: number, in: font)) / 2, top: size.height - 30, font: font)
        y = Self.topMargin
    }

    /// Moves to a new page unless `height` more points fit on this one; true when it did.
    @discardableResult
    func makeRoom(_ height: Double) -> Bool {
        guard y + height > bottom else { return false }
        startPage()
        return true
    }

    func advance(_ height: Double) { y += height }
}
