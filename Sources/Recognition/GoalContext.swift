import PageLayout
import TableGeometry

/// The aim, target and goal open at a point of the document, fed by every source that names
/// them: labelled rows (colon or not, the code in the label or in the value: “STRATEJİK AMAÇ
/// 1: …”, “Amaç” | “1 …”), headings and full-width rows (“Hedef 1.1 – …”), captions
/// (“… (Performans Hedefi H1.1)”) and the goal tables' own labelled rows. A table attaches
/// to the innermost open goal; a level opened closes the levels under it (a new aim has no
/// target yet), and a level stays open for the tables after it until another replaces it
/// (an aim printed once over its goals).
///
/// Two exceptions keep an overview of the strategic plan (its aims and targets listed before
/// the goal tables) from handing its last target to every goal:
/// - a goal whose code carries its parents' (“1.2.3” under target 1.2 of aim 1, “H1.1” under
///   aim A1) takes the aim and target named anywhere before with those codes;
/// - otherwise an aim or target level named with two different codes since the last goal
///   table is a list, not an open context: the goals after it get none from it.
struct GoalContext {
    /// Outermost first.
    static let levels: [Lexicon.Label] = [.aim, .target, .goal]
    /// A level named with this many different codes between two goal tables is a list.
    static let listCodes = 2

    private(set) var open: [Lexicon.Label: LabelledRow] = [:]
    /// The codes each level was named with outside tables since the last goal table.
    private var namedSinceTable: [Lexicon.Label: Set<String>] = [:]
    /// Levels whose open row stands in a list.
    private var listed: Set<Lexicon.Label> = []
    /// The goals named outside tables since the last goal table, by code (or text), and the goal
    /// of that table.
    private var goalsSinceTable: Set<String> = []
    private var lastTableGoal: String?
    private static func key(_ row: LabelledRow) -> String { row.labelCode.isEmpty ? row.value : row.labelCode }
    /// Every aim and target named so far by code (the latest of a code), in naming order.
    private var named: [Lexicon.Label: [String: (row: LabelledRow, order: Int)]] = [:]
    private var order = 0

    /// A row outside a table that names an aim, target, goal (or another label).
    static func row(_ band: RowBand) -> LabelledRow? {
        LabelledRow.read(band) ?? GoalCaption.read(band)
    }

    /// Every such row of a band: two labelled rows side by side are two (`LabelledRow.readAll`).
    static func rows(_ band: RowBand) -> [LabelledRow] {
        let rows = LabelledRow.readAll(band)
        return rows.isEmpty ? GoalCaption.read(band).map { [$0] } ?? [] : rows
    }

    /// Lines of one paragraph share a type size: a line set this fraction of the size larger or
    /// smaller than the line above starts another paragraph.
    static let sizeChangeFraction = 0.05

