import PageLayout
import Dataset
import TableGeometry

/// Indicator rows of a goal table: name (with its code), unit, and one value per year column.
enum IndicatorRows {
    /// `bare`: headed by a year alone, taken for the target until the program's year is known
    /// (`BareYearColumn`).
    struct ValueColumn { var index: Int; var year: Int; var kind: ValueKind; var bare = false }

    /// A year column's kind comes from its kind word (Gerçekleşen, Tahmin, Hedef). A column
    /// headed by a year alone may hold the target only when it is the table's latest year: a
    /// performance program sets targets for its own year, and the years before it are shown
    /// as past actuals or estimates, which a bare year does not say. Any other bare year is
    /// left out, so it is reported as a column not understood rather than taken as a target.
    /// The latest is taken as the target only provisionally (`bare`): it stays the target where
    /// it is the program's own year or the document's other tables name that year's target
    /// (`BareYearColumn.settle`), else it is stated unread.
    static func valueColumns(_ section: TableSection) -> [ValueColumn] {
        let headed: [(index: Int, year: Int, kind: ValueKind?)] = section.columns.enumerated().compactMap { k, column in
            // The group before the title, as printed: a relative year wrapped in a narrow cell (“Geçmiş” over
            // “Yıl”) may be taken for a group over its last word, and reads in its order.
            let printed = (column.group.map { $0 + " " } ?? "") + column.title
            let folded = Lexicon.fold(printed)
            // A year named relative to the program's (“Cari Yıl”) holds its offset until the program's year is known.
            let printedYear = folded.split(separator: " ").compactMap({ Int($0) }).first(where: ProgramYear.isPlausible)
            let relative = printedYear == nil ? RelativeYear.offset(folded, printed: printed) : nil
            guard let year = printedYear ?? relative else { return nil }
            // An estimate of the actual (“2024 Gerçekleşme Tahmini”, “Tahmini Gerçekleşme”) is an
            // estimate: its word decides before the actual's.
            func kind(_ text: String) -> ValueKind? {
                Lexicon.names(.estimate, .columnHeader, text, .within) ? .estimate
                    : Lexicon.names(.pastActual, .columnHeader, text, .within) ? .actual
                    : Lexicon.names(.targetValue, .columnHeader, text, .within) ? .target : nil
            }
            // A relative year alone says its kind by itself (`RelativeYear.kind(ofOffset:)`).
            let named = kind(folded) ?? kind(Lexicon.joiningBrokenWords(folded))
                ?? Lexicon.joiningEachPair(folded).lazy.compactMap(kind).first
            return (k, year, named ?? relative.map(RelativeYear.kind(ofOffset:)))
        }
        let programYear = headed.map(\.year).filter { !RelativeYear.isOffset($0) }.max()
        return headed.compactMap { column in
            if let kind = column.kind { return ValueColumn(index: column.index, year: column.year, kind: kind) }
            return column.year == programYear ? ValueColumn(index: column.index, year: column.year, kind: .target, bare: true) : nil
        }
    }

    /// Columns a goal card copied from the strategic plan prints beside the indicator's own,
    /// which the reader knows and leaves on purpose: indicators.csv has no field for the unit
    /// answering for an indicator, a note on it, its effect on the target, its baseline, how
    /// often it is monitored or reported, dates, the units taking part or coordinating, risks, or
    /// whether it should rise or fall.
    static let knownUnread: [Lexicon.Concept] = [.responsibleUnit, .explanation, .effectOnTarget, .baseline,
                                                 .monitoringFrequency, .reportingFrequency, .schedule,
                                                 .cooperatingUnit, .coordinatingUnit, .risk, .indicatorDirection]

    /// The columns `read` gives a meaning (the code, the name, the unit and the value columns)
    /// and those it knows and leaves (`knownUnread`): any other is reported, never read.
    static func understoodColumns(_ section: TableSection, columns: Columns? = nil) -> Set<Int> {
        let c = columns ?? Columns(section)
        return Set([c.name] + c.values.map(\.index) + [c.unit, c.code].compactMap { $0 })
            .union(section.columns(naming: knownUnread))
    }

    /// The columns `read` gives a meaning, found once for the rows and for the columns left unread.
    struct Columns {
        var values: [ValueColumn], unit: Int?, name: Int, code: Int?

        init(_ section: TableSection) {
            values = IndicatorRows.valueColumns(section)
            unit = IndicatorRows.unitColumn(section)
            name = IndicatorRows.nameColumn(section)
            code = section.codeColumn
        }
    }

