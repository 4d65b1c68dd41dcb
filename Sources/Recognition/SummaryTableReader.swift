import Dataset
import PageLayout
import TableGeometry

/// The administration's summary tables → program_totals: the İdare Performans Tablosu's
/// program lines (activities, general administration, transfers, grand total × Bütçe /
/// Bütçe Dışı / Toplam) and the Toplam Kaynak İhtiyacı Tablosu's amounts per economic code.
enum SummaryTableReader {
    /// Row labels of the program lines, folded, by measure.
    static let programLines: [(ProgramTotal.Measure, [String])] = [
        (.activities, ["performans hedefleri maliyetleri toplami", "performans hedefleri toplami", "faaliyetler toplami",
                       "faaliyet giderleri toplami"]),
        (.generalAdmin, ["genel yonetim giderleri"]),
        (.transfers, ["diger idarelere transfer"]),
        (.total, ["genel toplam"]),
    ]
    /// Column headers of the resource table, folded, by measure (most specific first).
    static let resourceColumns: [(ProgramTotal.Measure, String)] = [
        (.transfers, "transfer"), (.generalAdmin, "genel yonetim"), (.total, "genel toplam"), (.activities, "faaliyet"),
        // "Genel Yönetim" may be read as a group over the column; its own words remain.
        (.generalAdmin, "giderleri"),
    ]

    static func isAdministrationHeader(_ band: RowBand) -> Bool {
        let f = Vocabulary.fold(band.text)
        return f.contains("butce") && f.contains("toplam") && (f.contains("pay") || f.contains(" tl"))
    }

    static func readAdministration(_ bands: [RowBand]) -> (totals: [ProgramTotal], shares: [StatedShare]) {
        guard let h = bands.firstIndex(where: isAdministrationHeader) else { return ([], []) }
        let section = TableSection.build(header: bands[h], data: Array(bands[(h + 1)...]), isRepeatedHeader: isAdministrationHeader)
        var budget: Int?, offBudget: Int?, total: Int?
        var shareOfTotal: Int?
        for (k, c) in section.columns.enumerated() {
            let f = Vocabulary.fold((c.group ?? "") + " " + c.title)
            let isShare = Vocabulary.fold(c.title) == "pay"
            if f.contains("disi") { if !isShare { offBudget = offBudget ?? k } }
            else if f.contains("toplam") { if isShare { shareOfTotal = k } else { total = total ?? k } }
            else if f.contains("butce") { if !isShare { budget = budget ?? k } }
        }
        // Group headers that did not stack over their columns: the amount columns stand in the
        // guideline's order, Bütçe / Bütçe Dışı / Toplam.
        let amountColumns = section.columns.indices.filter { k in
            k > 1 && Vocabulary.fold(section.columns[k].title) != "pay" && section.columns[k].x0 > section.columns[1].x1
        }
        if amountColumns.count == 3, [budget, offBudget, total].contains(where: { $0 == nil }) {
            budget = amountColumns[0]; offBudget = amountColumns[1]; total = amountColumns[2]
            shareOfTotal = section.columns.indices.last { Vocabulary.fold(section.columns[$0].title) == "pay" && $0 > amountColumns[2] }
        }
        var totals: [ProgramTotal] = []
        var found: [(String, Amount, String)] = []
        let firstAmount = [budget, offBudget, total].compactMap { $0 }.min() ?? 1
        for row in section.rows {
            // The row's label may spread over the text columns left of the amounts.
            let label = (0..<firstAmount).map { row.text($0) }.filter { !$0.isEmpty }.joined(separator: " ")
            let folded = Vocabulary.fold(label)
            guard let measure = programLines.first(where: { Vocabulary.startsWithAny(folded, $0.1) })?.0,
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
        let f = Vocabulary.fold(band.text)
        return f.contains(Vocabulary.economicCodeHeader) && f.contains("toplam")
    }

    static func readResources(_ bands: [RowBand]) -> [ProgramTotal] {
        guard let h = bands.firstIndex(where: isResourceHeader) else { return [] }
        var end = h + 1
        while end < bands.endIndex, !Vocabulary.startsWithAny(Vocabulary.fold(bands[end].text), Vocabulary.costTotalRow) { end += 1 }
        let section = TableSection.build(header: bands[h], data: Array(bands[(h + 1)..<end]), isRepeatedHeader: isResourceHeader)
        var measures: [(Int, ProgramTotal.Measure)] = []
        for (k, c) in section.columns.enumerated() where k > 0 {
            let f = Vocabulary.fold(c.title)
            if let m = resourceColumns.first(where: { f.contains($0.1) })?.0 { measures.append((k, m)) }
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

    /// "Toplam Maliyet 12.000.000.000": a grand total stated in running text or a small table.
    static func statedTotalCost(_ bands: [RowBand]) -> ProgramTotal? {
        var found: ProgramTotal?
        for band in bands {
            for line in band.lines {
                let words = line.words
                for k in words.indices.dropLast(2) where Vocabulary.fold(words[k].text + " " + words[k + 1].text) == "toplam maliyet" {
                    if let a = TurkishNumber.amount(words[k + 2].text) { found = ProgramTotal(measure: .total, amount: a, page: band.page) }
                }
            }
        }
        return found
    }
}
