/// Pages filled from the top down: a running header and a page number on each page, and
/// a cursor that moves to a new page when what comes next does not fit.
final class PageFlow {
    let canvas: PDFCanvas
    /// The current page's size: a section of pages may be turned (`startPage(size:)`).
    private(set) var size: PageSize
    /// The running header's two halves ("Balıkesir Büyükşehir Belediyesi", "2024 Yılı Performans Programı").
    let runningHeader: (left: String, right: String)
    private(set) var y = 0.0
    /// The cells' texts as printed where a justified look hyphenated them.
    let hyphenated: HyphenatedTexts
    /// The document's pages, for a footer's "Sayfa 3 / 12" (`PageFurnitureLook.numberedFooter`):
    /// counted by a first printing.
    var pageTotal = 0
    /// What a table printed now says above its rest on the next page ("Tablo 3 (Devamı)"), if anything.
    var continuedCaption: String?
    /// A running header of one letter-spaced line instead of the two halves, the page's number after
    /// a bar ("2 0 1 3   B A Ş İ S K E L E   …   P R O G R A M I  |  3", as Başiskele prints it).
    var spacedHeader: String?

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
        canvas.startPage(size, storedTurned: storedTurned)
        let font = Self.furniture
        let footer = canvas.furniture == .numberedFooter
        var headerLeft = left
        if footer {
            let side = PageFurnitureLook.logoSide
            canvas.picture(x: left, y: 14 + font.size / 2 - side / 2, side: side)
            headerLeft += side + font.size
        }
        if let spaced = spacedHeader {
            let line = Self.letterSpaced(spaced) + "  |  " + String(canvas.pageCount)
            canvas.text(line, x: right - canvas.width(of: line, in: font), top: 14, font: font)
        } else {
            canvas.text(runningHeader.left, x: headerLeft, top: 14, font: font.boldened)
            canvas.text(runningHeader.right, x: right - canvas.width(of: runningHeader.right, in: font), top: 14, font: font)
        }
        if footer {
            // Just under the text block: a rule, the administration, and the page of the whole.
            let top = bottom + PageFurnitureLook.footerGap
            canvas.rule(y: top - 1, from: left, to: right, width: 0.3)
            canvas.text(runningHeader.left, x: left, top: top, font: font)
            let label = PageFurnitureLook.pageLabel(canvas.pageCount, of: max(pageTotal, canvas.pageCount))
            canvas.text(label, x: right - canvas.width(of: label, in: font), top: top, font: font)
        } else {
            let number = String(canvas.pageCount)
            canvas.text(number, x: (size.width - canvas.width(of: number, in: font)) / 2, top: size.height - 30, font: font)
        }
        y = Self.topMargin
    }

    /// Whether the pages are stored turned and shown as `size` by /Rotate 90 (`startPage(size:storedTurned:)`).
    private(set) var storedTurned = false

    /// Goes on on a new page of `size`: the other orientation for a turned section, or back;
    /// `storedTurned`: the section's pages stored turned and shown so by /Rotate 90.
    func startPage(size: PageSize, storedTurned: Bool = false) {
        self.size = size
        self.storedTurned = storedTurned
        startPage()
    }

    /// Letters apart by a space, words by three: a title letter-spaced with space characters.
    static func letterSpaced(_ text: String) -> String {
        text.split(separator: " ").map { $0.map(String.init).joined(separator: " ") }.joined(separator: "   ")
    }

    /// Moves to a new page unless `height` more points fit on this one; true when it did.
    @discardableResult
    func makeRoom(_ height: Double) -> Bool {
        guard y + height > bottom else { return false }
        startPage()
        return true
    }

    func advance(_ height: Double) { y += height }

    /// On a page a table goes on over: its continued caption, centred in the title face.
    func captionContinuedTable() {
        guard let caption = continuedCaption else { return }
        let font = ProgramTypesetter.titleFont
        canvas.text(caption, x: (left + right - canvas.width(of: caption, in: font)) / 2, top: y, font: font)
        advance(font.leading + ProgramTypesetter.blockGap / 2)
    }
}
