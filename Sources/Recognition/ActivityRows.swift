import PageLayout
import Dataset
import TableGeometry

/// Activity rows of a goal table: name (with its code) and Bütçe / Bütçe Dışı / Toplam.
enum ActivityRows {
    struct AmountColumns {
        var budget: Int?, offBudget: Int?, total: Int?
        /// Costs merged into the activity table: a column per economic code (from the budget).
        var codes: [(Int, EconomicCode)] = []
        var responsibleUnit: Int?
    }

    static func amountColumns(_ section: TableSection) -> AmountColumns {
        var out = AmountColumns()
        for (k, c) in section.columns.enumerated() where k > 0 {
            if let code = EconomicCodeReader.columnCode(c) { out.codes.append((k, code)); continue }
            // A title's first line much wider than the rest (“Bütçe” over “İçi”) is taken for
            // a group: when the title alone names nothing, the words above it count too.
            for text in [c.title, (c.group ?? "") + " " + c.title] {
                let f = Lexicon.fold(text)
                if Lexicon.names(.responsibleUnit, .columnHeader, f, .within) { out.responsibleUnit = out.responsibleUnit ?? k }
                else if Lexicon.names(.offBudget, .columnHeader, f, .within) { out.offBudget = out.offBudget ?? k }
                else if Lexicon.names(.total, .columnHeader, f, .within) { out.total = out.total ?? k }
                else if Lexicon.names(.budget, .columnHeader, f, .within) { out.budget = out.budget ?? k }
                else { continue }
                break
            }
        }
        return out
    }

    static func understoodColumns(_ section: TableSection) -> Set<Int> {
        let c = amountColumns(section)
        return Set([0] + [c.budget, c.offBudget, c.total, c.responsibleUnit].compactMap { $0 } + c.codes.map(\.0))
    }

    static func read(_ section: TableSection) -> ([Activity], BudgetSplit?) {
        let columns = amountColumns(section)
        var activities: [Activity] = []
        var stated: BudgetSplit?
        var previousPage = -1
        for row in section.rows {
            if GoalTableReader.isGrandTotal(row.band) {
                stated = BudgetSplit(budget: row.amount(columns.budget), offBudget: row.amount(columns.offBudget),
                                     total: row.amount(columns.total))
                break
            }
            if GoalTableReader.isExplanation(row.band) { continue }
            let (code, name) = RowKey.split(row.cells[0], next: activities.count + 1)
            let hasAmounts = [columns.budget, columns.offBudget, columns.total].contains { row.amount($0) != nil }
            if let last = activities.indices.last,
               RowContinuation.continuesPrevious(code: code, page: row.page, previousPage: previousPage, hasFigures: hasAmounts) {
                if !name.isEmpty { activities[last].name = WrappedText.join([activities[last].name, name]) }
                activities[last].budget = activities[last].budget ?? row.amount(columns.budget)
                activities[last].offBudget = activities[last].offBudget ?? row.amount(columns.offBudget)
                activities[last].total = activities[last].total ?? row.amount(columns.total)
                if let u = columns.responsibleUnit, !row.text(u).isEmpty {
                    activities[last].responsibleUnit = WrappedText.join([activities[last].responsibleUnit, row.text(u)])
                }
                previousPage = row.page
                continue
            }
            previousPage = row.page
            guard !name.isEmpty || code != nil else { continue }
            activities.append(Activity(no: activities.count + 1, code: code ?? String(activities.count + 1),
                                       name: TextNormalization.collapse(name),
                                       budget: row.amount(columns.budget), offBudget: row.amount(columns.offBudget),
                                       total: row.amount(columns.total), page: row.page))
            if let u = columns.responsibleUnit { activities[activities.count - 1].responsibleUnit = TextNormalization.collapse(row.text(u)) }
            activities[activities.count - 1].costs = columns.codes.compactMap { k, code in
                row.amount(k).map { ActivityCost(economicCode: code, source: .budget, amount: $0) }
            }
        }
        return (activities, stated)
    }
}