    /// The indicator's name: the column titled so (“Performans Göstergesi”), also where a code
    /// column or another stands before it; never the unit's (“Gösterge Birimi”).
    static func nameColumn(_ section: TableSection) -> Int {
        section.subjectColumn { Lexicon.names(.indicator, .columnHeader, $0, .within) && !Lexicon.names(.unit, .columnHeader, $0, .leading) }
    }

    /// The unit of measure's column (“Ölçü Birimi”, “Birim”), never one naming a unit of the
    /// administration beside the responsible one (“Koordinatör” over “Birim”), nor the cost of
    /// one unit of output (“Birim Maliyet”, which opens with the unit's word).
    static func unitColumn(_ section: TableSection) -> Int? {
        section.columns.indices.first { k in
            let f = Lexicon.fold(section.columns[k].title)
            return Lexicon.names(.unit, .columnHeader, f, .leading) && !Lexicon.names(.unitCost, .columnHeader, f, .leading)
                && !ResponsibleUnitColumn.namesOtherUnit(section.columns[k])
        }
    }

    /// `columns`: the section's `Columns`, where the caller found them already.
    static func read(_ section: TableSection, columns: Columns? = nil) -> [Indicator] {
        let columns = columns ?? Columns(section)
        let values = columns.values
        let unitColumn = columns.unit
        let nameColumn = columns.name
        let codeColumn = columns.code
        var indicators: [Indicator] = []
        var previousPage = -1
        var inExplanation = false
        for row in section.rows {
            let nameCell = row.cells[nameColumn]
            if GoalTableReader.isExplanation(row.band) { previousPage = row.page; inExplanation = true; continue }
            let (code, name) = section.key(of: row, name: nameColumn, code: codeColumn, next: indicators.count + 1)
            let hasValues = values.contains { !row.text($0.index).isEmpty }
            // Text under an “Açıklamalar:” row, in a row of its own, is more explanation, also
            // when the page breaks after the label: what continues there is the explanation.
            if inExplanation && code == nil { previousPage = row.page; continue }
            inExplanation = false
            if let last = indicators.indices.last,
               RowContinuation.continuesPrevious(code: code, page: row.page, previousPage: previousPage, hasFigures: hasValues) {
                if !name.isEmpty { indicators[last].name = WrappedText.join([indicators[last].name, name]) }
                for v in values where !row.text(v.index).isEmpty && !indicators[last].values.contains(where: { $0.year == v.year && $0.kind == v.kind }) {
                    indicators[last].values.append(value(row.text(v.index), v, enUS: section.notation.enUSValues))
                }
                previousPage = row.page
                continue
            }
            previousPage = row.page
            guard !name.isEmpty || code != nil else { continue }
            var indicator = Indicator(no: indicators.count + 1, code: code ?? String(indicators.count + 1),
                                      name: TextNormalization.collapse(name), unit: "", page: row.page)
            if let u = unitColumn {
                var unitText = row.text(u)
                if unitText.isEmpty, let stray = StrayCell.trailing(nameCell), UnitNormalizer.unit(in: stray.text) != nil {
                    // The unit printed far right of the name but left of where the boundary fell.
                    unitText = stray.text
                    indicator.name = TextNormalization.collapse(RowKey.split(Cell(words: nameCell.words.filter { !stray.words.contains($0) })).text)
                }
                indicator.unit = UnitNormalizer.fromColumn(unitText)
            }
            indicator.values = values.filter { !row.text($0.index).isEmpty }.map { value(row.text($0.index), $0, enUS: section.notation.enUSValues) }
            indicators.append(indicator)
        }
        if unitColumn == nil {
            for k in indicators.indices { indicators[k].unit = UnitNormalizer.fromName(indicators[k].name) }
        }
        for k in indicators.indices {
            indicators[k].values.sort { ($0.year, $0.kind.order) < ($1.year, $1.kind.order) }
        }
        return indicators
    }

    /// `enUS`: the table writes its values the en-US way (`FigureNotation`).
    static func value(_ raw: String, _ column: ValueColumn, enUS: Bool = false) -> IndicatorValue {
        let text = TextNormalization.collapse(raw)
        return IndicatorValue(year: column.year, kind: column.kind, value: enUS ? TurkishNumber.enUSValue(text) : TurkishNumber.value(text), raw: text)
    }
}

extension ValueKind {
    var order: Int { self == .actual ? 0 : self == .estimate ? 1 : 2 }
}
