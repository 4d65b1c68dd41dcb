import PageLayout
import TableGeometry

/// A row of the form “Label: value” whose label may wrap (“Stratejik / Amaç 1:”) beside a
/// value that wraps too: the label is the words left of the value's left edge.
struct LabelledRow {
    var label: Lexicon.Label
    /// What the label itself carries after its words: “1” of “Stratejik Amaç 1:”, “(1)”.
    var labelCode: String
    var value: String
    var page: Int
    /// How the document printed it (for the trace).
    var form = Form.labelledRow

    enum Form: String, Sendable {
        case labelledRow = "labelled row", heading, caption
    }

    /// Whether a printed word is one of the labels' own words (a stem's word with its suffix too).
    static func isLabelWord(_ word: String) -> Bool {
        let w = Lexicon.fold(word)
        // A word whose first letter opens no label word is none (most words of a row).
        guard let first = w.utf8.first, labelInitials.contains(first) else { return false }
        // Folded words are ASCII: a stem opens a word where its bytes do.
        return labelWords.contains { $0.stem ? w.utf8.starts(with: $0.word.utf8) : w == $0.word }
    }
    private static let labelWords: [(word: String, stem: Bool)] = Lexicon.Label.allCases.flatMap { label in
        label.phrases.flatMap { p in
            let words = p.folded.split(separator: " ").map(String.init)
            return words.enumerated().map { k, w in (w, p.stem && k == words.count - 1) }
        }
    }

    private static let labelInitials = Set(labelWords.compactMap(\.word.utf8.first))

