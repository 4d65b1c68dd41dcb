import Dataset
import TableGeometry

/// The unit a table states its amounts in. Budget documents print large figures in thousands
/// (or millions) of lira and say so in the header over them (“Kaynak İhtiyacı 2024 (Bin TL)”,
/// “Bütçe (000 TL)”, “Tutar (Milyon TL)”) or on a line of their own over the table (“Tutarlar bin
/// TL'dir”, `noted`); the contract holds lira, so such a table's amounts are read ×1000 (×10⁶) —
/// every amount of the table alike, so its own totals still add up.
///
/// Read from the table's header block (each column's title and the group over it), else from a
/// note line bound to it: that is where the unit stands over the figures it reaches. A table
/// stating no unit takes the unit the program states for its other tables (`ProgramScale`). A
/// table whose columns state two units (one "(Bin TL)", another "(TL)"), or a unit the lexicon
/// does not know (“(USD)”, “(Yüz TL)”), cannot be decided: its amounts are read as printed and the
/// diagnostics say so (`note`), never a silent lira.
enum AmountScale: Equatable {
    /// No unit stated: lira, unless the program states its amounts in another (`ProgramScale`).
    case unstated
    /// Lira, stated (“Tutar (TL)”, “Bütçe (₺)”).
    case lira
    /// Thousands, millions, billions of lira ("Bin TL", "Milyon TL", "Milyar TL").
    case thousands, millions, billions
    /// Columns of the table state different units.
    case undecided
    /// A unit the lexicon does not know, as printed.
    case unknown(String)

    /// The multiples of the lira a header may name, each with its concept: the most specific
    /// phrase decides (“000.000 TL” holds “000 TL”, `Lexicon.concept(of:among:)`).
    static let multiples: [(Lexicon.Concept, AmountScale)] = [(.thousands, .thousands), (.millions, .millions), (.billions, .billions)]

    /// How many lira one printed unit is.
    var factor: Int64 {
        switch self {
        case .thousands: return 1_000
        case .millions: return 1_000_000
        case .billions: return 1_000_000_000
        default: return 1
        }
    }

    /// A multiple of the lira: amounts read in it are scaled.
    var isMultiple: Bool { factor > 1 }

    /// The unit in words, for diagnostics.
    var described: String {
        switch self {
        case .unstated: return "no unit"
        case .lira: return "lira"
        case .thousands: return "thousands of lira"
        case .millions: return "millions of lira"
        case .billions: return "billions of lira"
        case .undecided: return "two units"
        case .unknown(let printed): return "'\(printed)', a unit the lexicon does not know"
        }
    }

    /// The unit the header over a table's amounts states, from each column's heading (its group
    /// and title): a multiple or lira where the headings naming a unit all name that one.
    /// `group`: the header's group row where it stands apart from the header's band (wrapped over
    /// several lines, `HeaderBlock.isGroupRow`), read as one more heading.
    static func of(_ section: TableSection, group: RowBand? = nil) -> AmountScale {
        of(headings: section.columns.map { c in [c.group, c.title].compactMap { $0 }.joined(separator: " ") } + [group?.text].compactMap { $0 })
    }

    /// `of` over printed headings.
    static func of(headings: [String]) -> AmountScale {
        var stated: [AmountScale] = []
        for heading in headings {
            guard let unit = named(heading) else { continue }
            if case .unknown = unit { return unit }
            if !stated.contains(unit) { stated.append(unit) }
        }
        guard let first = stated.first else { return .unstated }
        return stated.count == 1 ? first : .undecided
    }

    /// The unit one printed heading (or note) names, if any.
    static func named(_ printed: String) -> AmountScale? {
        let folded = Lexicon.fold(printed)
        if let concept = Lexicon.concept(of: folded, among: multiples.map(\.0), .columnHeader, .within) {
            return multiples.first { $0.0 == concept }?.1
        }
        if let unknown = unknownUnit(printed, folded: folded) { return .unknown(unknown) }
        return Lexicon.names(.currency, .columnHeader, folded, .within) ? .lira : nil
    }

    /// Signs of currencies other than the lira, which fold away.
    static let foreignSigns: [Character] = ["$", "€", "£"]

