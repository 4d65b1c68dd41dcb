import Dataset
import PageLayout
import TableGeometry

/// The administration's summary tables → program_totals: the İdare Performans Tablosu's
/// program lines (activities, general administration, transfers, grand total × Bütçe /
/// Bütçe Dışı / Toplam) and the Toplam Kaynak İhtiyacı Tablosu's amounts per economic code.
enum SummaryTableReader {
    /// The concept of each measure: its program line (row label) and its column in the
    /// resource table (most specific first).
    static let measures: [(ProgramTotal.Measure, Lexicon.Concept)] = [
        (.transfers, .transfers), (.total, .grandTotal), (.activities, .goalCosts), (.generalAdmin, .generalAdministration),
    ]

    static func isAdministrationHeader(_ band: RowBand) -> Bool {
        let f = Lexicon.fold(band.text)
        func named(_ c: Lexicon.Concept) -> Bool { Lexicon.names(c, .columnHeader, f, .within) }
        return named(.budget) && named(.total) && (named(.share) || named(.currency))
    }

    /// A column of shares ("Pay") beside an amount column.
    static func isShare(_ column: Column) -> Bool {
        Lexicon.names(.share, .columnHeader, Lexicon.fold(column.title), .whole)
    }

    static func readAdministration(_ bands: [RowBand]) -> (totals: [ProgramTotal], shares: [StatedShare]) {
        guard let h = bands.firstIndex(where: isAdministrationHeader) else { return ([], []) }
        let section = TableSection.build(header: bands[h], data: Array(bands[(h + 1)...]), isRepeatedHeader: isAdministrationHeader)
        var budget: Int?, offBudget: Int?, total: Int?
        var shareOfTotal: Int?
        for (k, c) in section.columns.enumerated() {
            let f = Lexicon.fold((c.group ?? "") + " " + c.title)
            let isShare = isShare(c)
            if Lexicon.names(.offBudget, .columnHeader, f, .within) { if !isShare { offBudget = offBudget ?? k } }
            else if Lexicon.names(.total, .columnHeader, f, .within) { if isShare { shareOfTotal = k } else { total = total ?? k } }
            else if Lexicon.names(.budget, .columnHeader, f, .within) { if !isShare { budget = budget ?? k } }
        }
        // Group headers that did not stack over their columns: the amount columns stand in the
        // guideline's order, Bütçe / Bütçe Dışı / Toplam.
        let amountColumns = section.columns.indices.filter { k in
            k > 1 && !isShare(section.columns[k]) && section.columns[k].x0 > section.columns[1].x1
        }
        if amountColumns.count == 3, [budget, offBudget, total].contains(where: { $0 == nil }) {
            budget = amountColumns[0]; offBudget = amountColumns[1]; total = amountColumns[2]
            shareOfTotal = section.columns.indices.last { isShare(section.columns[$0]) && $0 > amountColumns[2] }
        }
        var totals: [ProgramTotal] = []
        var found: [(String, Amount, String)] = []
        let firstAmount = [budget, offBudget, total].compactMap { $0 }.min() ?? 1
        for row in section.rows {
            // The row's label may spread over the text columns left of the amounts.
            let label = (0..<firstAmount).map { row.text($0) }.filter { !$0.isEmpty }.joined(separator: " ")
            let folded = Lexicon.fold(label)
            guard let measure = measures.first(where: { Lexicon.names($0.1, .rowLabel, folded, .leading) })?.0,
                  !totals.contains(where: { $0.measure == measure && $0.economicCode == nil }) else { continue }
            let amounts = [(ProgramTotal.Source?.some(.budget), budget), (.some(.offBudget), offBudget), (nil, total)]
            for (source, column) in amounts {
                if let a = row.amount(column) {
                    totals.append(ProgramTotal(measure: measure, source: source, amount: a, page: row.page))
                }
            }
            if let k = shareOfTotal, let a = row.amount(total) {
                found.append((TextNormalization.collapse(label), a, row.text(k)))
            }
        }
        let grand = totals.first { $0.measure == .total && $0.source == nil }?.amount
        let shares = grand.map { g in
            found.compactMap { label, amount, percent in
                TurkishNumber.value(percent).map { StatedShare(label: label, amount: amount, percent: $0, of: g, page: 0) }
            }
        } ?? []
        return (totals, shares)
    }

    static func isResourceHeader(_ band: RowBand) -> Bool {
        let f = Lexicon.fold(band.text)
        return Lexicon.names(.economicCode, .columnHeader, f, .within) && Lexicon.names(.total, .columnHeader, f, .within)
    }

    static func readResources(_ bands: [RowBand]) -> [ProgramTotal] {
        guard let h = bands.firstIndex(where: isResourceHeader) else { return [] }
        var end = h + 1
        while end < bands.endIndex, !CostTableReader.isResourceNeedTotal(bands[end]) { end += 1 }
        let section = TableSection.build(header: bands[h], data: Array(bands[(h + 1)..<end]), isRepeatedHeader: isResourceHeader)
        var measures: [(Int, ProgramTotal.Measure)] = []
        for (k, c) in section.columns.enumerated() where k > 0 {
            let f = Lexicon.fold(c.title)
            if let m = Self.measures.first(where: { Lexicon.names($0.1, .columnHeader, f, .within) })?.0 { measures.append((k, m)) }
        }
        var totals: [ProgramTotal] = []
        for row in section.rows {
            guard let code = EconomicCodeReader.code(in: row.text(0)) else { continue }
            for (k, m) in measures {
                if let a = row.amount(k), !totals.contains(where: { $0.measure == m && $0.economicCode == code }) {
                    totals.append(ProgramTotal(measure: m, economicCode: code, source: .budget, amount: a, page: row.page))
                }
            }
        }
        return totals
    }

    /// “Toplam Maliyet 12.000.000.000”: a grand total stated in running text or a small table.
    static func statedTotalCost(_ bands: [RowBand]) -> ProgramTotal? {
        var found: ProgramTotal?
        for band in bands {
            for line in band.lines {
                let words = line.words
                let texts = Lexicon.foldEach(words.map(\.text))
                for k in words.indices {
                    guard let n = Lexicon.leads(texts, at: k, .totalCost, .text), k + n < words.count else { continue }
                    if let a = TurkishNumber.amount(words[k + n].text) { found = ProgramTotal(measure: .total, amount: a, page: band.page) }
                }
            }
        }
        return found
    }
}
