import Dataset
import PageLayout
import TableGeometry

/// A run of data rows under one header: the header's columns, with boundaries placed
/// from the data on each page (a continued table may sit differently on the next page).
struct TableSection {
    var columns: [Column]
    var rows: [TableRow]
    /// The column of the rows' codes printed under no title between two titled columns
    /// (`untitledCodes`), where there is one.
    var untitledCodeColumn: Int? = nil

    /// How the body writes its figures (`FigureNotation`).
    var notation = FigureNotation()

    /// The page of the table's header: where a diagnostic points when no body row follows it
    /// (a header left at a page's foot, its rows never printed).
    var headerPage = 0

    /// The page a diagnostic on the table names: its first row's, else its header's.
    var page: Int { rows.first?.page ?? headerPage }

    /// The diagnostic where the body's notation could not be decided (`FigureNotation.note`).
    func notationNote(table: String, values: Bool = false) -> String? {
        notation.note(page: page, table: table, values: values)
    }

    /// `header` gives the columns; `data` are the rows under it, possibly over several pages,
    /// possibly with the header repeated (such repeats are passed in `data` too and dropped).
    /// A row `isTotal` says closes the table has its label span the key columns (“Genel Toplam”
    /// across “No” and “Faaliyetler”): only its figures place the boundaries, or its label would
    /// hide the white space between a code column and the name.
    static func build(header: RowBand, data: [RowBand], isRepeatedHeader: (RowBand) -> Bool,
                      isTotal: (RowBand) -> Bool = { _ in false }) -> TableSection {
        // The body under the header shows where cells run together in the header: its rows on
        // the first page it reaches (the next page, for a header left at the foot of a page).
        let bodyPage = data.first?.page ?? header.page
        let bodyRows = data.prefix { $0.page == bodyPage && !isRepeatedHeader($0) }
        let body = bodyRows.flatMap(\.words)
        // The body's justified lines are looked for once: its rivers part the header, and the
        // first page's boundaries are mostly placed among the same words.
        let bodyWidened = ColumnBoundaries.widenedSpaces(body)
        var columns = groupsPlaced(body.isEmpty ? header.headerColumns
                                   : HeaderColumns.columns(header: header, body: body, bodyWidened: bodyWidened), body: body)
        if let corner = blankCorner(columns, header: header, body: body, bodyWidened: bodyWidened) { columns.insert(corner, at: 0) }
        // Only where no column's title names the rows' codes, nor their goal's (a list over all goals,
        // its codes left-aligned clear of the title: `GoalCodeColumn`): a table keys its rows once.
        let keyed = TableSection(columns: columns, rows: []).codeColumn != nil || GoalCodeColumn.index(.goalCode, in: columns) != nil
        let untitledCodeColumn = keyed ? nil
            : untitledCodes(columns, body: bodyRows.prefix { !isTotal($0) }, bodyRows: bodyRows.count, bodyWidened: bodyWidened)
        if let (k, column) = untitledCodeColumn { columns.insert(column, at: k) }
        var rows: [TableRow] = []
        var pageRun: [RowBand] = []
        // Recorded only when a trace is asked for (`perfprog inspect`).
        let recorder = TraceRecorder.current
        var grids: [PageGrid] = [], repeats: [RowBand] = []
        // The repeated header just passed: its lower row (cells merged over both rows set at
        // their top leave it apart, `HeaderBlock.isLowerRow`) is repeated with it.
        var repeated: RowBand?
        func flush() {
            guard !pageRun.isEmpty else { return }
            let words = pageRun.flatMap { band in isTotal(band) ? band.words.filter { TurkishNumber.amount($0.text) != nil } : band.words }
            let bounds = ColumnBoundaries.boundaries(columns: columns, dataWords: words,
                                                     drawnEdges: ColumnBoundaries.drawnEdges(of: pageRun),
                                                     widened: words == body ? bodyWidened : nil)
            if recorder != nil { grids.append(PageGrid(page: pageRun[0].page, columns: columns, boundaries: bounds)) }
            rows += CellSplitter.split(pageRun, boundaries: bounds)
            pageRun.removeAll()
        }
        for band in data {
            defer { repeated = isRepeatedHeader(band) ? band : nil }
            if let header = repeated, header.page == band.page, !GoalTableReader.hasAmounts(band),
               !HeaderBlock.opensWithRowCode(band), HeaderBlock.isLowerRow(band, under: header) {
                continue
            }
            if isRepeatedHeader(band) {
                // Its group row (the years over the kinds of value) is repeated with it.
                if let last = pageRun.last, last.page == band.page, HeaderBlock.isGroupRow(last) { pageRun.removeLast() }
                flush()
                if recorder != nil { repeats.append(band) }
                // A repeated header may sit differently on the new page; the first header's
                // titles stay (a repeat can be cut short or printed without its group row).
                let repeated = band.headerColumns
                if repeated.count == columns.count {
                    for k in columns.indices { columns[k].x0 = repeated[k].x0; columns[k].x1 = repeated[k].x1 }
                }
                continue
            }
            if let last = pageRun.last, last.page != band.page { flush() }
            pageRun.append(band)
        }
        flush()
        recorder?.record(section: TracedSection(header: header, grids: grids, rows: rows, repeatedHeaders: repeats))
        // The notation its figures are written in, from the body as a whole.
        let notation = FigureNotation.of(rows)
        if notation.enUSAmounts { for k in rows.indices { rows[k].enUSFigures = true } }
        return TableSection(columns: columns, rows: rows, untitledCodeColumn: untitledCodeColumn?.index, notation: notation,
                            headerPage: header.page)
    }

