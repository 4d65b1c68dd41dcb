import Dataset

/// A program printed as a few long flat lists rather than a block per goal (a workbook's sheets
/// exported as they stand, the blind tests' T07): the goal list defines every goal by its code,
/// and the indicator and activity lists key each row by its goal's code in a column of their own.
/// The lists are the per-goal tables (`indicatorTable`, `activityTable`) with that column put
/// first and their rows run together, so they print what those print.
extension ArrangementTypesetter {
    /// The goal's code column's header.
    static let goalCodeHeader = "Performans Hedefi Kodu"
    /// Its planned width (the setter widens it to its longest word).
    static let goalCodeWidth = 0.07

    /// The caption line a list prints over its header: the program's name and the list's.
    func listCaption(_ list: String) -> String {
        "\(program.administration) \(program.year) Yılı Performans Programı – \(list)"
    }

    /// "Amaç Kodu | Stratejik Amaç | Hedef Kodu | Stratejik Hedef | Performans Hedefi Kodu |
    /// Performans Hedefi", a row per goal with its aim and target beside it.
    func goalListTable() -> TableSpec {
        let titles = ["Amaç Kodu", "Stratejik Amaç", "Hedef Kodu", "Stratejik Hedef", Self.goalCodeHeader, "Performans Hedefi"]
        let rows = program.goals.map { goal in
            TableRowSpec(cells: [.centred(goal.aimCode, column: 0), .text(goal.aimTitle, column: 1),
                                 .centred(goal.targetCode, column: 2), .text(goal.targetTitle, column: 3),
                                 .centred(goal.code, column: 4), .text(goal.title, column: 5)])
        }
        return cased(TableSpec(columnWidths: [0.07, 0.25, 0.07, 0.25, 0.08, 0.28], figureColumns: [],
                               header: titles.enumerated().map { HeaderCell($0.element, column: $0.offset) }, rows: rows, nameColumn: 5))
    }

    /// Every goal's indicator rows in one table, each keyed by its goal's code.
    func indicatorListTable(_ layout: IndicatorColumns) -> TableSpec {
        listed { goal in goal.indicators.isEmpty ? nil : indicatorTable(goal, layout) }
    }

    /// Every goal's activity rows in one table, keyed by the goal's code, each goal's closed by its
    /// total ("Performans Hedefi 1 Toplamı"); a column per economic code any goal spends on.
    func activityListTable(_ layout: ActivityColumns) -> TableSpec {
        let codes = layout.costColumns ? Array(Set(program.goals.flatMap(mergedCodes))).sorted() : []
        return listed { goal in
            goal.activities.isEmpty ? nil : activityTable(goal, layout, codes: codes, totalLabel: "Performans Hedefi \(goal.code) Toplamı")
        }
    }

    /// Every goal's costs in long form in one table, keyed by the goal's code, without the goals'
    /// total rows: the activities' numbers start again with each goal, so only the code tells them
    /// apart. The list's own total closes it ("Toplam Kaynak İhtiyacı").
    func costListTable() -> TableSpec {
        var list = listed { goal in
            var spec = costTableLongForm(goal)
            spec.rows.removeAll(where: \.bold)
            // The goal's code column takes its width from the codes' names (as wide as the units'), not the narrow number's.
            spec.nameColumn = 3
            return spec.rows.isEmpty ? nil : spec
        }
        guard !list.rows.isEmpty else { return list }
        let all = program.goals.flatMap(\.activities).flatMap { Self.byCode($0).values }.sum()
        // The long form's columns moved one on: the amounts stand in the sixth and seventh.
        list.rows.append(TableRowSpec(cells: [TableCell(text: words.costTotal, columns: 0..<5, alignment: .leading),
                                              .figure(amount(all), column: 5), .figure(amount(all), column: 6)], bold: true))
        return list
    }

    /// The goals' tables with the goal's code column first (on every row but a total), one after the other.
    private func listed(_ table: (Goal) -> TableSpec?) -> TableSpec {
        var out: TableSpec?
        for goal in program.goals {
            guard let spec = table(goal) else { continue }
            let keyed = spec.inserting([ExtraColumn(Self.goalCodeHeader, .first, .notes)], anchor: { _ in 0 }, width: Self.goalCodeWidth) { r, _ in
                spec.rows[r].bold ? nil : goal.code
            }
            if out == nil { out = keyed } else { out?.rows += keyed.rows }
        }
        return out ?? TableSpec(columnWidths: [1], figureColumns: [], header: [], rows: [])
    }

    /// Sets a list: its caption line at the left, kept with the header under it, then the table.
    func setList(_ caption: String, _ spec: TableSpec) {
        guard !spec.rows.isEmpty else { return }
        let font = Self.headingFont.boldened
        flow.advance(Self.blockGap)
        let lines = LineBreaker.lines(caption, width: flow.width, font: font, canvas: flow.canvas)
        flow.makeRoom(Double(lines.count) * font.leading + setter.openingHeight(spec))
        for line in lines {
            flow.canvas.text(line, x: flow.left, top: flow.y, font: font)
            flow.advance(font.leading)
        }
        flow.advance(Self.blockGap / 2)
        setter.set(spec)
    }
}
