import Dataset

/// A column real templates print beside the contract's: performance programs often copy the
/// strategic plan's goal cards (Hedef Kartı), whose indicator tables carry the indicator's
/// effect on the target, its baseline, how often it is monitored and reported and by whom, and
/// whose activity tables carry dates and notes. The reader knows such a column and leaves it
/// (no field of the contract holds it), reads it into the field that does (an activity's
/// Açıklama is its description), or, where it does not know it, reports it as left unread;
/// never shifts the facts or defaults a column into a contract field.
struct ExtraColumn: Sendable {
    /// Where the column stands among the contract's.
    enum Place: Sendable {
        /// Leftmost, before the row's code and name.
        case first
        /// Right after the name.
        case afterName
        /// After the unit column (after the name where there is none), before the figures.
        case afterUnit
        /// Rightmost.
        case last
    }

    /// What each row prints in it.
    enum Content: Sendable {
        /// "Hedefe Etkisi (%)": the indicator's weight in its target, "%25".
        case effectOnTarget
        /// "Plan Dönemi Başlangıç Değeri": the indicator's value at the plan's start.
        case baseline
        /// "İzleme Sıklığı" / "Raporlama Sıklığı": "6 Ay", "Yıllık", "3 Ay", from the `n`-th on.
        case frequency(Int)
        /// The unit answering for the indicator: the goal's first activity's.
        case responsibleUnit
        /// A short note on some rows ("Birikimli", "Kümülatif değer"), empty on others.
        case notes
        /// "Başlangıç – Bitiş": "01.01.2025 – 31.12.2025".
        case period
        /// The activity's explanation (DATASET.md: description).
        case description
        /// "İşbirliği Yapılacak Birimler": units that take part, never the one answering for the row.
        case cooperatingUnits
        /// "Koordinatör Birim": the unit coordinating the row beside the one answering for it.
        case coordinatingUnit
        /// "Riskler": what may keep the row from its target, or nothing.
        case risks
        /// "Birim Maliyet (TL)": the cost of one unit of the activity's output, a figure beside its
        /// amounts that is never its total.
        case unitCost
        /// "Göstergenin Yönü": whether the indicator should rise or fall, "Artış" / "Azalış".
        case direction
        /// A column no template the reader knows prints: "Orta", "Yüksek", "Düşük".
        case level
        /// A column no template the reader knows prints, with figures: "3", "1", "2".
        case rank
    }

    var header: String
    var place: Place
    var content: Content
    /// Holds figures: set right, widened to its longest figure, its header turned with the others.
    var figure = false

    init(_ header: String, _ place: Place, _ content: Content, figure: Bool = false) {
        self.header = header
        self.place = place
        self.content = content
        self.figure = figure
    }

    /// The cell an indicator's row prints (the `index`-th of its goal).
    func text(_ indicator: Indicator, index: Int, goal: Goal, year: Int) -> String {
        switch content {
        case .effectOnTarget:
            // Shares that add up to 100 over the goal's indicators, as a plan's card prints them.
            let count = max(goal.indicators.count, 1)
            let share = index == count - 1 ? 100 - (100 / count) * (count - 1) : 100 / count
            return "%\(share)"
        case .baseline:
            return indicator.values.filter { $0.kind == .actual }.min { $0.year < $1.year }?.raw ?? "-"
        case .frequency(let n): return Self.frequencies[(index + n) % Self.frequencies.count]
        case .responsibleUnit: return goal.activities.first?.responsibleUnit ?? ""
        case .notes: return index % 2 == 0 ? "Birikimli" : ""
        case .cooperatingUnits: return Self.cooperating[index % Self.cooperating.count]
        case .coordinatingUnit: return Self.coordinating[index % Self.coordinating.count]
        case .risks: return Self.risks[index % Self.risks.count]
        case .period, .description, .unitCost: return ""
        case .level: return Self.levels[index % Self.levels.count]
        case .rank: return String(index % 3 + 1)
        case .direction: return index % 3 == 1 ? "Azalış" : "Artış"
        }
    }