    /// A unit printed that the lexicon does not know: another currency (“USD”, “€”), or words
    /// beside the lira in its parentheses that are no multiple the lexicon knows (“(Yüz TL)”,
    /// “(x100 TL)”), or a figure right before the lira that is no year (“100 TL”).
    static func unknownUnit(_ printed: String, folded: String) -> String? {
        if Lexicon.names(.foreignCurrency, .columnHeader, folded, .within) || printed.contains(where: foreignSigns.contains) {
            return TextNormalization.collapse(printed)
        }
        guard Lexicon.names(.currency, .columnHeader, folded, .within) else { return nil }
        // The parenthesised parts naming the lira: nothing else but years may stand in them.
        for part in parenthesised(printed) {
            let words = TextBytes.words(Lexicon.fold(String(part)))
            guard words.contains(where: { Lexicon.isFoldedWord($0, .currency, .columnHeader) }) || namesLiraAsWords(words) else { continue }
            let others = withoutLira(words).filter { w in !(Int(w).map(ProgramYear.isPlausible) ?? false) }
            if !others.isEmpty { return "(" + TextNormalization.collapse(String(part)) + ")" }
        }
        // A figure right before the lira: a multiple the lexicon does not know.
        let words = TextBytes.words(folded)
        for k in words.indices.dropFirst() where Lexicon.isFoldedWord(words[k], .currency, .columnHeader) {
            let before = words[k - 1]
            if before.contains(where: \.isNumber), !(Int(before).map(ProgramYear.isPlausible) ?? false) { return before + " " + words[k] }
        }
        return nil
    }

    /// Folded words without the lira's words (“tl”, “turk lirasi”, “lira”).
    private static func withoutLira(_ words: [String]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < words.count {
            if let n = Lexicon.leads(words, at: k, .currency, .columnHeader) { k += n; continue }
            out.append(words[k])
            k += 1
        }
        return out
    }
    private static func namesLiraAsWords(_ words: [String]) -> Bool { withoutLira(words).count < words.count }

    /// The texts inside parentheses.
    private static func parenthesised(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            parts.append(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return parts
    }

    /// Words a unit note may hold at most (“Tutarlar bin TL olarak gösterilmiştir”): a sentence
    /// longer than this says more than the unit.
    static let maximumNoteWords = 8
    /// Rows from a note line to the table it binds, at most: right over its title or header, or
    /// with one row between (the title under a note over it, a group row over the header).
    static let noteReach = 2

    /// The unit a line of its own states for the amounts of the table it is bound to (over or
    /// under the title, or over an untitled header): “(Bin TL)”, “Tutarlar bin TL'dir”, “Para
    /// Birimi: Milyon TL”. Every word of it is the unit's or a note's (`Lexicon.Concept.amountUnitNote`),
    /// and it holds no amount. nil for any other line, and for a note stating the lira (the unit
    /// of a table stating none: a line of units under a header, “(TL) (TL)”, is no note).
    static func noted(_ band: RowBand) -> AmountScale? {
        // Asked of every row outside tables: the word count and the unit's words first.
        guard band.words.count <= maximumNoteWords else { return nil }
        let folded = band.folded
        guard Lexicon.names(.currency, .columnHeader, folded, .within)
                || multiples.contains(where: { Lexicon.names($0.0, .columnHeader, folded, .within) }),
              !GoalTableReader.hasAmounts(band), let unit = named(band.text), unit != .lira, unit != .undecided else { return nil }
        // The words left once the unit's phrase is taken out must all be a note's.
        var rest = " " + folded + " "
        let phrases = (multiples.map(\.0) + [.currency]).flatMap { Lexicon.phrases($0, .columnHeader) }
            .filter { !$0.stem }.sorted { $0.folded.utf8.count > $1.folded.utf8.count }
        for p in phrases { rest = rest.replacingOccurrences(of: " " + p.folded + " ", with: " ") }
        let words = TextBytes.words(rest)
        var k = 0
        while k < words.count {
            if Lexicon.isFoldedWord(words[k], .currency, .columnHeader) { k += 1; continue }
            guard let n = Lexicon.leads(words, at: k, .amountUnitNote, .text) else { return nil }
            k += n
        }
        return unit
    }

    /// Whether every amount of `amounts`, in lira, stays within the largest amount read
    /// (`TurkishNumber.maximumLira`): sums of such amounts must stay inside Int64 kuruş. A
    /// table's amounts are scaled all or none (`decided`).
    func fits(_ amounts: [Amount]) -> Bool {
        amounts.allSatisfy { $0.kurus.magnitude / 100 <= UInt64(TurkishNumber.maximumLira) / UInt64(factor) }
    }

    /// An amount printed in this unit, in lira (within `fits`).
    func lira(_ printed: Amount) -> Amount { Amount(kurus: printed.kurus * factor) }
    func lira(_ printed: Amount?) -> Amount? { printed.map(lira) }

    /// The scale to apply to a table's `amounts`, and the diagnostic where none can be decided
    /// (its columns state two units, a unit the lexicon does not know, or an amount in a multiple
    /// would pass the largest read): then the amounts are read as printed.
    func decided(_ amounts: [Amount], page: Int, table: String) -> (AmountScale, note: String?) {
        switch self {
        case .unstated, .lira: return (.lira, nil)
        case .undecided: return (.lira, Self.note(page: page, table: table, "states its amounts in two units (a multiple of the lira and the lira)"))
        case .unknown: return (.lira, Self.note(page: page, table: table, "states its amounts in \(described)"))
        case .thousands, .millions, .billions:
            return fits(amounts) ? (self, nil) : (.lira, Self.note(page: page, table: table, "states its amounts in \(described), beyond any budget"))
        }
    }

    private static func note(page: Int, table: String, _ why: String) -> String {
        "page \(page): \(table) \(why); its amounts read as printed"
    }
}

extension Activity {
    /// Every amount the activity holds.
    var amounts: [Amount] { [budget, offBudget, total, statedCostTotal].compactMap { $0 } + costs.map(\.amount) }

