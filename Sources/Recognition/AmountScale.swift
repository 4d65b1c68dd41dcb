import Dataset
import TableGeometry

/// The unit a table states its amounts in. Budget documents print large figures in thousands of
/// lira and say so in the header over them (“Kaynak İhtiyacı 2024 (Bin TL)”, “Bütçe (000 TL)”);
/// the contract holds lira, so such a table's amounts are read ×1000 — every amount of the table
/// alike, so its own totals still add up.
///
/// Read from the table's header block only (each column's title and the group over it): that is
/// where the unit stands over the figures it reaches, and it reaches that table alone, never the
/// tables after it. A table whose columns state two units (one "(Bin TL)", another "(TL)") cannot
/// be decided: its amounts are read as printed and the diagnostics say so (`note`), never a guess.
enum AmountScale: Equatable {
    /// Lira, stated ("Tutar (TL)") or not stated at all.
    case lira
    /// Thousands of lira ("Bin TL").
    case thousands
    /// Columns of the table state different units.
    case undecided

    /// How many lira one printed unit is.
    var factor: Int64 { self == .thousands ? 1000 : 1 }

    /// The unit the header over a table's amounts states: thousands where a column's title or its
    /// group names thousands and none names lira alone.
    /// `group`: the header's group row where it stands apart from the header's band (wrapped over
    /// several lines, `HeaderBlock.isGroupRow`), read as one more heading.
    static func of(_ section: TableSection, group: RowBand? = nil) -> AmountScale {
        var thousands = false, lira = false
        for heading in section.columns.map({ c in Lexicon.fold([c.group, c.title].compactMap { $0 }.joined(separator: " ")) })
            + [group?.folded].compactMap({ $0 }) {
            if Lexicon.names(.thousands, .columnHeader, heading, .within) { thousands = true }
            else if Lexicon.names(.currency, .columnHeader, heading, .within) { lira = true }
        }
        return thousands ? (lira ? .undecided : .thousands) : .lira
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
    /// (its columns state two units, or an amount in thousands would pass the largest read): then
    /// the amounts are read as printed.
    func decided(_ amounts: [Amount], page: Int, table: String) -> (AmountScale, note: String?) {
        switch self {
        case .lira: return (.lira, nil)
        case .undecided: return (.lira, Self.note(page: page, table: table, "states its amounts both in thousands of lira and in lira"))
        case .thousands:
            return fits(amounts) ? (.thousands, nil) : (.lira, Self.note(page: page, table: table, "states its amounts in thousands of lira, beyond any budget"))
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
        guard scale == .thousands else { return self }
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

extension TableSection {
    /// The activities of an activity table and its stated total, in lira (`AmountScale`); the
    /// diagnostic where the table's unit cannot be decided.
    func inLira(_ activities: inout [Activity], _ stated: inout BudgetSplit?, page: Int, group: RowBand? = nil) -> String? {
        let (scale, note) = AmountScale.of(self, group: group).decided(activities.flatMap(\.amounts) + (stated?.amounts ?? []),
                                                        page: rows.first?.page ?? page, table: "activity table")
        guard scale == .thousands else { return note }
        activities = activities.map { $0.scaled(scale) }
        stated = stated?.scaled(scale)
        return note
    }

    /// A cost table's amounts in lira (`AmountScale`); the diagnostic where its unit cannot be decided.
    func inLira(_ draft: inout CostDraft) -> String? {
        let amounts = draft.entries.flatMap { $0.costs.map(\.amount) + [$0.statedTotal].compactMap { $0 } }
            + Array(draft.statedColumns.values) + [draft.statedTotal].compactMap { $0 }
        let (scale, note) = AmountScale.of(self).decided(amounts, page: rows.first?.page ?? draft.page, table: "cost table")
        guard scale == .thousands else { return note }
        for e in draft.entries.indices {
            for c in draft.entries[e].costs.indices { draft.entries[e].costs[c].amount = scale.lira(draft.entries[e].costs[c].amount) }
            draft.entries[e].statedTotal = scale.lira(draft.entries[e].statedTotal)
        }
        draft.statedColumns = draft.statedColumns.mapValues(scale.lira)
        draft.statedTotal = scale.lira(draft.statedTotal)
        return note
    }

    /// A summary's totals (and the amounts of its stated shares) in lira (`AmountScale`); the
    /// diagnostic where its unit cannot be decided.
    func inLira(_ totals: inout [ProgramTotal], _ shareAmounts: inout [Amount], table: String) -> String? {
        let (scale, note) = AmountScale.of(self).decided(totals.map(\.amount) + shareAmounts, page: rows.first?.page ?? 0, table: table)
        guard scale == .thousands else { return note }
        for k in totals.indices { totals[k].amount = scale.lira(totals[k].amount) }
        shareAmounts = shareAmounts.map(scale.lira)
        return note
    }
}
