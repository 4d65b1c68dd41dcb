import Dataset
import PageLayout
import TableGeometry

/// A goal table (PERFORMANS HEDEFİ TABLOSU) as read, before ids are given.
struct GoalDraft {
    var page: Int
    var labels: [Lexicon.Label: LabelledRow] = [:]
    var indicators: [Indicator] = []
    var activities: [Activity] = []
    var statedTotal: BudgetSplit?
    var notes: [String] = []
    /// The target was named for this table alone (in its own rows, or outside it since the goal
    /// table before) and no goal was: the document makes the target the goal (“Hedef 1.7.5: …”),
    /// unless the document's targets serve several tables (`TargetGoals`).
    var targetNamesTheGoal = false
    /// Why the goal, naming no goal of its own, is coded by its position (for the trace).
    var positionReason: PositionReason?
    /// The indicator table's column headed by a year alone, taken for the target until the
    /// program's year is known; and the years whose target a kind word names (`BareYearColumn`).
    var bareYear: BareYearColumn?
    var namedTargetYears: Set<Int> = []
    /// The unit a note line over the table states for its amounts (“Tutarlar bin TL'dir”, `AmountScale.noted`).
    var notedScale: AmountScale?
    /// The unit the activity table states (its header's, else the note's), and the page it stands on.
    var activityScale = AmountScale.unstated
    var activityPage: Int?
    /// Indicators and activities of lists over all goals, keyed by the goal's code in a column of
    /// their own (`GoalCodeColumn`): each goal's, to be joined to the goal of that code.
    var goalCoded: [GoalCodedRows] = []

    /// How a goal named by no label or heading came to be coded by its position.
    enum PositionReason: Equatable {
        /// The target named over it serves other goal tables too: it stands for no goal.
        case targetServesSeveral(target: String)
        /// The target named over it alone would stand for its goal, but the document's goals
        /// go by position already (a goal table before it named none, or shared its target).
        case goalsByPosition(target: String)
        /// Its target stood for its goal until the goal table on `page` showed that the
        /// document's targets serve several goals: the goals drafted were coded again.
        case recoded(target: String, page: Int)
    }
}

/// Reads a goal table: labelled rows, then the indicators (Performans Göstergeleri) and
/// the activities (Faaliyetler) with their “Genel Toplam”.
enum GoalTableReader {
    /// “Performans Göstergeleri”, possibly wrapped over two lines of the header; never a sentence
    /// naming them (a goal's explanation: “… izlenecek performans göstergeleri …”).
    static func isIndicatorHeader(_ band: RowBand) -> Bool {
        band.remembered(.indicatorHeader) { band in
            Lexicon.names(.indicator, .columnHeader, band.folded, .within) && LabelledRow.read(band) == nil
                && !RunningText.isRunningText(band)
        }
    }
    static func isActivityHeader(_ band: RowBand) -> Bool { band.remembered(.activityHeader, isActivityHeaderAfresh) }
    private static func isActivityHeaderAfresh(_ band: RowBand) -> Bool {
        // Most rows hold no word of these phrases: their words need not be folded one by one.
        guard activityOpenings.occur(in: band.folded) else { return false }
        // A row with amounts is data: asked before the cells' columns are found (`namesActivityInACell`).
        guard !hasAmounts(band) else { return false }
        let named = band.lines.contains { line in
            line.words.contains { Lexicon.names(.activity, .columnHeader, Lexicon.fold($0.text), .whole) }
                || Lexicon.names(.activity, .columnHeader, afterRowCodeTitle(Lexicon.fold(line.text)), .leading)
        } || namesActivityInACell(band) || namesActivityAlone(band)
        // A sentence naming activities (“… yürütülecek faaliyetler …”, a goal's explanation) is no header.
        // A heading “Faaliyetler” set in one band over an activity card's number (“Faaliyet No: 1”) heads cards, no table.
        return named && !isIndicatorHeader(band) && LabelledRow.read(band) == nil && !GoalCaption.namesTableOnly(band)
            && !RunningText.isRunningText(band) && ActivityCard.code(band) == nil
    }

    /// A header line's folded text past the title of a code column that opens it (“No Faaliyet /
    /// Proje Adı Bütçe …”: the activities' title of several words, its slash spaced, stands after
    /// the rows' numbers' title, not at the line's start), else the text itself.
    static func afterRowCodeTitle(_ folded: String) -> String {
        guard let phrase = Lexicon.leadingPhrase(.rowCode, .columnHeader, folded) else { return folded }
        return folded.split(separator: " ").dropFirst(phrase.wordCount).joined(separator: " ")
    }