    /// A column of the rows' codes under no title between two titled columns (“Açıklama” | | “Faaliyetler”:
    /// the “No” left blank, a column printed before it): a block of the body's words parted from the
    /// rest by white-space rivers, clear of every title and standing between two, its words one a row,
    /// each a lettered code (“F1”, “PG1.1.1”), or all together the rows' numbering 1, 2, 3, … each
    /// before a word of text (the name it keys). Without
    /// it the codes join the column on their left, whose reading they would shift. (A code column
    /// left of the first title joins the name, which `RowKey` splits: never looked for here.)
    /// Returns the column and where it goes among `columns`.
    /// `bodyWidened`: the justified lines' spaces among the words of the first `bodyRows` rows, found
    /// by the caller: they are these rows' where no total row was left out.
    static func untitledCodes(_ columns: [Column], body: ArraySlice<RowBand>, bodyRows: Int = 0,
                              bodyWidened: [ClosedRange<Double>]? = nil) -> (index: Int, column: Column)? {
        guard columns.count >= 2, !body.isEmpty else { return nil }
        let words = body.flatMap(\.words)
        for block in RowRivers.blocks(of: words, widened: body.count == bodyRows ? bodyWidened : nil) {
            guard let k = columns.indices.dropLast().first(where: { columns[$0].x1 <= block.x0 && block.x1 <= columns[$0 + 1].x0 }) else { continue }
            let inside = body.map { band in band.words.filter { $0.box.midX >= block.x0 && $0.box.midX <= block.x1 } }
            guard inside.allSatisfy({ $0.count <= 1 }) else { continue }
            let codes = inside.compactMap(\.first).map(\.text)
            guard !codes.isEmpty else { continue }
            let lettered = codes.allSatisfy { $0.first?.isLetter == true && CodeReader.levelCode($0) != nil }
            // Numbers key the text after them: the row's next word right of them opens with a letter
            // (a figure column's values, set clear of a title centred over them, key nothing).
            let keyed = body.filter { band in band.words.contains { $0.box.midX >= block.x0 && $0.box.midX <= block.x1 } }
            let numbering = codes.enumerated().allSatisfy { n, text in text == String(n + 1) } && keyed.allSatisfy { band in
                band.words.filter { $0.box.x0 > block.x1 }.min { $0.box.x0 < $1.box.x0 }?.text.first?.isLetter == true
            }
            if lettered || numbering { return (k + 1, Column(x0: block.x0, x1: block.x1, title: "")) }
        }
        return nil
    }