    /// The activity with its amounts read in `scale`.
    func scaled(_ scale: AmountScale) -> Activity {
        guard scale.isMultiple else { return self }
        var a = self
        a.budget = scale.lira(budget)
        a.offBudget = scale.lira(offBudget)
        a.total = scale.lira(total)
        a.statedCostTotal = scale.lira(statedCostTotal)
        for k in a.costs.indices { a.costs[k].amount = scale.lira(costs[k].amount) }
        return a
    }
}

extension BudgetSplit {
    var amounts: [Amount] { [budget, offBudget, total].compactMap { $0 } }
    func scaled(_ scale: AmountScale) -> BudgetSplit {
        BudgetSplit(budget: scale.lira(budget), offBudget: scale.lira(offBudget), total: scale.lira(total))
    }
}

extension AmountScale {
    /// The unit a table states: its header's, else the note line bound to it (`noted`); two units
    /// where the header states the lira and the note a multiple (which the figures are in cannot be told).
    func orNoted(_ noted: AmountScale?) -> AmountScale {
        guard let noted else { return self }
        if self == .lira && noted.isMultiple { return .undecided }
        return self == .unstated ? noted : self
    }
}

extension TableSection {
    /// The activities of an activity table and its stated total, in lira (`AmountScale`): the
    /// unit the table states (its header's, else `noted`'s), and the diagnostic where it cannot be decided.
    func inLira(_ activities: inout [Activity], _ stated: inout BudgetSplit?, page: Int, group: RowBand? = nil,
                noted: AmountScale? = nil) -> (AmountScale, note: String?) {
        let unit = AmountScale.of(self, group: group).orNoted(noted)
        return (unit, AmountScale.scale(&activities, &stated, unit, page: rows.first?.page ?? page))
    }

    /// A cost table's amounts in lira (`AmountScale`): the unit it states, and the diagnostic where it cannot be decided.
    func inLira(_ draft: inout CostDraft) -> (AmountScale, note: String?) {
        let unit = AmountScale.of(self).orNoted(draft.notedScale)
        return (unit, draft.scale(unit, page: rows.first?.page ?? draft.page))
    }

    /// A summary's totals (and the amounts of its stated shares) in lira (`AmountScale`): read in
    /// the unit its header (else `noted`) states, else in `program`'s (`ProgramScale`); the diagnostic where it cannot be decided.
    func inLira(_ totals: inout [ProgramTotal], _ shareAmounts: inout [Amount], table: String, noted: AmountScale? = nil,
                program: AmountScale = .unstated) -> String? {
        let stated = AmountScale.of(self).orNoted(noted)
        let unit = stated == .unstated ? program : stated
        let (scale, note) = unit.decided(totals.map(\.amount) + shareAmounts, page: page, table: table)
        guard scale.isMultiple else { return note }
        for k in totals.indices { totals[k].amount = scale.lira(totals[k].amount) }
        shareAmounts = shareAmounts.map(scale.lira)
        return note
    }
}

extension AmountScale {
    /// An activity table's amounts read in `unit`; the diagnostic where it cannot be decided.
    static func scale(_ activities: inout [Activity], _ stated: inout BudgetSplit?, _ unit: AmountScale, page: Int) -> String? {
        let (scale, note) = unit.decided(activities.flatMap(\.amounts) + (stated?.amounts ?? []), page: page, table: "activity table")
        guard scale.isMultiple else { return note }
        activities = activities.map { $0.scaled(scale) }
        stated = stated?.scaled(scale)
        return note
    }
}

extension CostDraft {
    /// The cost table's amounts read in `unit`; the diagnostic where it cannot be decided.
    mutating func scale(_ unit: AmountScale, page: Int) -> String? {
        let amounts = entries.flatMap { $0.costs.map(\.amount) + [$0.statedTotal].compactMap { $0 } }
            + Array(statedColumns.values) + [statedTotal].compactMap { $0 }
        let (scale, note) = unit.decided(amounts, page: page, table: "cost table")
        guard scale.isMultiple else { return note }
        for e in entries.indices {
            for c in entries[e].costs.indices { entries[e].costs[c].amount = scale.lira(entries[e].costs[c].amount) }
            entries[e].statedTotal = scale.lira(entries[e].statedTotal)
        }
        statedColumns = statedColumns.mapValues(scale.lira)
        statedTotal = scale.lira(statedTotal)
        return note
    }
}
