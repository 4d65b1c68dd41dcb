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
        /// The activity's explanation (Açıklama), its description.
        var description: Int?
        /// The activity's name, and its code where a column of its own holds them (“No”).
        var name = 0
        var code: Int?
        /// The columns the reader knows and leaves (`knownUnread`).
        var known: Set<Int> = []
    }

    /// Columns a template prints beside the activity's own, which the reader knows and leaves
    /// on purpose: activities.csv has no field for an activity's dates, its effect on the target,
    /// a baseline, or how often it is monitored or reported.
    /// Nor for the units taking part or coordinating beside the responsible one, nor risks, nor
    /// the cost of one unit of the activity's output ("Birim Maliyet (TL)": no amount of it).
    static let knownUnread: [Lexicon.Concept] = [.schedule, .effectOnTarget, .baseline, .monitoringFrequency, .reportingFrequency,
                                                 .cooperatingUnit, .coordinatingUnit, .risk, .unitCost]

    static func amountColumns(_ section: TableSection) -> AmountColumns {
        var out = AmountColumns()
        out.code = section.codeColumn
        out.name = section.subjectColumn { f in
            Lexicon.names(.activity, .columnHeader, f, .within) || Lexicon.names(.activity, .shortForm, f, .whole)
                || Lexicon.names(.activityName, .rowLabel, f, .leading)
        }
        // A column the reader knows and leaves is no field's, whatever words its title shares
        // with them (“Birim Maliyet”: a unit's and a total's).
        let known = section.columns(naming: knownUnread)
        out.known = known
        var resources: Int?
        for (k, c) in section.columns.enumerated() where k != out.name && k != out.code && !known.contains(k) {
            if let code = EconomicCodeReader.columnCode(c) { out.codes.append((k, code)); continue }
            // A title's first line much wider than the rest (“Bütçe” over “İçi”) is taken for
            // a group: when the title alone names nothing, the words above it count too.
            for text in [c.title, (c.group ?? "") + " " + c.title] {
                let f = Lexicon.fold(text)
                if Lexicon.names(.explanation, .columnHeader, f, .leading) { out.description = out.description ?? k }
                else if ResponsibleUnitColumn.names(c, f) { out.responsibleUnit = out.responsibleUnit ?? k }
                else if Lexicon.names(.offBudget, .columnHeader, f, .within) { out.offBudget = out.offBudget ?? k }
                else if Lexicon.names(.total, .columnHeader, f, .within) { out.total = out.total ?? k }
                else if Lexicon.names(.budget, .columnHeader, f, .within) { out.budget = out.budget ?? k }
                else if text == c.title || section.groupCoversOnly(k), Lexicon.names(.resources, .columnHeader, f, .leading) {
                    if holdsAmounts(section, k) { resources = resources ?? k }
                }
                else { continue }
                break
            }
        }
        // A column titled by the resources an activity needs (“Kaynak (TL)”, “Kaynak İhtiyacı”),
        // with no total named apart, is its total: the money it needs from every source.
        out.total = out.total ?? resources
        // A budget column that is the table's only amount column (“Ödenek (TL)”, “Bütçe Ödeneği”:
        // no off-budget, total, resources or economic codes beside it) is the activity's total too:
        // the appropriation is all the money it has. Asked only then: another column of amounts
        // the reader does not know leaves the total unread.
        if out.total == nil, out.offBudget == nil, out.codes.isEmpty, let budget = out.budget,
           !section.columns.indices.contains(where: { k in
               k != budget && k != out.name && k != out.code && !known.contains(k) && holdsAmounts(section, k)
           }) {
            out.total = budget
        }
        if out.responsibleUnit == nil {
            out.responsibleUnit = section.columns.indices.first { $0 != out.name && ResponsibleUnitColumn.namesCoordinator(section.columns[$0]) }
        }
        return out
    }

    /// Whether a column's body holds amounts: most of its filled cells state one (a figure or a
    /// dash for zero). A column of sources named in words (“Öz Kaynak”) holds none.
    static func holdsAmounts(_ section: TableSection, _ column: Int) -> Bool {
        var amounts = 0, filled = 0
        for row in section.rows where !row.text(column).isEmpty {
            filled += 1
            if row.statesAmount(column) { amounts += 1 }
        }
        return amounts > 0 && Double(amounts) > minimumAmountShare * Double(filled)
    }

    /// Share of a column's filled cells that state amounts for it to be read as amounts: a
    /// name wrapped under it now and then leaves most of them figures.
    static let minimumAmountShare = 0.5

    /// The columns `read` gives a meaning and those it knows and leaves (`knownUnread`): any
    /// other is reported, never read.
    /// `columns`: the section's `amountColumns`, where the caller found them already.
    static func understoodColumns(_ section: TableSection, columns: AmountColumns? = nil) -> Set<Int> {
        let c = columns ?? amountColumns(section)
        return Set([c.name] + [c.code, c.budget, c.offBudget, c.total, c.responsibleUnit, c.description].compactMap { $0 } + c.codes.map(\.0))
            .union(c.known)
    }

    /// The economic code a row names in its key: the code and its name in the name cell (“03 Mal ve
    /// Hizmet Alım Giderleri”), or the code in the code column and its name beside it. Both must
    /// agree: an activity numbered “03” names no code's name, nor does one whose name mentions an
    /// expense without the code before it.
    static func costRowCode(_ row: TableRow, _ columns: AmountColumns) -> EconomicCode? {
        let name = TextNormalization.collapse(row.text(columns.name))
        let printed = columns.code.map { TextNormalization.collapse(row.text($0)) } ?? ""
        let text = printed.isEmpty ? name : printed + " " + name
        guard let code = EconomicCodeReader.leadingCode(text) else { return nil }
        let rest = text.drop { $0 == " " }.drop { $0 != " " }
        return Lexicon.economicCode(named: String(rest)) == code ? code : nil
    }

    /// A cell of dashes alone (“-”, “- -” where a neighbour's dash joined it).
    static func isDashes(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        return !parts.isEmpty && parts.allSatisfy { LabelledRow.isDash(String($0)) }
    }

    /// `columns`: the section's `amountColumns`, where the caller found them already.
    static func read(_ section: TableSection, columns: AmountColumns? = nil) -> ([Activity], BudgetSplit?) {
        let columns = columns ?? amountColumns(section)
        var activities: [Activity] = []
        // Per activity, the amount columns any of its rows prints something in.
        var printed: [Set<Int>] = []
        let amountColumns = [columns.budget, columns.offBudget, columns.total].compactMap { $0 }
        func printedAmounts(_ row: TableRow) -> Set<Int> { Set(amountColumns.filter { !row.text($0).isEmpty }) }
        var stated: BudgetSplit?
        var previousPage = -1
        for row in section.rows {
            if GoalTableReader.isGrandTotal(row.band) {
                stated = BudgetSplit(budget: row.amount(columns.budget), offBudget: row.amount(columns.offBudget),
                                     total: row.amount(columns.total))
                break
            }
            if GoalTableReader.isExplanation(row.band) || GoalTableReader.isSubtotal(row.band) { continue }
            // Costs merged as rows: a row naming an economic code under an activity's row is that
            // activity's cost for the code, its amount where the activity's budget (else its one
            // amount) stands.
            if let last = activities.indices.last, let economic = costRowCode(row, columns),
               let amount = row.amount(columns.budget) ?? (row.amount(columns.offBudget) == nil ? row.amount(columns.total) : nil) {
                activities[last].costs.append(ActivityCost(economicCode: economic, source: .budget, amount: amount))
                previousPage = row.page
                continue
            }
            let (code, name) = section.key(of: row, name: columns.name, code: columns.code, next: activities.count + 1)
            let hasAmounts = [columns.budget, columns.offBudget, columns.total].contains { row.amount($0) != nil }
            if let last = activities.indices.last,
               RowContinuation.continuesPrevious(code: code, page: row.page, previousPage: previousPage, hasFigures: hasAmounts) {
                if !name.isEmpty { activities[last].name = WrappedText.join([activities[last].name, name]) }
                activities[last].budget = activities[last].budget ?? row.amount(columns.budget)
                activities[last].offBudget = activities[last].offBudget ?? row.amount(columns.offBudget)
                activities[last].total = activities[last].total ?? row.amount(columns.total)
                printed[last].formUnion(printedAmounts(row))
                if let u = columns.responsibleUnit, !row.text(u).isEmpty {
                    activities[last].responsibleUnit = WrappedText.join([activities[last].responsibleUnit, row.text(u)])
                }
                if let d = columns.description, !row.text(d).isEmpty {
                    activities[last].description = WrappedText.join([activities[last].description, row.text(d)])
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
            printed.append(printedAmounts(row))
            if let u = columns.responsibleUnit { activities[activities.count - 1].responsibleUnit = TextNormalization.collapse(row.text(u)) }
            if let d = columns.description { activities[activities.count - 1].description = TextNormalization.collapse(row.text(d)) }
            activities[activities.count - 1].costs = columns.codes.compactMap { k, code in
                row.amount(k).map { ActivityCost(economicCode: code, source: .budget, amount: $0) }
            }
        }
        // An amount cell left empty in an activity's row is zero (templates leave a zero
        // Bütçe Dışı blank, or every amount of an activity that needs no money): the table has
        // the column, and nothing in it stands for the activity. A cell with other text (a note)
        // is no amount; and a table that prints its zeros as dashes (“-”) leaves no cell empty
        // for zero: an empty cell there is one whose dash stands in the next column.
        let writesZeroAsDash = section.rows.contains { row in amountColumns.contains { isDashes(row.text($0)) } }
        for k in activities.indices where !writesZeroAsDash {
            for (column, field) in [(columns.budget, \Activity.budget), (columns.offBudget, \Activity.offBudget), (columns.total, \Activity.total)] {
                if let column, !printed[k].contains(column), activities[k][keyPath: field] == nil { activities[k][keyPath: field] = .zero }
            }
        }
        return (activities, stated)
    }
}