    /// The column under a blank corner cell: a header that names only figure columns (each
    /// source over its amount and share) leaves the corner over the rows' labels empty, as summary
    /// tables print “Genel Toplam” and the program lines under no title, and the labels would join
    /// the first figure column. Body words standing wholly left of the first column, parted from
    /// it by a rule the header draws or by a white-space river of the body, are a column of their
    /// own, untitled, when the first column holds figures only. A code there (an indicator's
    /// number under a blank cell) makes them the rows' keys, read with the first column (`RowKey`).
    static func blankCorner(_ columns: [Column], header: RowBand, body: [Word], bodyWidened: [ClosedRange<Double>]) -> Column? {
        guard let first = columns.first, !body.isEmpty else { return nil }
        let tolerance = ColumnBoundaries.ruleAlignmentFraction * (header.words.map(\.scale).max() ?? 0)
        let edge: Double
        if let rule = header.verticalRules.filter({ $0 < first.x0 - tolerance }).max() {
            edge = rule + tolerance
        } else if let block = RowRivers.blocks(of: body, widened: bodyWidened).first, block.x1 < first.x0 - tolerance {
            edge = block.x1
        } else {
            return nil
        }
        let next = columns.count > 1 ? columns[1].x0 : .infinity
        let under = body.filter { $0.box.x0 >= edge && $0.box.midX < next }
        guard under.contains(where: { TurkishNumber.amount($0.text) != nil }), under.allSatisfy(isFigureWord) else { return nil }
        let left = body.filter { $0.box.x1 <= edge }
        guard !left.contains(where: { RowKey.isCode($0.text) }), let x0 = left.map(\.box.x0).min(),
              let x1 = left.map(\.box.x1).max() else { return nil }
        return Column(x0: x0, x1: x1, title: "")
    }

    /// A word of a figure cell: an amount, its currency (“TL”), or a sign alone (“₺”, “-” for zero).
    static func isFigureWord(_ word: Word) -> Bool {
        if TurkishNumber.amount(word.text) != nil { return true }
        let f = Lexicon.fold(word.text)
        return f.isEmpty || Lexicon.names(.currency, .columnHeader, f, .whole)
    }

    /// A group header (“Ekonomik Kod”, “Kaynak İhtiyacı”) centred over narrow member cells
    /// (vertical header text) or between wide ones touches none of them and reads as a column of its own: standing
    /// between two columns and clear of both, it names their group instead — unless the body's
    /// figures stand under it rather than under them: then it heads a column of its own (“Faaliyet Adı |
    /// Kaynak (TL) | Sorumlu Birim”, the money between two columns of text).
    static func groupsPlaced(_ columns: [Column], body: [Word] = []) -> [Column] {
        var out = columns
        var k = 1
        while k < out.count - 1 {
            let f = Lexicon.fold(out[k].title)
            let isGroup = Lexicon.names(.economicCode, .columnHeader, f, .whole) || Lexicon.names(.resources, .columnHeader, f, .leading)
            // Clear of a neighbour: overlapping it by less than stacked phrases do (a glyph's box
            // reaches past its ink: a spreadsheet's merged “Ekonomik Kod” centred over two wide
            // titles touches the left one's box by 0.8 pt).
            let clear = HeaderColumns.stackOverlap
            if isGroup, out[k].group == nil, out[k - 1].x1 < out[k].x0 + clear, out[k + 1].x0 > out[k].x1 - clear,
               !headsFigures(out[k], between: out[k - 1], and: out[k + 1], body: body) {
                for j in [k - 1, k + 1] { out[j].group = [out[j].group, out[k].title].compactMap { $0 }.joined(separator: " ") }
                out.remove(at: k)
            } else {
                k += 1
            }
        }
        return out
    }

    /// Whether more of the body's figures stand under `column` alone than under its neighbours:
    /// a group's members hold its figures, a column its own.
    static func headsFigures(_ column: Column, between left: Column, and right: Column, body: [Word]) -> Bool {
        func under(_ c: Column, _ w: Word) -> Bool { w.box.x0 < c.x1 && w.box.x1 > c.x0 }
        var own = 0, neighbours = 0
        for w in body where TurkishNumber.amount(w.text) != nil {
            if under(left, w) || under(right, w) { neighbours += 1 } else if under(column, w) { own += 1 }
        }
        return own > neighbours
    }

    /// Columns whose meaning the reader did not know, as a diagnostic: “page 41: indicator
    /// table column 'Zorluk Derecesi' not understood, its cells (not read)”. Never defaulted to a meaning.
    /// `understood` holds the name column too, wherever it stands.
    func unknownColumns(understood: Set<Int>, table: String) -> [String] {
        columns.indices.filter { !understood.contains($0) }.map { k in
            let heading = [columns[k].group, columns[k].title].compactMap { $0 }.joined(separator: " ")
            return LeftUnread.note("page \(page): \(table) column '\(heading)' not understood, its cells")
        }
    }