    /// The cell an activity's row prints (the `index`-th of its goal).
    func text(_ activity: Activity, index: Int, year: Int) -> String {
        switch content {
        case .period: return index % 2 == 0 ? "01.01.\(year) – 31.12.\(year)" : "01.03.\(year) – 30.11.\(year)"
        case .description: return activity.description
        case .notes: return index % 2 == 0 ? "Devam eden" : ""
        case .responsibleUnit: return activity.responsibleUnit
        case .cooperatingUnits: return Self.cooperating[index % Self.cooperating.count]
        case .coordinatingUnit: return Self.coordinating[index % Self.coordinating.count]
        case .risks: return Self.risks[index % Self.risks.count]
        case .frequency(let n): return Self.frequencies[(index + n) % Self.frequencies.count]
        case .level: return Self.levels[index % Self.levels.count]
        case .rank: return String(index % 3 + 1)
        case .effectOnTarget, .baseline, .direction: return ""
        case .unitCost:
            // A share of the total, in whole lira: a reader taking it for the total would misread every row.
            let total = activity.total ?? .zero
            return TurkishAmount.format(Amount(kurus: total.kurus / Int64(index % 3 + 2) / 100 * 100), kurus: false)
        }
    }

    static let frequencies = ["6 Ay", "Yıllık", "3 Ay"]
    static let levels = ["Orta", "Yüksek", "Düşük"]
    /// Unit names as the responsible unit's cells print them: a reader that took this column
    /// for the responsible unit would read a unit, only the wrong one.
    static let cooperating = ["Mali Hizmetler Müdürlüğü, Destek Hizmetleri Müdürlüğü", "Fen İşleri Müdürlüğü", "",
                              "Bilgi İşlem Dairesi Başkanlığı"]
    static let coordinating = ["Strateji Geliştirme Müdürlüğü", "Başkan Yardımcılığı"]
    static let risks = ["Ödenek yetersizliği", "", "İhale sürecinde gecikme"]
}

extension TableSpec {
    /// The spec with `extras` put in among its columns: `anchor` gives each place's column index
    /// in this spec; every cell at or right of it moves one column on, a cell spanning across
    /// it spans the new column too, and the new column's header spans the whole header block.
    /// `cell(row, extra)` is what a body row prints in an extra column (nil: nothing, as in a
    /// total or explanation row). The extras' widths come out of the name column's.
    func inserting(_ extras: [ExtraColumn], anchor: (ExtraColumn.Place) -> Int, width: Double,
                   cell: (Int, ExtraColumn) -> String?) -> TableSpec {
        var spec = self
        // Right to left, so that earlier anchors stay where they are; extras sharing a place keep their order.
        let placed = extras.enumerated().map { (index: anchor($0.element.place), order: $0.offset, extra: $0.element) }
            .sorted { ($0.index, $0.order) > ($1.index, $1.order) }
        let rows = 0..<max(headerRowCount, 1)
        for (k, _, extra) in placed {
            func moved(_ r: Range<Int>) -> Range<Int> {
                r.lowerBound >= k ? (r.lowerBound + 1)..<(r.upperBound + 1) : r.upperBound > k ? r.lowerBound..<(r.upperBound + 1) : r
            }
            for h in spec.header.indices { spec.header[h].columns = moved(spec.header[h].columns) }
            spec.header.append(HeaderCell(extra.header, column: k, rows: rows))
            for r in spec.rows.indices {
                for c in spec.rows[r].cells.indices { spec.rows[r].cells[c].columns = moved(spec.rows[r].cells[c].columns) }
                if let text = cell(r, extra) {
                    spec.rows[r].cells.append(extra.figure ? .figure(text, column: k) : .text(text, column: k))
                }
            }
            spec.figureColumns = Set(spec.figureColumns.map { $0 >= k ? $0 + 1 : $0 }).union(extra.figure ? [k] : [])
            if spec.nameColumn >= k { spec.nameColumn += 1 }
            spec.columnWidths.insert(width, at: k)
            spec.columnWidths[spec.nameColumn] -= width
        }
        return spec
    }
}