    /// The words that open every phrase `isActivityHeaderAfresh` looks for.
    private static let activityOpenings = Lexicon.Openings([(.activity, .columnHeader), (.activity, .shortForm), (.activity, .text)])

    /// A narrow cell wraps its title over lines (“Faaliyet” / “ve” / “Projeler”): the column
    /// titles, read cell by cell, name the concept where no line does. A title's first line much
    /// wider than the rest (“Faaliyet” over “Adı”) is taken for a group: the words above it count too.
    static func namesActivityInACell(_ band: RowBand) -> Bool {
        guard band.lines.count > 1, Lexicon.names(.activity, .text, band.folded, .within) else { return false }
        return band.headerColumns.contains { c in
            [c.title, (c.group ?? "") + " " + c.title].contains { Lexicon.names(.activity, .columnHeader, Lexicon.fold($0), .leading) }
        }
    }

    /// A column titled by the bare word (“FAALİYET”, “Proje”), which elsewhere opens other
    /// titles, beside other columns (alone it is a line of text).
    static func namesActivityAlone(_ band: RowBand) -> Bool {
        guard Lexicon.names(.activity, .shortForm, band.folded, .within) else { return false }
        let columns = band.headerColumns
        return columns.count >= TableStart.minimumColumns
            && columns.contains { Lexicon.names(.activity, .shortForm, Lexicon.fold($0.title), .whole) }
    }