    /// A column's title folded, then with the group over it: a title whose first line is much
    /// wider than the rest (“Raporlama” over “Sıklığı”) is taken for a group, so where the
    /// title alone names nothing the words above it count too.
    private func readings(_ k: Int) -> [String] {
        let title = Lexicon.fold(columns[k].title)
        guard let group = columns[k].group else { return [title] }
        return [title, Lexicon.fold(group + " " + columns[k].title)]
    }

    /// The column of the rows' own codes, under a title of its own (“Gösterge Kodu”, “No”); a
    /// code column under no title is part of the name column's (`RowKey` splits it off), or, standing
    /// between two titled columns, a column of its own (`untitledCodes`).
    var codeColumn: Int? {
        columns.indices.first { k in
            let r = readings(k)
            // “Kod” under “Ekonomik” is the economic code's column, no row's own.
            return r.contains { Lexicon.names(.rowCode, .columnHeader, $0, .whole) }
                && !r.contains { Lexicon.names(.economicCode, .columnHeader, $0, .within) }
        } ?? untitledCodeColumn
    }

    /// The column naming the rows' subject (the indicator, the activity), wherever extra
    /// columns put it: the first other than the code column whose title `names` it, else the
    /// first other than the code column.
    func subjectColumn(names: (String) -> Bool) -> Int {
        let code = codeColumn
        let candidates = columns.indices.filter { $0 != code }
        return candidates.first { readings($0).contains(where: names) } ?? candidates.first ?? 0
    }

    /// Columns whose title names one of `concepts`: known columns a reader leaves on purpose.
    func columns(naming concepts: [Lexicon.Concept]) -> Set<Int> {
        Set(columns.indices.filter { k in
            readings(k).contains { f in concepts.contains { Self.namesKnownColumn($0, f) } }
        })
    }

    /// A column the reader knows and leaves is named by a phrase of its concept of two words or
    /// more standing in its title (“Plan Dönemi Başlangıç Değeri”, “Sorumlu Birim”), or by a
    /// one-word phrase as its whole title (“Açıklamalar”): one word inside a longer title names
    /// another column (“Birim” of “Birim Fiyatı (TL)”), which is reported, never left quietly.
    static func namesKnownColumn(_ concept: Lexicon.Concept, _ folded: String) -> Bool {
        // The title's bytes opened once for every phrase (asked of every column for every concept).
        var title = folded
        return title.withUTF8 { t in
            knownColumnRoles.contains { role in
                Lexicon.phrases(concept, role).contains { phrase in
                    phrase.matches(t, phrase.isSeveralWords ? .within : .whole)
                }
            }
        }
    }
    private static let knownColumnRoles: [Lexicon.Role] = [.columnHeader, .rowLabel]

    /// A row's code and name: the code from the code column where one stands, else split off
    /// the front of the name cell (`RowKey`), `next` being the table's next number.
    func key(of row: TableRow, name: Int, code: Int?, next: Int) -> (code: String?, text: String) {
        guard let code else { return RowKey.split(row.cells[name], next: next) }
        let printed = TextNormalization.collapse(row.text(code))
        // A code column left empty where the row prints its code inline (“F1 …” in the name
        // cell): the name's own code, never by its number alone (a continued name's “2 adet”).
        guard !printed.isEmpty else { return RowKey.split(row.cells[name]) }
        // A code column holds codes alone: a level's letters hyphened to its numbers there
        // (“PG-1.1.1”) are its code, read as the spaced form is; in a name cell they are words.
        if let levelCode = CodeReader.levelCode(printed) { return (levelCode, row.cells[name].text) }
        // A code cell holding its code and more: the boundary fell inside the name (a narrow code
        // column beside a name column whose title stands centred far right, the names short): the
        // code set apart opens it, and the words after it open the name.
        let split = RowKey.split(row.cells[code], next: next)
        if let key = split.code, !split.text.isEmpty {
            return (key, WrappedText.join([split.text, row.cells[name].text]))
        }
        return (printed, row.cells[name].text)
    }