    /// Aim, target and goal set one under the other without space between them (“Stratejik Amaç
    /// 1: …” wrapped, then “Stratejik Hedef 1.1: …”, as a word processor sets paragraphs, or a
    /// spreadsheet's rows with no gap) share a band: it is parted before each line that opens a
    /// level of its own or is set in another size than the line above (an aim heading over a
    /// goal's caption, whose first line names nothing), when every part names a level or is the
    /// goal's explanation (left out); otherwise the band is left whole.
    static func levelRows(_ band: RowBand) -> [LabelledRow] {
        func labelled(_ lines: ArraySlice<TextLine>) -> LabelledRow? {
            row(RowBand(page: band.page, lines: Array(lines), separatedBy: band.separatedBy))
        }
        func level(_ lines: ArraySlice<TextLine>) -> LabelledRow? { labelled(lines).flatMap { levels.contains($0.label) ? $0 : nil } }
        guard band.lines.count > 1 else { return [] }
        func size(_ line: TextLine) -> Double { line.largestScale }
        func sizeChanges(_ k: Int) -> Bool {
            abs(size(band.lines[k]) - size(band.lines[k - 1])) > sizeChangeFraction * size(band.lines[k - 1])
        }
        // The goal's explanation set right under it (“Hedefin Açıklaması: …”) is a part of its own,
        // which opens no level.
        func isExplanation(_ lines: ArraySlice<TextLine>) -> Bool { labelled(lines)?.label == .explanation }
        var explanations: Set<Int> = []
        var starts = band.lines.indices.filter { k in
            guard k > 0 else { return true }
            guard let row = labelled(band.lines[k...k]) else { return sizeChanges(k) }
            if row.label == .explanation { explanations.insert(k) }
            return levels.contains(row.label) || row.label == .explanation || sizeChanges(k)
        }
        guard starts.count > 1 else { return [] }
        // A part's title set right above its first level (“PERFORMANS BİLGİLERİ”, “2.4 Performans
        // Hedef ve Göstergeleri ile Faaliyetler” over “Stratejik Amaç 1 …”): one line that names no
        // label and holds no figures but its section number heads the band, not a level.
        // (A caption's first line, which names nothing until the line under it does, is no title.)
        if starts[1] == 1, row(RowBand(page: band.page, lines: [band.lines[0]], separatedBy: band.separatedBy)) == nil,
           level(band.lines[0..<(starts.count > 2 ? starts[2] : band.lines.count)]) == nil,
           !band.lines[0].words.enumerated().contains(where: { k, w in
               DocumentSections.isFigure(w.text) && !(k == 0 && DocumentSections.isSectionNumber(w.text))
           }) {
            starts.removeFirst()
        }
        let parts = zip(starts, starts.dropFirst() + [band.lines.count]).filter { start, end in
            !explanations.contains(start) || !isExplanation(band.lines[start..<end])
        }
        let rows = parts.compactMap { start, end in level(band.lines[start..<end]) }
        return rows.count == parts.count && !rows.isEmpty ? rows : []
    }

    /// Opens the level `row` names (a row outside a table); false when the row names no level.
    mutating func open(_ row: LabelledRow) -> Bool {
        guard Self.levels.contains(row.label) else { return false }
        // A table's caption naming its goal by code alone (“Tablo 4: … (Performans Hedefi 1.1)”)
        // under the goal's heading, or over the last table's goal's next table, names no new goal.
        if row.label == .goal, row.value.isEmpty, row.labelCode == open[.goal]?.labelCode || row.labelCode == lastTableGoal {
            return true
        }
        place(row)
        guard row.label != .goal else {
            // The last table's goal named again (a cost table's labels repeat it) is no new goal.
            if Self.key(row) != lastTableGoal { goalsSinceTable.insert(Self.key(row)) }
            return true
        }
        let key = row.labelCode.isEmpty ? row.value : row.labelCode
        if namedSinceTable[row.label]?.contains(key) == true {
            // A code the list named already, named again: the list is over, this row heads the goals after it.
            namedSinceTable[row.label] = [key]
            listed.remove(row.label)
        } else {
            namedSinceTable[row.label, default: []].insert(key)
            if namedSinceTable[row.label]!.count >= Self.listCodes { listed.insert(row.label) }
        }
        return true
    }

    private mutating func place(_ row: LabelledRow) {
        guard let depth = Self.levels.firstIndex(of: row.label) else { return }
        // A goal named alone since the last goal table, its aim and target named after it
        // (“PERFORMANS HEDEFİ 6 – …” over “Stratejik Amaç (2) – …”, “Stratejik Hedef (2.5) – …”),
        // is the goal of the table they head: the document names the goal first, then its parents.
        let goalFirst = row.label != .goal && open[.goal] != nil && goalsSinceTable.count == 1
        for inner in Self.levels[depth...] where !(inner == .goal && goalFirst) {
            open[inner] = nil
            listed.remove(inner)
        }
        open[row.label] = row
        if row.label != .goal, !row.labelCode.isEmpty {
            named[row.label, default: [:]][row.labelCode] = (row, order)
            order += 1
        }
    }

