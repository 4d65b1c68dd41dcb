import PageLayout

/// Running headers, footers and page numbers: text that repeats in the page margins.
/// They are removed before tables are read so they never enter a cell.
enum PageFurniture {
    /// The margin zones: this fraction of the page height at the top and at the bottom, …
    static let marginFraction = 0.1
    /// … and at least this fraction of its width: margins are set as lengths, so a page shorter
    /// than it is wide (A5 landscape, 420 pt) sets its footer as far from its foot as an A4 page
    /// (44 pt), beyond a tenth of its height.
    static let marginWidthFraction = 0.08
    /// A margin line whose text (digits ignored) recurs on at least this share of the pages
    /// is furniture.
    static let recurrenceShare = 0.3
    /// … and on at least this many pages (a short document has few).
    static let minimumRecurrence = 3
    /// Page numbers sit in the outermost band of the page, this fraction of its height.
    static let pageNumberFraction = 0.07

    static func key(_ line: TextLine) -> String {
        let text = line.text
        // Plain text (`TextBytes.isPlain`): each scalar is a character of its own (CR LF aside,
        // both white space), so its scalars are filtered, ASCII ones from their value.
        guard TextBytes.isPlain(text) else { return String(text.filter { !$0.isNumber && !$0.isWhitespace }) }
        // The kept scalars' bytes copied as they stand (appending scalar by scalar cost ~17,000
        // instructions a margin line). Plain text's multi-byte scalars take two bytes.
        var bytes = text
        return bytes.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                var i = 0
                while i < b.count {
                    let length = b[i] < 0x80 ? 1 : 2
                    let value = length == 1 ? UInt32(b[i]) : UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    if !isDroppedFromKey(value) {
                        for k in i..<(i + length) { out[n] = b[k]; n += 1 }
                    }
                    i += length
                }
                return n
            }
        }
    }

    /// Whether a scalar below U+0300 is a number or white space (`key` drops it). From U+00C0
    /// on that range holds letters and two signs (× ÷), none of them either.
    static func isDroppedFromKey(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value >= 0x30 && value <= 0x39) || value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        guard value < 0xC0, let s = Unicode.Scalar(value) else { return false }
        return s.properties.numericType != nil || s.properties.isWhitespace
    }

    /// Concepts a table's header names: a line naming one is a table's title or its header
    /// (repeated on every page a table runs over), never furniture.
    static let headerConcepts: [Lexicon.Concept] = [.indicator, .activity, .economicCode, .resources, .budget, .offBudget]

    /// A table title (“Tablo 4: Faaliyet Maliyetleri Tablosu”) or a header line (“Ekonomik Kod
    /// 2024 (TL)”) standing in the margin: it belongs to the table, however often it recurs.
    /// `folded`: the page's words folded, when the caller has them.
    static func belongsToATable(_ line: TextLine, folded: FoldedLines? = nil) -> Bool {
        let f = folded?.text(of: line) ?? Lexicon.fold(line.text)
        if TableKind.of(line, folded: f) != nil { return true }
        return headerConcepts.contains { Lexicon.names($0, .columnHeader, f, .within) } || namesUnitAndTotalColumns(f)
    }

    /// A cost table's header without the economic code's group (“Faaliyet | Sorumlu Birim | 03 Mal ve
    /// Hizmet Alım Giderleri | Toplam”) names the responsible unit's column beside a total's: two
    /// columns' titles in one line, no running header's words.
    static func namesUnitAndTotalColumns(_ folded: String) -> Bool {
        Lexicon.names(.responsibleUnit, .rowLabel, folded, .within) && Lexicon.names(.total, .columnHeader, folded, .within)
    }

    /// Concepts that label a goal's context: a labelled row naming one (“Amaç”, “Stratejik Hedef 1.1:”),
    /// and the other labels of goal and cost tables (“Açıklamalar:”, “Faaliyet Adı:”, “Sorumlu Harcama
    /// Birimi:”, “Alt Program:”), which recur at a page's foot wherever a table's labelled rows end one.
    static let goalContextConcepts: [Lexicon.Concept] = [.aim, .target, .performanceGoal, .explanation, .activityName, .responsibleUnit,
                                                         .programLevel]

    /// A goal's context standing in the margin: a workbook with a sheet per goal opens every
    /// sheet's page with the same aim row (“Amaç | A1 …”), so it recurs like a running header.
    /// A line that opens with a letter code (“A1 …”) or with an aim, target or goal label, or an
    /// activity card's number, is the goal's, however often it recurs.
    static func belongsToAGoal(_ line: TextLine, folded: FoldedLines? = nil) -> Bool {
        if let first = line.words.first, CodeReader.isLetterCode(first.text) { return true }
        let f = folded?.text(of: line) ?? Lexicon.fold(line.text)
        // An activity card's number (“Faaliyet No: 3”) opens every page a card opens.
        return goalContextConcepts.contains { Lexicon.names($0, .rowLabel, f, .leading) } || ActivityCard.code(in: line) != nil
    }

    /// Whether a margin line is a table's or a goal's, never furniture.
    static func belongsToContent(_ line: TextLine, folded: FoldedLines? = nil) -> Bool {
        belongsToATable(line, folded: folded) || belongsToAGoal(line, folded: folded)
    }

    /// `belongsToContent`, or a margin line beside a table's: a header cell of the same row set
    /// higher or lower in it (“Başlangıç” / “– Bitiş” centred on two lines beside “Faaliyet ve
    /// Projeler”) names no concept itself, but recurs wherever the table opens a page.
    static func belongsToContent(_ line: TextLine, besides tableLines: [TextLine], folded: FoldedLines? = nil) -> Bool {
        belongsToContent(line, folded: folded) || tableLines.contains { standsBeside($0, line) }
    }

    /// Lines of one row overlap by this fraction of the shorter one's height at least (a cell
    /// centred on two lines beside a one-line cell overlaps it by half); lines set one under the
    /// other touch only by their ascenders and descenders (a running header over a continuing
    /// table's first row, 0.6 pt of 10.4).
    static let besideOverlapFraction = 0.25

    /// Whether two lines stand side by side, as the cells of one row.
    static func standsBeside(_ a: TextLine, _ b: TextLine) -> Bool {
        let overlap = a.box.verticalOverlap(b.box)
        return overlap > 0 && overlap >= besideOverlapFraction * min(a.box.height, b.box.height)
    }

    /// The margin lines of `page` that belong to a table by their own words, with the margin
    /// lines of the same header block: beside one of them (a cell of the same row), stacked
    /// right over one that lies within its extent, or stacked right under one, within its extent (a header cell's next line: cells merged over two header
    /// rows and set at their top, as Word sets them, leave “Müdürlük” under “Sorumlu” on its own
    /// line, below the row's other cells).
    /// `runningHeaders`: keys of lines shown to be furniture (`overATitle`), never a table's.
    static func tableLines(_ page: Page, folded: FoldedLines? = nil, runningHeaders: Set<String> = []) -> [TextLine] {
        let margin = page.lines.filter { isMargin($0, in: page) }.sorted { $0.box.y0 < $1.box.y0 }
        var block = margin.filter { belongsToATable($0, folded: folded) && (runningHeaders.isEmpty || !runningHeaders.contains(key($0))) }
        guard !block.isEmpty else { return [] }
        func joins(_ line: TextLine) -> Bool {
            block.contains { t in
                let h = t.box.height
                return standsBeside(t, line)
                    || (line.box.y0 >= t.box.y1 - h * stackedLineGapFraction && line.box.y0 - t.box.y1 <= stackedLineGapFraction * h
                        && line.box.x0 >= t.box.x0 - h && line.box.x1 <= t.box.x1 + h)
                    // The line over it, spanning it: a header cell's first line above the one naming
                    // the concept (“Performans” over “Göstergeleri”, with the row's other cells beside).
                    || (t.box.y0 >= line.box.y1 - h * stackedLineGapFraction && t.box.y0 - line.box.y1 <= stackedLineGapFraction * h
                        && t.box.x0 >= line.box.x0 - h && t.box.x1 <= line.box.x1 + h)
            }
        }
        // Top to bottom, each line joining the lines found so far (a few margin lines a page).
        for line in margin where !block.contains(where: { $0.box == line.box }) && joins(line) { block.append(line) }
        return block
    }
    /// A header cell's next line stands within this fraction of a line height under the one
    /// above (its leading); a running header is set apart from the page's first table by more.
    static let stackedLineGapFraction = 0.6

    /// A margin line that names a table's columns (“Bölüm 2 – Performans Hedefi, Göstergeler ve
    /// Faaliyetler”, a chapter's running header) but stands right over a table's title: a table's
    /// repeated header is followed by its rows, never by the title of a table, so here the line
    /// heads the page, not a table. Its text recurring is then furniture on every page, above
    /// whatever table it stands. Lines that are titles or goal labels themselves are not asked,
    /// nor a line under another: a running header heads the page (a table's header row at a
    /// page's foot, its table moved on to the next page, may stand over the next table's title).
    static func overATitle(_ line: TextLine, in page: Page, folded: FoldedLines? = nil) -> Bool {
        guard isMargin(line, in: page), !page.lines.contains(where: { $0.box.y1 <= line.box.y0 }),
              TableKind.of(line, folded: folded?.text(of: line)) == nil,
              !belongsToAGoal(line, folded: folded), belongsToATable(line, folded: folded) else { return false }
        // The next line down the page, whatever its column: a running header spans the page.
        guard let next = page.lines.filter({ $0.box.y0 >= line.box.y1 }).min(by: { $0.box.y0 < $1.box.y0 }) else { return false }
        return TableKind.of(next, folded: next.words.count <= TableKind.maximumTitleWords ? folded?.text(of: next) : nil) != nil
    }

    /// A running header or footer stands at one place on every page, its distance from the page's
    /// edge (a turned page's footer as far from its foot as an upright page's): a line recurring at
    /// places farther apart than this many of its heights is the table's (a unit's name's last word,
    /// “Başkanlığı”, closing the rows at the foot of several pages, each at its own height).
    static let placeToleranceHeights = 1.0

    /// A margin line's distance from the edge of the page it stands by: the top for a line in the
    /// upper half, the foot for one in the lower.
    static func place(_ line: TextLine, in page: Page) -> Double {
        line.box.midY < page.height / 2 ? line.box.y0 : page.height - line.box.y1
    }

    /// On how many pages a margin text recurs at one place (`placeToleranceHeights`): the most
    /// pages any of its occurrences' places gathers.
    static func recurrence(_ occurrences: [(page: Int, place: Double, height: Double)]) -> Int {
        // Most texts stand on a page or two: asked of each of their occurrences, a few comparisons.
        occurrences.map { o in
            Set(occurrences.filter { abs($0.place - o.place) <= placeToleranceHeights * max($0.height, o.height) }.map(\.page)).count
        }.max() ?? 0
    }

    static func isMargin(_ line: TextLine, in page: Page) -> Bool {
        let band = max(page.height * marginFraction, page.width * marginWidthFraction)
        return line.box.y1 < band || line.box.y0 > page.height - band
    }

    /// A lone short number: what a page number looks like.
    static func number(_ line: TextLine) -> Int? {
        guard line.words.count == 1, line.text.count <= 4 else { return nil }
        return Int(line.text)
    }

    /// The outermost lines of a page (topmost and bottommost), where page numbers stand.
    static func outermost(_ page: Page) -> [TextLine] {
        guard let top = page.lines.min(by: { $0.box.y0 < $1.box.y0 }),
              let bottom = page.lines.max(by: { $0.box.y1 < $1.box.y1 }) else { return [] }
        return [top, bottom]
    }

    /// How the printed page numbers run against the PDF's pages: the difference seen on
    /// most pages (0 when the cover is page 1). Nil when the document prints none.
    static func pageNumberOffset(_ pages: [Page]) -> Int? {
        var offsets: [Int: Int] = [:]
        for page in pages {
            for line in outermost(page) where isMargin(line, in: page) {
                if let n = number(line) { offsets[n - page.number, default: 0] += 1 }
            }
        }
        guard let best = offsets.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
              best.value >= minimumRecurrence else { return nil }
        return best.key
    }

    /// What recurs in the margins of a run of pages: the furniture keys, the page-number
    /// offset and one line of each furniture text. Learnt from the first pages of a document
    /// (`PageStreamRecognizer.furnitureWindow`) and applied to every page after them.
    struct Model {
        var keys: Set<String> = []
        var offset: Int?
        /// One line of each text that recurs in the margins (they name the administration
        /// and the year), most frequent first.
        var lines: [TextLine] = []
        /// Keys of margin lines that name a table's columns but stood over a table's title on a
        /// page (`overATitle`): running headers, not a table's, wherever they stand.
        var runningHeaders: Set<String> = []

        /// `folded`: each page's words folded (`FoldedLines`), when the caller has them.
        init(learning pages: [Page], folded: [FoldedLines]? = nil) {
            // Each margin line's text, page and place (its distance from the page's edge it stands by).
            var placed: [String: [(page: Int, place: Double, height: Double)]] = [:]
            var lineCounts: [String: Int] = [:]
            var sample: [String: TextLine] = [:]
            for (n, page) in pages.enumerated() {
                for line in page.lines where overATitle(line, in: page, folded: folded?[n]) { runningHeaders.insert(key(line)) }
            }
            for (n, page) in pages.enumerated() {
                let f = folded?[n]
                let table = tableLines(page, folded: f, runningHeaders: runningHeaders)
                let margin = page.lines.filter { isMargin($0, in: page) && !isContent($0, besides: table, folded: f) }
                for line in margin { placed[key(line), default: []].append((n, place(line, in: page), line.box.height)) }
                for line in margin {
                    let k = key(line)
                    guard !k.isEmpty else { continue }
                    lineCounts[k, default: 0] += 1
                    if sample[k] == nil { sample[k] = line }
                }
            }
            let threshold = max(minimumRecurrence, Int(Double(pages.count) * recurrenceShare))
            keys = Set(placed.filter { recurrence($0.value) >= threshold }.keys)
            offset = pageNumberOffset(pages)
            lines = lineCounts.filter { $0.value >= threshold }.sorted { $0.value > $1.value }.compactMap { sample[$0.key] }
        }

        /// `belongsToContent`, unless the line's text was seen as a running header (`runningHeaders`).
        func isContent(_ line: TextLine, besides table: [TextLine], folded: FoldedLines?) -> Bool {
            belongsToContent(line, besides: table, folded: folded) && (runningHeaders.isEmpty || !runningHeaders.contains(key(line)))
        }

        /// The page with its furniture lines removed (words and lines alike).
        /// `folded`: the page's words folded, when the caller has them.
        func strip(_ page: Page, folded: FoldedLines? = nil) -> Page {
            var p = page
            let outer = outermost(page).map(\.box)
            let table = tableLines(page, folded: folded, runningHeaders: runningHeaders)
            p.lines = page.lines.filter { line in
                guard isMargin(line, in: page), !isContent(line, besides: table, folded: folded) else { return true }
                let k = key(line)
                if k.isEmpty {
                    // A page number: one short number near the very edge of the page, or the
                    // outermost line of the page when it carries this page's number in the
                    // document's numbering (however far from the edge a small page puts it).
                    // A year row of a table header near the top is neither.
                    guard let n = number(line) else { return true }
                    let edge = line.box.y1 < page.height * pageNumberFraction || line.box.y0 > page.height * (1 - pageNumberFraction)
                    let numbered = (offset.map { n - page.number == $0 } ?? false) && outer.contains(line.box)
                    return !(edge || numbered)
                }
                return !keys.contains(k)
            }
            var words: [Word] = []
            words.reserveCapacity(page.words.count)
            for line in p.lines { words += line.words }
            p.words = words
            return p
        }
    }

    /// Pages with their furniture lines removed (words and lines alike), learnt from all of them.
    static func strip(_ pages: [Page]) -> [Page] {
        let model = Model(learning: pages)
        return pages.map { model.strip($0) }
    }

    /// The furniture lines themselves (they name the administration and the year).
    static func furniture(_ pages: [Page]) -> [TextLine] {
        Model(learning: pages).lines
    }
}