    /// Header rows hold no amounts; an activity named “… faaliyetler” with its amounts is data.
    /// (Asked of a row by many readers, a table's start and end among them: kept with the row.)
    static func hasAmounts(_ band: RowBand) -> Bool { band.remembered(.hasAmounts, hasAmountsAfresh) }
    private static func hasAmountsAfresh(_ band: RowBand) -> Bool {
        band.words.contains { w in
            // An amount holds a comma or a dot: most words hold neither, told from their bytes.
            var text = w.text
            // An en-US figure holding two marks no Turkish figure writes (“1,234,567”) is one too (`FigureNotation`).
            return text.withUTF8 { $0.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } }
                && (TurkishNumber.amount(w.text) != nil || TurkishNumber.notation(of: w.text).map { $0.notation == .enUS && $0.strong } == true)
        } || band.lines.contains { SpacedFigure.occurs(in: $0.words) }   // or is grouped with spaces (“1 700 000”)
    }
    /// A table ends at the next table's title even when its own last row is missing.
    static func isTitle(_ band: RowBand) -> Bool { DocumentRows.title(band) != nil }

    /// An “Açıklamalar:” row, or the label alone with its colon left off and nothing beside it.
    static func isExplanation(_ band: RowBand) -> Bool {
        // Both name the label by a phrase of its own, whose first word the row's folded text
        // then holds (a level read without a colon is no explanation): most rows hold none,
        // and are not read as labelled rows here.
        guard explanationOpenings.occur(in: band.folded) else { return false }
        return LabelledRow.read(band)?.label == .explanation
            || Lexicon.names(.explanation, .rowLabel, band.folded, .whole)
    }
    /// The words that open the explanation label's phrases.
    private static let explanationOpenings = Lexicon.Openings([(.explanation, .rowLabel)])

    /// “Genel Toplam” opening the row, or filling its first cell when that cell wraps around
    /// the row's amounts (“Genel” / amounts / “Toplam”).
    static func isGrandTotal(_ band: RowBand) -> Bool { band.remembered(.grandTotal, isGrandTotalAfresh) }
    private static func isGrandTotalAfresh(_ band: RowBand) -> Bool {
        // Most rows hold no word of these phrases: their first cell need not be read.
        guard totalOpenings.occur(in: band.folded) else { return false }
        if Lexicon.names(.grandTotal, .totalRow, band.folded, .leading) { return true }
        // A goal's total naming the goal by its code among its words (“Performans Hedefi 1 Toplamı”,
        // a list over all goals closing each goal's rows).
        if Lexicon.names(.grandTotal, .totalRow, withoutLevelCode(band.folded), .leading) { return true }
        // Read once: the first cell is cut from the row's words afresh on each call.
        let firstCell = Lexicon.fold(LabelledRow.firstCell(band).text)
        return Lexicon.names(.grandTotal, .totalRow, firstCell, .whole)
            || Lexicon.names(.grandTotal, .totalRow, Lexicon.fold(label(of: band)), .leading)
            // The bare “Toplam” closes a goal's activities only as its whole first cell (an activity
            // may begin so: “Toplam kalite…”).
            || Lexicon.names(.total, .rowLabel, firstCell, .whole)
    }

    /// Folded words without the code standing among them after the first (“performans hedefi h1 1
    /// toplami …” → “performans hedefi toplami …”): the first run of words holding a digit after a word without one.
    static func withoutLevelCode(_ folded: String) -> String {
        let words = folded.split(separator: " ")
        func holdsDigit(_ w: Substring) -> Bool { w.utf8.contains { $0 &- UInt8(ascii: "0") < 10 } }
        guard let k = words.firstIndex(where: holdsDigit), k > 0 else { return folded }
        let end = words[k...].firstIndex { !holdsDigit($0) } ?? words.endIndex
        return (words[..<k] + words[end...]).joined(separator: " ")
    }

    /// “Ara Toplam”: a row adding up the rows above it inside a table. It is no activity nor cost
    /// row, and the table goes on under it; the table's own total follows.
    static func isSubtotal(_ band: RowBand) -> Bool {
        guard subtotalOpenings.occur(in: band.folded) else { return false }
        return Lexicon.names(.subtotal, .totalRow, band.folded, .leading)
            || Lexicon.names(.subtotal, .totalRow, Lexicon.fold(label(of: band)), .leading)
    }
    private static let subtotalOpenings = Lexicon.Openings([(.subtotal, .totalRow)])

    /// The words that open every phrase `isGrandTotalAfresh` looks for.
    private static let totalOpenings = Lexicon.Openings([(.grandTotal, .totalRow), (.total, .rowLabel)])

    /// A row's words without its figures (and their currency and dashes): a total row's label wrapped in a narrow cell
    /// (“Hedef” over “Toplamı”, the amounts on the first line) reads whole.
    static func label(of band: RowBand) -> String {
        guard band.lines.count > 1 else { return band.text }
        // The first word stays: a row's own code (“5 Hedef …”) is no figure.
        let words = band.words
        // Figures go with their marks: a dash for zero, a currency printed beside them ("TL 1.200.000", "₺").
        // Each word is folded once, for both questions.
        return ([words[0]] + words.dropFirst().filter { w in
            guard w.text != "-", TurkishNumber.amount(w.text) == nil else { return false }
            let folded = Lexicon.fold(w.text)
            return !(Lexicon.isFoldedWord(folded, .currency, .columnHeader) || folded.isEmpty)
        })
            .map(\.text).joined(separator: " ")
    }

    /// A labelled row of the budget's program classification (“Program:”, “Alt Program:”, “Alt
    /// Program Hedefi:”) over the goal, stated unread: it names no aim or target of the plan, and
    /// no field holds it. Its label is the text before the row's first colon, or its first cell
    /// (a cell of its own, wrapped there too), whole: a sentence opening with “Program …” is none.
    static func programLevel(_ band: RowBand) -> String? {
        guard programLevelOpenings.occur(in: band.folded) else { return nil }
        let text = band.text
        let beforeColon = TextBytes.firstIndex(of: ":", in: text).map { Lexicon.fold(String(text[..<$0])) }
        guard beforeColon.map({ Lexicon.names(.programLevel, .rowLabel, $0, .whole) }) == true
                || Lexicon.names(.programLevel, .rowLabel, Lexicon.fold(LabelledRow.firstCell(band).text), .whole)
        else { return nil }
        return LeftUnread.note("page \(band.page): \(programLevelStatement) '\(text.prefix(60))', which no field holds")
    }
    private static let programLevelOpenings = Lexicon.Openings([(.programLevel, .rowLabel)])
    /// How a program level left unread is stated.
    static let programLevelStatement = "program classification row"

    /// A row set as one cell (or two): a caption, no header of columns (`HeaderBlock.minimumColumns`).
    static func isCaptionLine(_ band: RowBand) -> Bool {
        band.headerColumns.count < HeaderBlock.minimumColumns
    }

    /// The activities' header under a caption line naming the program over it (a list's “… Yılı
    /// Performans Programı – Faaliyetler ve Kaynak İhtiyacı”), past the header's group row between
    /// them (“Ekonomik Kod (TL)”): the caption ends the table above it and is no part of the header.
    static func activityHeader(underCaption bands: ArraySlice<RowBand>, at j: Int) -> Int? {
        guard j + 1 < bands.endIndex, Lexicon.names(.performanceProgram, .text, bands[j].folded, .within), isCaptionLine(bands[j]) else { return nil }
        let k = HeaderBlock.isGroupRow(bands[j + 1]) ? j + 2 : j + 1
        return k < bands.endIndex && bands[k].page == bands[j].page && isActivityHeader(bands[k]) && !isCaptionLine(bands[k]) ? k : nil
    }

    /// Reads from `bands` (the rows after the title); returns the goal and how many rows
    /// belong to the table.
    /// `noted`: the unit a note line over the table's title states (`AmountScale.noted`).
    static func read(_ bands: ArraySlice<RowBand>, titlePage: Int, noted: AmountScale? = nil) -> (GoalDraft, Int) {
        var draft = GoalDraft(page: titlePage)
        draft.notedScale = noted
        var i = bands.startIndex
        // 1. Labelled rows, up to the first sub-table header.
        var last: Lexicon.Label?
        while i < bands.endIndex, !isTitle(bands[i]), !isIndicatorHeader(bands[i]), !isActivityHeader(bands[i]) {
            // The levels' labels side by side over their texts (a goal card set across): two rows.
            if let card = CardAcross.read(bands, at: i) {
                for row in card where draft.labels[row.label] == nil { draft.labels[row.label] = row }
                last = nil
                i += 2
                continue
            }
            let rows = GoalContext.rows(bands[i])
            if let final = rows.last {
                for row in rows where draft.labels[row.label] == nil { draft.labels[row.label] = row }
                last = final.label
            } else if let l = last, let row = draft.labels[l], i > bands.startIndex,
                      LabelledRow.continuesValue(bands[i], after: bands[i - 1], value: row.value, in: Array(bands[i...].prefix(3)), at: 0) {
                draft.labels[l]?.value = WrappedText.join([row.value, Cell(words: bands[i].words).text])
                last = nil
            } else {
                last = nil
                if let level = programLevel(bands[i]) { draft.notes.append(level) }
                else if let unit = AmountScale.noted(bands[i]) { draft.notedScale = unit }
            }
            if isGrandTotal(bands[i]) { break }
            i += 1
        }
        // The activities' group row left apart from their header (wrapped over lines, `HeaderBlock.isGroupRow`):
        // its words state the unit of their amounts too (“Kaynak İhtiyacı 2024 (Bin TL)”).
        var activityGroup: RowBand?
        // 2. Indicators.
        if i < bands.endIndex, isIndicatorHeader(bands[i]) {
            // The row of years may stand above the kinds of value (a two-row header); a heading
            // naming the indicators over them is neither.
            let at = HeaderBlock.headerUnderHeading(bands, at: i, isHeader: isIndicatorHeader) ?? i
            let (header, covered) = HeaderBlock.continued(HeaderBlock.header(in: bands, at: at, lowerBound: bands.startIndex), in: bands,
                                                          isHeader: isIndicatorHeader)
            var j = covered.upperBound
            // An activity card's number ends them too (the goal's activities as cards, `ActivityCard`).
            while j < bands.endIndex, !isTitle(bands[j]), !isActivityHeader(bands[j]), !isGrandTotal(bands[j]),
                  !GoalCaption.namesTableOnly(bands[j]), activityHeader(underCaption: bands, at: j) == nil,
                  ActivityCard.code(bands[j]) == nil { j += 1 }
            // The activities' group row (“Kaynak İhtiyacı 2024”) belongs to their header.
            var dataEnd = j
            if j < bands.endIndex, isActivityHeader(bands[j]), dataEnd - 1 >= covered.upperBound,
               HeaderBlock.isGroupRow(bands[dataEnd - 1], severalLines: true) {
                dataEnd -= 1
                activityGroup = bands[dataEnd]
            }
            // A note stating the amounts' unit over the activity table (“(Bin TL)”) is no indicator: it binds the activities.
            if j < bands.endIndex, isActivityHeader(bands[j]), dataEnd - 1 >= covered.upperBound, let unit = AmountScale.noted(bands[dataEnd - 1]) {
                dataEnd -= 1
                draft.notedScale = unit
            }
            let section = TableSection.build(header: header, data: Array(bands[covered.upperBound..<dataEnd]), isRepeatedHeader: isIndicatorHeader)
            let columns = IndicatorRows.Columns(section)
            // A list over all goals, keyed by the goal's code: each goal's rows apart.
            let goalCode = GoalCodeColumn.index(.goalCode, in: section.columns)
            if let goalCode {
                for part in section.partedByGoal(column: goalCode) {
                    draft.goalCoded.append(GoalCodedRows(code: part.code, page: part.section.rows.first?.page ?? draft.page,
                                                         indicators: IndicatorRows.read(part.section, columns: columns)))
                }
            } else {
                draft.indicators = IndicatorRows.read(section, columns: columns)
            }
            if let bare = columns.values.first(where: \.bare) {
                let c = section.columns[bare.index]
                draft.bareYear = BareYearColumn(year: bare.year, heading: [c.group, c.title].compactMap { $0 }.joined(separator: " "),
                                                page: section.rows.first?.page ?? draft.page)
            }
            draft.namedTargetYears = Set(columns.values.filter { $0.kind == .target && !$0.bare }.map(\.year))
            draft.notes += section.unknownColumns(understood: IndicatorRows.understoodColumns(section, columns: columns)
                                                      .union([goalCode].compactMap { $0 }), table: "indicator table")
            if let note = section.notationNote(table: "indicator table", values: true) { draft.notes.append(note) }
            i = j
            // The activity table's own caption naming the goal (“Tablo 5: Faaliyetler (Performans Hedefi 1)”) over it.
            if i + 1 < bands.endIndex, GoalCaption.namesTableOnly(bands[i]), isActivityHeader(bands[i + 1]) { i += 1 }
        }
        // 3. Activities, to the “Genel Toplam” row. A heading “Faaliyetler” over an activity card's
        // number (“Faaliyet No: 1”) heads the goal's cards (`ActivityCard`), no table.
        if let header = activityHeader(underCaption: bands, at: i) { i = header }
        if i < bands.endIndex, isActivityHeader(bands[i]), !(i + 1 < bands.endIndex && ActivityCard.code(bands[i + 1]) != nil) {
            // A heading naming the activities over their header (and its group row) is neither.
            let at = HeaderBlock.headerUnderHeading(bands, at: i, isHeader: isActivityHeader) ?? i
            let (header, covered) = HeaderBlock.continued(HeaderBlock.header(in: bands, at: at, lowerBound: bands.startIndex), in: bands,
                                                          isHeader: isActivityHeader)
            i = covered.lowerBound
            var j = covered.upperBound
            // A list over all goals keyed by the goal's code closes each goal's rows with its total
            // (“Performans Hedefi 1 Toplamı”) and goes on with the next goal's.
            let columnsByGoal = header.headerColumns
            let byGoal = GoalCodeColumn.index(.goalCode, in: columnsByGoal).map { columnsByGoal[$0] }
            while j < bands.endIndex, !isTitle(bands[j]),
                  !isGrandTotal(bands[j]) || byGoal.map({ GoalCodeColumn.listGoesOn(after: j, in: bands, column: $0,
                                                                                    isHeader: isActivityHeader) }) == true { j += 1 }
            let end = j < bands.endIndex && isGrandTotal(bands[j]) ? j + 1 : j
            // A subtotal's label spans the key columns as the total's does (“Ara Toplam” across “No” and the names).
            let section = TableSection.build(header: header, data: Array(bands[covered.upperBound..<end]), isRepeatedHeader: isActivityHeader,
                                             isTotal: { isGrandTotal($0) || isSubtotal($0) })
            // The columns' meanings are read once, for the rows and for the columns left unread.
            let columns = ActivityRows.amountColumns(section)
            let goalCode = GoalCodeColumn.index(.goalCode, in: section.columns)
            if let goalCode {
                // A list over all goals, keyed by the goal's code: each goal's rows, to its total, apart.
                var notes: [String] = []
                for part in section.partedByGoal(column: goalCode) {
                    var (activities, stated) = ActivityRows.read(part.section, columns: columns)
                    let (unit, note) = part.section.inLira(&activities, &stated, page: draft.page, group: activityGroup, noted: draft.notedScale)
                    if let note, notes.isEmpty { notes.append(note) }
                    draft.activityScale = unit
                    let page = part.section.rows.first?.page ?? draft.page
                    if let k = draft.goalCoded.firstIndex(where: { GoalCodeColumn.key($0.code) == GoalCodeColumn.key(part.code) }),
                       draft.goalCoded[k].activities.isEmpty {
                        draft.goalCoded[k].activities = activities
                        draft.goalCoded[k].statedTotal = stated
                    } else {
                        draft.goalCoded.append(GoalCodedRows(code: part.code, page: page, activities: activities, statedTotal: stated))
                    }
                }
                draft.notes += notes
            } else {
                (draft.activities, draft.statedTotal) = ActivityRows.read(section, columns: columns)
                let (unit, note) = section.inLira(&draft.activities, &draft.statedTotal, page: draft.page, group: activityGroup, noted: draft.notedScale)
                if let note { draft.notes.append(note) }
                draft.activityScale = unit
            }
            draft.activityPage = section.rows.first?.page ?? draft.page
            draft.notes += section.unknownColumns(understood: ActivityRows.understoodColumns(section, columns: columns)
                                                      .union([goalCode].compactMap { $0 }), table: "activity table")
            if let note = section.notationNote(table: "activity table") { draft.notes.append(note) }
            i = end
        }
        return (draft, i - bands.startIndex)
    }
}