    /// The text of the open `level` goes on in a row of its own (`LabelledRow.continuesValue`).
    mutating func continueValue(of level: Lexicon.Label, with text: String) {
        guard var row = open[level] else { return }
        let (oldKey, oldValue) = (Self.key(row), row.value)
        row.value = WrappedText.join([row.value, text])
        open[level] = row
        if level == .goal, goalsSinceTable.remove(oldKey) != nil { goalsSinceTable.insert(Self.key(row)) }
        // The same naming kept for the code's later lookups.
        if level != .goal, !row.labelCode.isEmpty, let entry = named[level]?[row.labelCode], entry.row.value == oldValue {
            named[level]?[row.labelCode] = (row, entry.order)
        }
    }

    /// A heading outside tables naming an open level's code again (“A1 …” over the goals, after
    /// a sentence “Stratejik Amaç A1 kapsamında …” in the plan's summary) is the nearer naming:
    /// its text stands for that level, and for the code's later lookups.
    mutating func renamed(code: String, title: String, page: Int) {
        for level in Self.levels where level != .goal {
            if var row = open[level], row.labelCode == code {
                row.value = title
                row.page = page
                row.form = .heading
                open[level] = row
            }
            if var entry = named[level]?[code] {
                entry.row.value = title
                entry.row.page = page
                entry.row.form = .heading
                named[level]?[code] = entry
            }
        }
    }

    /// The aim or target named before whose code's numbers open the goal code's
    /// (“1.2” of “1.2.3”, “A1” of “H1.1”); of several, the nearest (most numbers), then the latest.
    func parent(_ level: Lexicon.Label, ofGoal code: String) -> LabelledRow? {
        let numbers = CodeReader.numbers(code)
        guard numbers.count > 1 else { return nil }
        return named[level, default: [:]].values
            .map { (entry: $0, numbers: CodeReader.numbers($0.row.labelCode)) }
            .filter { !$0.numbers.isEmpty && $0.numbers.count < numbers.count && numbers.starts(with: $0.numbers) }
            .max { ($0.numbers.count, $0.entry.order) < ($1.numbers.count, $1.entry.order) }?.entry.row
    }

    /// The goal table with the levels it does not name itself taken from the context. The
    /// levels the table names open in the context first (outermost first), for the tables
    /// after it; the goal level is used up by the table.
    mutating func filling(_ draft: GoalDraft) -> GoalDraft {
        var draft = draft
        // A caption in the table naming its goal by code alone: the goal as named with its text before it.
        if let g = draft.labels[.goal], g.value.isEmpty, let named = open[.goal], named.labelCode == g.labelCode {
            draft.labels[.goal] = named
        }
        // A target named for this table alone, in its rows or since the table before (not in a list).
        let targetAlone = draft.labels[.target] != nil
            || (open[.target] != nil && namedSinceTable[.target]?.isEmpty == false && !listed.contains(.target))
        let goalNamed = draft.labels[.goal] != nil || open[.goal] != nil
        for level in Self.levels { if let row = draft.labels[level] { place(row) } }
        var filled = draft
        filled.targetNamesTheGoal = targetAlone && !goalNamed
        let goalCode = (draft.labels[.goal] ?? open[.goal])?.labelCode ?? ""
        for level in Self.levels where filled.labels[level] == nil {
            if level != .goal, let row = parent(level, ofGoal: goalCode) {
                filled.labels[level] = row
            } else if let row = open[level], !listed.contains(level) {
                filled.labels[level] = row
            }
        }
        open[.goal] = nil
        namedSinceTable = [:]
        goalsSinceTable = []
        // The goal a table last had: a table without one (a summary, a cost table of its own) leaves it.
        if let goal = filled.labels[.goal] { lastTableGoal = Self.key(goal) }
        return filled
    }
}