    /// Whether column `k`'s group stands over it alone: a title wrapped over two header lines
    /// (“Kaynak” over “(TL)”) set apart as a group, group and title read as one title.
    func groupCoversOnly(_ k: Int) -> Bool {
        guard let group = columns[k].group else { return false }
        return !columns.indices.contains { $0 != k && columns[$0].group == group }
    }

    func column(where predicate: (String) -> Bool) -> Int? {
        columns.firstIndex { predicate(Lexicon.fold($0.title)) }
    }
}

/// Splits a leading code off a cell: a key in its own column (“1” left of the name) or an
/// inline code (“F1 Deniz yüzey…”, “PG1.1.1 …”).
enum RowKey {
    /// A key stands apart from the text beside it by at least this many font sizes.
    /// (Wrapped lines of the text all start right of the key, so the gap is measured to the
    /// leftmost of them; an inline code such as “F1” has the wrapped lines under it.)
    static let separateKeyGapFraction = 0.6

    static func isCode(_ s: String) -> Bool { CodeReader.code(s) != nil }

    /// A code set at a word space before the name shows it is one: a letter, a dot or
    /// brackets (“F1”, “1.2”, “1.”, “(1)”); a bare number is the name's own first word.
    static func isInlineCode(_ s: String) -> Bool {
        s.first?.isLetter == true || s.contains(".") || s.hasPrefix("(")
    }

    /// `split`, and a bare number set at a word space before the name when it is the next
    /// number of the table's own numbering (“1 İmar planı…” as the first row): numbering tells
    /// a code from a name's first word (“5326 sayılı kanun” continues no numbering).
    static func split(_ cell: Cell, next: Int) -> (code: String?, text: String) {
        let lines = cell.lines
        let plain = split(cell, lines: lines)
        guard plain.code == nil, let first = lines.first?.words.first, CodeReader.code(first.text) == String(next),
              first.text.allSatisfy({ $0.isNumber || $0 == "." }), cell.words.count > 1 else { return plain }
        return (String(next), Cell(words: cell.words.filter { $0 != first }).text)
    }

    static func split(_ cell: Cell) -> (code: String?, text: String) { split(cell, lines: cell.lines) }

    /// `split` of a cell whose lines are known (`cell.lines`: they are grouped from its words on each ask).
    private static func split(_ cell: Cell, lines: [TextLine]) -> (code: String?, text: String) {
        guard !cell.words.isEmpty else { return (nil, "") }
        // A separate key: the leftmost word, a code, clear of every other word. Set apart in
        // its own place, a level's hyphened code (“PG-1.1.1”) is one, as in a code column.
        if let key = cell.words.min(by: { $0.box.x0 < $1.box.x0 }), let keyCode = CodeReader.levelCode(key.text) {
            let others = cell.words.filter { $0 != key }
            let minOther = others.map(\.box.x0).min() ?? .infinity
            // The text beside it starts right of it on every line, and goes on over it: a cell
            // centred in its row sets the key beside the name's middle line, a padding away. A
            // key on the name's first line is the name's first word (a centred “5393 sayılı …”
            // whose shorter next line starts right of the number).
            let wrapsBesideIt = others.contains { $0.box.y1 <= key.box.midY }
            if minOther - key.box.x1 >= separateKeyGapFraction * key.scale || (wrapsBesideIt && minOther > key.box.x1) {
                return (keyCode, Cell(words: others).text)
            }
        }
        // An inline code has a letter prefix or a dot (“F1”, “PG1.1.1”, “1.2”); a bare number
        // set at a word space is the name's own first word (“5326 sayılı kanun”, “2 adet”).
        if let first = lines.first?.words.first, isCode(first.text), isInlineCode(first.text) {
            let others = cell.words.filter { $0 != first }
            return (CodeReader.code(first.text), Cell(words: others).text)
        }
        return (nil, WrappedText.join(lines: lines))
    }
}

/// When a row is the rest of the row above it rather than a row of its own.
enum RowContinuation {
    /// A row without its own code continues the last one when it opens a new page (the page
    /// break cut the row) or carries no figures of its own (more of a wrapped cell).
    static func continuesPrevious(code: String?, page: Int, previousPage: Int, hasFigures: Bool) -> Bool {
        code == nil && (page != previousPage || !hasFigures)
    }
}