    /// `text.hasSuffix(":")`, from the bytes where the colon follows an ASCII byte (no scalar
    /// before it can then join it into another character).
    static func endsWithColon(_ text: String) -> Bool {
        TextBytes.hasSuffix(text, ":")
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation where the text starts
    /// and ends with ASCII other than a space or tab (nothing to trim then).
    static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return text }
        func plain(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && b != 0x09 }
        return plain(first) && plain(last) ? text : text.trimmingCharacters(in: .whitespaces)
    }

    /// The label's words end with one that ends in “:”; the value starts right of it.
    static func read(_ band: RowBand) -> LabelledRow? {
        band.remembered(.labelledRow, readAfresh)
    }

    /// Every labelled row of a band: two set side by side (“Stratejik Amaç 1:” | text |
    /// “Stratejik Hedef 1.1:” | text, a goal card's four cells) are two, read left to right.
    static func readAll(_ band: RowBand) -> [LabelledRow] {
        guard let edge = secondPairEdge(band) else { return read(band).map { [$0] } ?? [] }
        return (read(band).map { [$0] } ?? []) + readAll(band.part { $0.box.x0 >= edge })
    }

    private static func readAfresh(_ band: RowBand) -> LabelledRow? {
        // A total row may open as a level's label does (“Performans Hedefi Toplamı: …”,
        // “Hedef Toplamı: …”): it names no level, wherever it stands.
        // The row's own opening words are enough here: asked of every labelled row, and a goal
        // table's reader asks the costlier question of its rows.
        if Lexicon.names(.grandTotal, .totalRow, band.folded, .leading) { return nil }
        // A second labelled row beside this one is not its value.
        if let edge = secondPairEdge(band) { return read(band.part { $0.box.x0 < edge }) }
        let words = band.words
        guard let colon = words.lazy.filter({ endsWithColon($0.text) }).min(by: { $0.box.x0 < $1.box.x0 }) else {
            return readWithoutColon(band)
        }
        let edge = colon.box.x1
        // The value starts at the leftmost word right of the colon; label words (which may
        // be wider than the colon word, “Performans” over “Hedefi (1):”) start left of it.
        // Words of the label's own vocabulary (“Hedef” beside a code “3.4:” under it) are
        // not the value's first words.
        // (“Stratejik Hedef” over “3.4:”): a label word continues a label word before it on
        // its line at a word space; the value's own first word “Hedef” (of “Hedef
        // kitlemizin…”) follows no label word.
        // A code's letters set apart from its numbers, wrapped on the label's line above them
        // (“Performans Hedefi PH” over “1.1.1:”), continue the label as its words do.
        var numbers = Substring(colon.text)
        while numbers.hasSuffix(":") { numbers = numbers.dropLast() }
        func continuesLabel(_ w: Word) -> Bool {
            guard isLabelWord(w.text) || CodeReader.code(w.text, then: String(numbers)) != nil else { return false }
            // After a label word left of the colon's edge, or after one that continues the label itself.
            return words.contains { v in
                v.box.x1 <= w.box.x0 && w.box.x0 - v.box.x1 <= w.scale
                    && v.box.verticalOverlap(w.box) > 0.5 * min(v.box.height, w.box.height)
                    && (v.box.x0 < edge || (isLabelWord(v.text) && continuesLabel(v)))
            }
        }
        let spread = spreadLabelWords(words, colon: colon, continuesLabel: continuesLabel)
        // The leftmost such word: the words right of the colon are asked left to right, so a
        // long value's words past its first are not asked whether they continue the label.
        let right = words.indices.filter { words[$0].box.x0 > edge }.sorted { words[$0].box.x0 < words[$1].box.x0 }
        let valueLeft = right.first { !continuesLabel(words[$0]) && (spread.isEmpty || !spread.contains(words[$0])) }
            .map { words[$0].box.x0 } ?? .infinity
        // The label ends with the colon word; text below it at the left margin is the value
        // wrapping to the full width of the row.
        let labelBottom = colon.box.midY + 0.5 * colon.box.height
        // A label-vocabulary word aligned with the value (“Hedef kitlemizin…”) is the value's.
        let alignment = 0.5 * colon.scale
        let labelWords = words.filter { $0.box.x0 < valueLeft - alignment && $0.box.midY <= labelBottom }
        let valueWords = words.filter { !($0.box.x0 < valueLeft - alignment && $0.box.midY <= labelBottom) }
        let labelText = LineGrouping.lines(from: labelWords).map(\.text).joined(separator: " ")
        let folded = Lexicon.fold(labelText)
        // The label whose phrase leads, the longest (“Hedefin Açıklaması” is the explanation's,
        // not the target's “Hedef”), the first of equals, with that phrase (each label's phrases tried once).
        guard let (label, phrase) = Lexicon.Label.allCases
                .compactMap({ label in Lexicon.leadingPhrase(label.concept, .rowLabel, folded).map { (label, $0) } })
                .reduce(nil, { (best: (Lexicon.Label, Lexicon.Phrase)?, next) in
                    best.map { $0.1.folded.utf8.count >= next.1.folded.utf8.count } == true ? best : next
                })
        else { return readWithoutColon(band) }
        // The code is what the label prints after its words (“1”, “1.1”, “(1)”).
        let rawLabel = trimmed(labelText)
        let labelWordsCount = phrase.wordCount
        let codeWords = unhyphenated(TextBytes.words(rawLabel)).dropFirst(labelWordsCount)
        // A level's label prints at most its code after its words: a sentence that opens with
        // them and holds a colon further on (“Stratejik Amaç 1 kapsamında … belirlenmiştir: …”)
        // is running text, its words no label (it may still read as a heading, below).
        // Nor is a word of more letters than a code's after them, unless a label's own (“Stratejik
        // Amaç” over a sentence's “belirlenmiştir:” wrapped to the left margin, the words between
        // right of it; labelled rows set in one band, “Performans Hedefi (1):” over “Proje Adı:”, stay labels).
        if GoalContext.levels.contains(label),
           codeWords.count > maximumCodeWords
            || codeWords.contains(where: { $0.filter(\.isLetter).count > CodeReader.maximumLetters && !isLabelWord($0) }) {
            return readWithoutColon(band)
        }
        let codePart = codeWords.joined(separator: " ")
        var code = codePart
        while code.hasSuffix(":") { code.removeLast() }
        code = trimmed(code)
        if let read = CodeReader.levelCode(code) { code = read }
        else if let read = CodeReader.code(words: code) { code = read }
        else if code.hasPrefix("("), code.hasSuffix(")") { code = String(code.dropFirst().dropLast()) }
        // A colon printed twice (“Açıklamalar: : Belediyemiz…”) belongs to the label.
        var value = Substring(Cell(words: valueWords).text)
        while value.first == ":" { value = value.dropFirst().drop { $0 == " " } }
        return LabelledRow(label: label, labelCode: trimmed(code), value: String(value), page: band.page)
            .withCodeFromValue()
    }

    /// Words a level's label prints after its phrase, at most: its code, maybe set apart from a
    /// bracket or a dash (“Performans Hedefi ( 1 ):” as some producers place the glyphs).
    static let maximumCodeWords = 3

    /// A justified label cell spreads a line's words to the cell's width, farther apart than a
    /// word space (“Sorumlu      Harcama” over “Birimi:”), its last word nearer the value than
    /// its first. Label words right of the colon, on a line above the colon's that opens with a
    /// label word, continue the label where the label then reads a longer phrase of its vocabulary
    /// (“Sorumlu Harcama Birimi”, not “Sorumlu Birimi”); else they are the value's. Only those
    /// before the line's first other word: in a row set at the top the value's first line stands
    /// beside them, and its label-like words (“… Daire Başkanlığı”) are the value's.
    static func spreadLabelWords(_ words: [Word], colon: Word, continuesLabel: (Word) -> Bool) -> Set<Word> {
        let edge = colon.box.x1
        func sameLine(_ a: Word, _ b: Word) -> Bool { a.box.verticalOverlap(b.box) > 0.5 * min(a.box.height, b.box.height) }
        let candidates = words.filter { w in
            w.box.x0 > edge && w.box.midY < colon.box.y0 && isLabelWord(w.text) && !continuesLabel(w)
                && words.contains { v in v.box.x0 < edge && v.box.x1 < w.box.x0 && isLabelWord(v.text) && !endsWithColon(v.text) && sameLine(v, w) }
                && !words.contains { u in u.box.x0 > edge && u.box.x1 <= w.box.x0 && !isLabelWord(u.text) && sameLine(u, w) }
        }
        guard !candidates.isEmpty else { return [] }
        let labelBottom = colon.box.midY + 0.5 * colon.box.height
        let base = words.filter { ($0.box.x0 < edge || continuesLabel($0)) && $0.box.midY <= labelBottom }
        func phraseLength(_ ws: [Word]) -> Int {
            let folded = Lexicon.fold(LineGrouping.lines(from: ws).map(\.text).joined(separator: " "))
            return Lexicon.Label.allCases.compactMap { Lexicon.leadingPhrase($0.concept, .rowLabel, folded)?.wordCount }.max() ?? 0
        }
        return phraseLength(base + candidates) > phraseLength(base) ? Set(candidates) : []
    }

    /// A labelled row cut by a page break, its label wrapped: the label's first line and the
    /// value end one page (“Performans” | “Şehrin genelinde…”), the label's last words with its
    /// colon open the next, nothing beside them (“Hedefi (6):”). `last` (the page's last row) and
    /// `first` (the next page's first) joined as one row, the second's lines set right under the
    /// first's, when that reads as a labelled row with a value and `last` alone does not.
    static func joinedAcrossPageBreak(_ last: RowBand, _ first: RowBand) -> RowBand? {
        guard first.page == last.page + 1, first.separatedBy == .pageStart,
              let colon = first.words.filter({ endsWithColon($0.text) }).max(by: { $0.box.x1 < $1.box.x1 }),
              !first.words.contains(where: { $0.box.x0 > colon.box.x1 }), !last.words.contains(where: { endsWithColon($0.text) }),
              read(last) == nil else { return nil }
        let dy = last.box.y1 - first.box.y0
        let moved = first.lines.map { line in
            TextLine(words: line.words.map { w in
                Word(text: w.text, box: Rect(x0: w.box.x0, y0: w.box.y0 + dy, x1: w.box.x1, y1: w.box.y1 + dy),
                     fontSize: w.fontSize, isBold: w.isBold, rotation: w.rotation)
            })
        }
        let joined = RowBand(page: last.page, lines: last.lines + moved, separatedBy: last.separatedBy,
                             verticalRules: last.verticalRules, crossingRules: last.crossingRules)
        guard let row = read(joined), !row.value.isEmpty else { return nil }
        return joined
    }

    /// A label set apart from its value by at least this many font sizes stands in a cell
    /// of its own: the colon left off (“Amaç” | “1 Şehrimizin…”).
    static let columnGapFraction = 1.0

    /// An aim, target or goal named without a colon, in one of two ways. Only these levels:
    /// other labels (“Faaliyet Adı”) open table headers too when printed without a colon.
    /// - In a cell of its own: the words left of the row's first white-space river are the
    ///   label (with its code, if any), on whichever line they stand (a label centred beside
    ///   a wrapped value stands on its second line).
    /// - As a heading or a full-width row: the first line opens with the label and a code,
    ///   then a dash or nothing, then the text (“Stratejik Amaç 1 Şehrimizin…”,
    ///   “Hedef 1.1 – …”); the code is what tells the label from a sentence's first word.
    static func readWithoutColon(_ band: RowBand) -> LabelledRow? {
        if explanationOpenings.occur(in: band.folded), let row = explanationInCellOfItsOwn(band) { return row }
        // Both readings open with a level's label: a row holding none of its words is neither.
        if levelOpenings.occur(in: band.folded), let row = readInCellOfItsOwn(band) ?? readAsHeading(band) { return row }
        return readBareLabel(band)
    }
    private static let explanationOpenings = Lexicon.Openings([(.explanation, .rowLabel)])

    /// The explanation's label in a cell of its own, all of it, beside one cell of text (“Açıklama”
    /// | “Hedefe ulaşılması için … faaliyetler ve performans göstergeleri …”): the goal's explanation,
    /// whatever words of a table's header its text holds. One cell beside it only: a header whose
    /// first column is titled so has more columns.
    static func explanationInCellOfItsOwn(_ band: RowBand) -> LabelledRow? {
        let words = band.words.sorted { $0.box.x0 < $1.box.x0 }
        guard let river = firstRiver(words) else { return nil }
        let label = Lexicon.fold(Cell(words: words.filter { $0.box.x1 <= river }).text)
        guard Lexicon.names(.explanation, .rowLabel, label, .whole) else { return nil }
        let valueWords = words.filter { $0.box.x1 > river }
        guard hasText(valueWords), firstRiver(valueWords, within: LineGrouping.lines(from: valueWords)) == nil else { return nil }
        return LabelledRow(label: .explanation, labelCode: "", value: Cell(words: valueWords).text, page: band.page)
    }
    /// A level's label and code alone on their row (“Stratejik Amaç 1”, “Performans Hedefi H1.1”,
    /// a colon after them or none): a goal card's stacked cell, whose text stands on the row under
    /// it (`stackedValue`). Its value is empty.
    static func labelAlone(_ band: RowBand) -> LabelledRow? {
        guard band.lines.count == 1, levelOpenings.occur(in: band.folded) else { return nil }
        var texts = band.lines[0].words.map(\.text)
        if let last = texts.last, endsWithColon(last) { texts[texts.count - 1] = String(last.dropLast()) }
        let folded = Lexicon.foldEach(texts)
        for label in GoalContext.levels {
            guard let end = Lexicon.leads(folded, at: 0, label.concept, .rowLabel),
                  let (code, count) = CodeReader.code(in: texts, at: end), end + count == texts.count else { continue }
            // A year is no level's code (“Hedef 2024”).
            if let n = Int(code), ProgramYear.isPlausible(n) { return nil }
            return LabelledRow(label: label, labelCode: code, value: "", page: band.page)
        }
        return nil
    }

    /// The text of a label alone (`labelAlone`) on the row under it: text, no label, heading,
    /// amount or table's start of its own.
    static func stackedValue(_ bands: [RowBand], at i: Int) -> String? {
        let band = bands[i]
        guard GoalContext.row(band) == nil, labelAlone(band) == nil, !GoalTableReader.hasAmounts(band), hasText(band.words),
              GoalHeading.readAll(band).isEmpty, !HeaderBlock.isGroupRow(band), TableStart.kind(bands, at: i) == nil else { return nil }
        return Cell(words: band.words).text
    }

    /// The words that open the levels' labels (`GoalContext.levels`).
    private static let levelOpenings = Lexicon.Openings(GoalContext.levels.map { ($0.concept, .rowLabel) })

    /// The labels other than the levels (“Faaliyet Adı”, “Sorumlu Harcama Birimi”, “Açıklamalar”,
    /// “İdare Adı”), as a cost table's label block prints them without colons.
    private static let otherLabels = Lexicon.Label.allCases.filter { !GoalContext.levels.contains($0) }
    private static let otherOpenings = Lexicon.Openings(otherLabels.map { ($0.concept, .rowLabel) })

    /// A label other than a level's printed without a colon in a cell of its own, beside its value
    /// (“Faaliyet Adı” | “Kent içi ulaşım hizmetleri”, a label block over a cost table). Such words
    /// head columns too, so only where nothing else can be meant: the cell left of the row's first
    /// river is the label's phrase and nothing more (a body row whose first cell merely opens with
    /// one is no label), and the value right of it is one cell of text (no further river, no
    /// amount), neither labels nor a column's title alone (a two-column header “Faaliyet Adı” |
    /// “Sorumlu Birim” or “Proje Adı” | “Açıklama” is none).
    static func readBareLabel(_ band: RowBand) -> LabelledRow? {
        guard otherOpenings.occur(in: band.folded), !GoalTableReader.hasAmounts(band) else { return nil }
        let words = band.words.sorted { $0.box.x0 < $1.box.x0 }
        guard let river = firstRiver(words, within: band.lines) else { return nil }
        let labelWords = words.filter { $0.box.x1 <= river }
        let valueWords = words.filter { $0.box.x1 > river }
        let labelText = Lexicon.fold(LineGrouping.lines(from: labelWords).map(\.text).joined(separator: " "))
        guard let label = otherLabels.first(where: { Lexicon.names($0.concept, .rowLabel, labelText, .whole) }),
              hasText(valueWords), !namesOnlyLabels(valueWords),
              firstRiver(valueWords, within: band.lines) == nil else { return nil }
        let value = Cell(words: valueWords).text
        let foldedValue = Lexicon.fold(value)
        let position: Lexicon.Position = valueWords.count <= headerValueWords ? .leading : .whole
        guard !Lexicon.Concept.allCases.contains(where: { Lexicon.names($0, .columnHeader, foldedValue, position) }) else { return nil }
        guard !readsAsColumnTitles(valueWords) else { return nil }
        return LabelledRow(label: label, labelCode: "", value: value, page: band.page)
    }

    /// Header cells set evenly apart pass for a justified line's widened spaces: where gaps of a
    /// river's width part the words into cells, most of them, two at least, opening with a
    /// column's title (“Sorumlu Harcama Birimi” | “Ekonomik Kod 2024 (TL)” | “Toplam Kaynak
    /// İhtiyacı”), they are a header's titles, not one value (whose parts are a sentence's).
    static func readsAsColumnTitles(_ words: [Word]) -> Bool {
        let sorted = words.sorted { $0.box.x0 < $1.box.x0 }
        let edges = rivers(sorted).map(\.right)
        guard !edges.isEmpty else { return false }
        var parts: [[Word]] = Array(repeating: [], count: edges.count + 1)
        for w in sorted { parts[edges.filter { $0 <= w.box.x0 }.count].append(w) }
        let titled = parts.filter { part in
            let folded = Lexicon.fold(LineGrouping.lines(from: part).map(\.text).joined(separator: " "))
            return Lexicon.Concept.allCases.contains { Lexicon.names($0, .columnHeader, folded, .leading) }
        }.count
        return titled >= 2 && 2 * titled >= parts.count
    }
    /// A column's title is short: a value of at most this many words that opens with one
    /// (“Kaynak İhtiyacı (TL)”) is taken for it, not for a label's value.
    static let headerValueWords = 3

    /// Where a second labelled row set beside the first begins (“Stratejik Amaç 1:” | text |
    /// “Stratejik Hedef 1.1:” | text): the left edge of a cell past the row's first river whose
    /// words are a label's phrase, a code at most, and a colon. Nil for a row of one pair.
    static func secondPairEdge(_ band: RowBand) -> Double? {
        let words = band.words
        // Two colons at least: most rows hold fewer (asked of every row read as a label).
        guard words.lazy.filter({ endsWithColon($0.text) }).prefix(2).count == 2 else { return nil }
        let sorted = words.sorted { $0.box.x0 < $1.box.x0 }
        guard let firstColon = words.filter({ endsWithColon($0.text) }).min(by: { $0.box.x0 < $1.box.x0 }) else { return nil }
        // Cells set close (a justified value runs to its cell's padding): a narrower gap than a
        // label's own cell leaves, where the cell after it reads as nothing but a label.
        // Not parted from a justified line's widened spaces: a gap may match them by chance.
        let gaps = rivers(sorted, minimumGap: pairGapFraction)
        for (k, gap) in gaps.enumerated() where gap.right > firstColon.box.x1 {
            // A justified label cell spreads its words wider than such a gap (“Stratejik     Hedef”
            // over “1.1:”): the label may take up to `maximumLabelCells` gaps' cells.
            for last in k..<min(gaps.count, k + maximumLabelCells) {
                let end = last + 1 < gaps.count ? gaps[last + 1].left : .infinity
                let cell = sorted.filter { $0.box.x0 >= gap.right && $0.box.x1 <= end }
                let text = trimmed(LineGrouping.lines(from: cell).map(\.text).joined(separator: " "))
                guard endsWithColon(text) else { continue }
                let folded = Lexicon.fold(text)
                for label in Lexicon.Label.allCases {
                    guard let phrase = Lexicon.leadingPhrase(label.concept, .rowLabel, folded) else { continue }
                    if unhyphenated(TextBytes.words(text)).count - phrase.wordCount <= maximumCodeWords { return gap.right }
                }
            }
        }
        return nil
    }

    static func readInCellOfItsOwn(_ band: RowBand) -> LabelledRow? {
        let words = band.words.sorted { $0.box.x0 < $1.box.x0 }
        guard let river = firstRiver(words) else { return nil }
        let labelWords = words.filter { $0.box.x1 <= river }
        // Line by line; else cell by cell: a label wrapped in a narrow cell beside its code's cell,
        // the code centred on the line between the label's two (“Performans” / “H1.6” / “Hedefi”),
        // reads “Performans H1.6 Hedefi” by lines.
        guard let (label, labelCode) = levelLabel(LineGrouping.lines(from: labelWords).flatMap(\.words).map(\.text))
                ?? levelLabel(cellsInOrder(labelWords)) else { return nil }
        let valueWords = band.words.filter { $0.box.x1 > river }
        guard hasText(valueWords), !namesOnlyLabels(valueWords) else { return nil }
        if labelCode.isEmpty, let (c, text) = codeInCellOfItsOwn(valueWords) {
            return LabelledRow(label: label, labelCode: c, value: Cell(words: text).text, page: band.page)
        }
        return LabelledRow(label: label, labelCode: labelCode, value: Cell(words: valueWords).text, page: band.page)
            .withCodeFromValue()
    }

    /// The level a label cell's words name, all of them, and the code they print after the label's
    /// words (empty when none).
    static func levelLabel(_ texts: [String]) -> (label: Lexicon.Label, code: String)? {
        let folded = Lexicon.foldEach(texts)
        for label in GoalContext.levels {
            guard var end = Lexicon.leads(folded, at: 0, label.concept, .rowLabel) else { continue }
            var code = ""
            if let (c, words) = CodeReader.code(in: texts, at: end) { code = c; end += words }
            return end == texts.count ? (label, code) : nil
        }
        return nil
    }

    /// Words read cell by cell, left to right, each cell line by line: cells parted by gaps no word
    /// spans of `pairGapFraction` font sizes (two cells' padding), narrower than a river.
    static func cellsInOrder(_ words: [Word]) -> [String] {
        let sorted = words.sorted { $0.box.x0 < $1.box.x0 }
        let edges = rivers(sorted, minimumGap: pairGapFraction).map(\.right)
        guard !edges.isEmpty else { return [] }
        var cells: [[Word]] = Array(repeating: [], count: edges.count + 1)
        for w in sorted { cells[edges.filter { $0 <= w.box.x0 }.count].append(w) }
        return cells.flatMap { LineGrouping.lines(from: $0).flatMap(\.words).map(\.text) }
    }

    /// A level's code in a cell of its own between the label's and the text's (a spreadsheet's
    /// “Hedef” | “H4.1” | text): the value's words left of its first river are one code, the
    /// text right of it. Read by the cells, not the lines: a text wrapped and centred beside
    /// its code sets the code on its middle line, not first. The two cells' padding parts them
    /// (`pairGapFraction`): a code's cell fitted to it leaves less than a river beside its text.
    static func codeInCellOfItsOwn(_ valueWords: [Word]) -> (code: String, text: [Word])? {
        let sorted = valueWords.sorted { $0.box.x0 < $1.box.x0 }
        guard let river = rivers(sorted, minimumGap: pairGapFraction, firstOnly: true).first?.left else { return nil }
        let left = sorted.filter { $0.box.x1 <= river }
        guard left.count == 1, let code = CodeReader.levelCode(left[0].text) else { return nil }
        // A year is a sentence's or a figure's (“2024 yılında…”), no level's code.
        if let n = Int(code), ProgramYear.isPlausible(n) { return nil }
        let text = valueWords.filter { $0.box.x1 > river }
        return hasText(text) ? (code, text) : nil
    }

    static func readAsHeading(_ band: RowBand) -> LabelledRow? {
        guard let line = band.lines.first, line.words.count >= 2 else { return nil }
        let texts = line.words.map(\.text)
        let folded = Lexicon.foldEach(texts)
        for label in GoalContext.levels {
            guard var end = Lexicon.leads(folded, at: 0, label.concept, .rowLabel),
                  let (code, codeWords) = CodeReader.code(in: texts, at: end) else { continue }
            // A year after the label is the sentence's (“Hedef 2024 yılında…”).
            if let n = Int(code), ProgramYear.isPlausible(n) { return nil }
            end += codeWords
            if end < texts.count, isDash(texts[end]) { end += 1 }
            let labelWords = Set(line.words[..<end].map(\.box))
            let valueWords = band.words.filter { !labelWords.contains($0.box) }
            guard hasText(valueWords), !namesOnlyLabels(valueWords) else { return nil }
            return LabelledRow(label: label, labelCode: code, value: Cell(words: valueWords).text, page: band.page, form: .heading)
        }
        return nil
    }

    /// Two labelled rows side by side are parted by a gap no word spans of at least this many
    /// font sizes (two cells' padding; a word space is about a quarter).
    static let pairGapFraction = 0.4
    /// A label's words spread over at most this many such cells (“Stratejik” | “Hedef” | code).
    static let maximumLabelCells = 3

    /// Words a narrow cell hyphenated at a line's end joined again (“Perfor-” “mans” → “Performans”),
    /// as folding reads them: a label's words are counted as its phrase counts them.
    static func unhyphenated<S: Sequence>(_ words: S) -> [String] where S.Element: StringProtocol {
        var out: [String] = []
        for w in words {
            if let last = out.last, last.count > 1, last.hasSuffix("-"), last.dropLast().last?.isLetter == true,
               w.first?.isLowercase == true {
                out[out.count - 1] = String(last.dropLast()) + w
            } else {
                out.append(String(w))
            }
        }
        return out
    }

    /// The left edge of the first gap of at least `columnGapFraction` font sizes that no word
    /// spans, with words on both sides: where a label's cell ends.
    static func firstRiver(_ sortedWords: [Word], within lines: [TextLine] = []) -> Double? {
        rivers(sortedWords, within: lines, firstOnly: true).first?.left
    }

    /// The gaps of at least `columnGapFraction` font sizes that no word spans, with words on both
    /// sides, left to right: each from the words' right edge before it to the next word's left.
    static func rivers(_ sortedWords: [Word], within lines: [TextLine] = [], minimumGap: Double = columnGapFraction,
                       firstOnly: Bool = false) -> [(left: Double, right: Double)] {
        guard var right = sortedWords.first?.box.x1 else { return [] }
        // A justified line's widened spaces are no river (“Genel      Top-” over “lam”).
        let spaces = lines.isEmpty ? [] : JustifiedSpacing.spaces(in: lines, minimumWords: JustifiedSpacing.minimumWords)
        var found: [(left: Double, right: Double)] = []
        for w in sortedWords.dropFirst() {
            if w.box.x0 - right >= minimumGap * w.scale,
               !spaces.contains(where: { $0.lowerBound <= right && $0.upperBound >= w.box.x0 }) {
                found.append((right, w.box.x0))
                if firstOnly { return found }
            }
            right = max(right, w.box.x1)
        }
        return found
    }

    /// The words left of the row's first river (the whole row when there is none).
    static func firstCell(_ band: RowBand) -> Cell {
        let words = band.words.sorted { $0.box.x0 < $1.box.x0 }
        guard let river = firstRiver(words, within: band.lines) else { return Cell(words: band.words) }
        return Cell(words: band.words.filter { $0.box.x1 <= river })
    }

    /// The rest of a labelled row's value in a row of its own under it, its label cell empty: the
    /// new page's first row where a page break carried it over (“Performans Hedefi:” | “Kentsel
    /// dönüşüm alanlarının” / page break / “dönüştürülmesi.”), or the next row on the same page,
    /// set at the value's left edge, where a workbook goes on with a long text in the row below.
    /// It has no label of its own, no amounts, no table's start, every word right of the label's
    /// cell above. A value left empty (“Açıklamalar:”) has nothing to continue.
    static func continuesValue(_ band: RowBand, after previous: RowBand, value: String, in bands: [RowBand], at i: Int) -> Bool {
        guard !value.isEmpty, GoalContext.row(band) == nil, !GoalTableReader.hasAmounts(band),
              !HeaderBlock.isGroupRow(band) else { return false }
        // A justified label cell may run close to its value: then the narrower gap parts them.
        let sorted = previous.words.sorted { $0.box.x0 < $1.box.x0 }
        let labelRight = firstRiver(sorted, within: previous.lines)
            ?? rivers(sorted, within: previous.lines, minimumGap: pairGapFraction, firstOnly: true).first?.left ?? .infinity
        guard band.words.allSatisfy({ $0.box.x0 > labelRight }) else { return false }
        if band.page == previous.page {
            // On the same page, only text standing where the value above starts (no other table's cell).
            guard let valueLeft = previous.words.lazy.filter({ $0.box.x0 > labelRight }).map(\.box.x0).min(),
                  let left = band.words.map(\.box.x0).min(), let scale = band.words.first?.scale,
                  abs(left - valueLeft) <= carriedAlignment * scale, GoalHeading.readAll(band).isEmpty else { return false }
        }
        return TableStart.kind(bands, at: i) == nil
    }
    /// A value's rest in the row below starts where the value does, within this many font sizes.
    static let carriedAlignment = 0.5

    /// A dash printed between a heading's code and its text (“–”, “—”, “-”).
    static func isDash(_ token: String) -> Bool {
        !token.isEmpty && token.allSatisfy { $0 == "-" || $0 == "–" || $0 == "—" }
    }

    /// A value holds words, not only figures (a cost line “Hedef | 1.234” is no target), nor
    /// a run of codes (a matrix's header “Hedef | D1- D2- D3- …”).
    static func hasText(_ words: [Word]) -> Bool {
        let ordered = LineGrouping.lines(from: words).flatMap(\.words)
        guard let first = ordered.first, CodeReader.code(first.text) == nil || ordered.count > 1 && CodeReader.code(ordered[1].text) == nil
        else { return false }
        let codes = ordered.filter { CodeReader.code($0.text) != nil }.count
        return words.contains { w in w.text.filter(\.isLetter).count >= 2 } && Double(codes) <= maximumCodeShare * Double(ordered.count)
    }
    /// Words that are all labels' own (“Stratejik Amaç” | “Stratejik Hedef” | “Performans Hedefi”):
    /// the header of a table listing the levels, no level's text.
    static func namesOnlyLabels(_ words: [Word]) -> Bool {
        words.allSatisfy { isLabelWord($0.text) }
    }

    /// A text holds few codes: more than this share of its words make a list of codes.
    static let maximumCodeShare = 0.25

    /// An aim, target or goal whose label carries no code may print it first in the value
    /// (“Stratejik Amaç:” | “1 Şehrimizin…”, “PERFORMANS HEDEFİ: H4.1 …”).
    func withCodeFromValue() -> LabelledRow {
        // The value's first word, and whether another follows (`value.split(separator: " ")`'s
        // first and count > 1, without splitting the whole text).
        let opening = value.drop { $0 == " " }
        let first = opening.prefix { $0 != " " }
        guard labelCode.isEmpty, GoalContext.levels.contains(label),
              !first.isEmpty, let code = CodeReader.levelCode(String(first)),
              opening.dropFirst(first.count).contains(where: { $0 != " " }) else { return self }
        // A year opening the text is the text's (“2024 yılında…”).
        if let n = Int(code), ProgramYear.isPlausible(n) { return self }
        var row = self
        row.labelCode = code
        var rest = value.dropFirst(first.count).drop { $0 == " " }
        // “1 – Şehrimizin…”: the dash between the code and the text is neither's.
        if let dash = rest.split(separator: " ").first, Self.isDash(String(dash)) { rest = rest.dropFirst(dash.count).drop { $0 == " " } }
        row.value = String(rest)
        return row
    }
}

import Foundation

extension RowBand {
    /// The band with only the words `keep` keeps, on the lines that keep any: one of the cells
    /// set side by side in it.
    func part(_ keep: (Word) -> Bool) -> RowBand {
        let kept = lines.compactMap { line -> TextLine? in
            let words = line.words.filter(keep)
            return words.isEmpty ? nil : TextLine(words: words)
        }
        return RowBand(page: page, lines: kept, separatedBy: separatedBy, verticalRules: verticalRules, crossingRules: crossingRules)
    }
}
