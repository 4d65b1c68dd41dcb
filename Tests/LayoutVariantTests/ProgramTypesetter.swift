import Dataset

/// Prints a program as a municipality prints its performance program (the Balıkesir 2024
/// layout): a cover, then per goal its aim heading where the aim changes, the goal heading
/// "H1.1 <text>", the PERFORMANS HEDEFİ TABLOSU (indicator table, activity table) and the
/// FAALİYET MALİYETLERİ TABLOSU with each activity's explanation under its row.
struct ProgramTypesetter {
    let program: Program
    let variant: LayoutVariant

    /// Economic codes every cost table shows, as the sample's do; codes an activity uses beyond these are added.
    static let standardCostCodes: [EconomicCode] = [.goodsAndServices, .currentTransfers, .capital]
    /// Space between blocks (headings, titles, tables).
    static let blockGap = 12.0
    /// Room a heading needs below it to stay with what follows (a title and a table's first rows), as "keep with next" does.
    static let headingKeepsWithNext = 72.0
    static let headingFont = TypeFace(size: 10)
    static let aimFont = TypeFace(size: 10.5, bold: true)
    static let titleFont = TypeFace(size: 9.5, bold: true, display: true)

    func write(to path: String) throws(TypesetError) {
        let canvas = try PDFCanvas(path: path, pageSize: variant.page, quirk: variant.quirk, textLayer: variant.textLayer)
        let flow = PageFlow(canvas: canvas, size: variant.page,
                            runningHeader: (program.administration, "\(program.year) Yılı Performans Programı"))
        Self.writeCover(program, flow: flow)
        flow.startPage()
        var aim = ""
        for goal in program.goals {
            if goal.aimCode != aim {
                aim = goal.aimCode
                heading(code: goal.aimCode, text: goal.aimTitle, font: Self.aimFont, flow: flow)
            }
            heading(code: goal.code, text: goal.title, font: Self.headingFont, flow: flow)
            let setter = TableSetter(flow: flow, variant: variant)
            let indicators = indicatorTable(goal).withNameColumn(scaledBy: variant.nameColumnScale)
            title("PERFORMANS HEDEFİ TABLOSU", keeping: setter.openingHeight(indicators), flow: flow)
            setter.set(indicators)
            flow.advance(Self.blockGap / 2)
            let activities = activityTable(goal).withNameColumn(scaledBy: variant.nameColumnScale)
            flow.makeRoom(setter.openingHeight(activities))
            setter.set(activities)
            flow.advance(Self.blockGap)
            let costs = costTable(goal).withNameColumn(scaledBy: variant.nameColumnScale)
            title("FAALİYET MALİYETLERİ TABLOSU", keeping: setter.openingHeight(costs), flow: flow)
            setter.set(costs)
            flow.advance(Self.blockGap * 1.5)
        }
        try canvas.finish()
    }

    // MARK: Blocks

    static func writeCover(_ program: Program, flow: PageFlow) {
        flow.startBarePage()
        let lines = [(Self.turkishUppercased(program.administration), TypeFace(size: 20, bold: true, display: true)),
                     ("\(program.year) YILI PERFORMANS PROGRAMI", TypeFace(size: 16, bold: true, display: true))]
        var top = flow.size.height * 0.4
        for (text, font) in lines {
            for line in LineBreaker.lines(text, width: flow.width, font: font, canvas: flow.canvas) {
                flow.canvas.text(line, x: (flow.size.width - flow.canvas.width(of: line, in: font)) / 2, top: top, font: font)
                top += font.leading * 1.3
            }
        }
    }

    /// Upper case with the dotted and dotless i kept apart (i → İ, ı → I), as a Turkish cover prints it.
    static func turkishUppercased(_ text: String) -> String {
        String(text.map { $0 == "i" ? "İ" : $0 == "ı" ? "I" : $0 }).uppercased()
    }

    /// "H1.1 <text>": the code in bold, the text wrapped across the text width.
    private func heading(code: String, text: String, font: TypeFace, flow: PageFlow) {
        let canvas = flow.canvas
        let codeWidth = canvas.width(of: code + " ", in: font.boldened)
        // The first line holds the code; later lines start at the margin, as in the sample.
        var lines = LineBreaker.lines(text, width: flow.width - codeWidth, font: font, canvas: canvas)
        if lines.count > 1 {
            let rest = lines.dropFirst().joined(separator: " ")
            lines = [lines[0]] + LineBreaker.lines(rest, width: flow.width, font: font, canvas: canvas)
        }
        flow.makeRoom(Double(lines.count) * font.leading + Self.headingKeepsWithNext)
        canvas.text(code, x: flow.left, top: flow.y, font: font.boldened)
        for (k, line) in lines.enumerated() {
            canvas.text(line, x: flow.left + (k == 0 ? codeWidth : 0), top: flow.y, font: font)
            flow.advance(font.leading)
        }
        flow.advance(Self.blockGap)
    }

    private func title(_ text: String, keeping tableOpening: Double, flow: PageFlow) {
        let font = Self.titleFont
        flow.makeRoom(font.leading + Self.blockGap + tableOpening)
        flow.canvas.text(text, x: flow.left, top: flow.y, font: font)
        flow.advance(font.leading + Self.blockGap)
    }

    // MARK: Tables

    private func amount(_ value: Amount?) -> String {
        TurkishAmount.format(value ?? .zero, kurus: variant.amountsWithKurus || !variant.groupsThousands, grouped: variant.groupsThousands)
    }

    /// A Bütçe Dışı cell: "-" for nothing where the variant prints it so.
    private func offBudgetAmount(_ value: Amount?) -> String {
        variant.dashForNoOffBudget && (value ?? .zero) == .zero ? "-" : amount(value)
    }

    /// Performans Göstergeleri | Ölçü | <year>: the target value as printed.
    func indicatorTable(_ goal: Goal) -> TableSpec {
        let rows = goal.indicators.map { indicator in
            let target = indicator.values.first { $0.year == program.year && $0.kind == .target }
            return TableRowSpec(cells: [.text("\(indicator.code) \(indicator.name)", column: 0),
                                        .centred(indicator.unit, column: 1),
                                        .figure(target?.raw ?? "", column: 2)])
        }
        return TableSpec(columnWidths: [0.56, 0.29, 0.15], figureColumns: [2],
                         header: [HeaderCell(variant.wording.indicators, column: 0), HeaderCell(variant.wording.unit, column: 1),
                                  HeaderCell(String(program.year), column: 2)],
                         rows: rows)
    }

    /// Faaliyetler | Kaynak İhtiyacı <year> (TL): Bütçe, Bütçe Dışı, Toplam; then Genel Toplam.
    func activityTable(_ goal: Goal) -> TableSpec {
        var rows = goal.activities.map { activity in
            TableRowSpec(cells: [.text("\(activity.code) \(activity.name)", column: 0),
                                 .figure(amount(activity.budget), column: 1),
                                 .figure(offBudgetAmount(activity.offBudget), column: 2),
                                 .figure(amount(activity.total), column: 3)])
        }
        let sums = [\Activity.budget, \Activity.offBudget, \Activity.total].map { field in
            goal.activities.compactMap { $0[keyPath: field] }.sum()
        }
        rows.append(TableRowSpec(cells: [.text("Genel Toplam", column: 0)]
                                 + sums.enumerated().map { .figure($0.offset == 1 ? offBudgetAmount($0.element) : amount($0.element), column: $0.offset + 1) },
                                 bold: true))
        return TableSpec(columnWidths: [0.68, 0.12, 0.08, 0.12], figureColumns: [1, 2, 3],
                         header: [HeaderCell(variant.wording.activities, column: 0, rows: 0..<2),
                                  HeaderCell("Kaynak İhtiyacı \(program.year) (TL)", columns: 1..<4),
                                  HeaderCell("Bütçe", column: 1, rows: 1..<2),
                                  HeaderCell("Bütçe Dışı", column: 2, rows: 1..<2),
                                  HeaderCell("Toplam", column: 3, rows: 1..<2)],
                         rows: rows)
    }

    /// Faaliyet Adı | Sorumlu Harcama Birimi | Ekonomik Kod <year> (TL): one column per code | Toplam Kaynak İhtiyacı;
    /// an activity's explanation on a row of its own under it; then Genel Toplam.
    func costTable(_ goal: Goal) -> TableSpec {
        let used = goal.activities.flatMap { $0.costs.map(\.economicCode) }
        let codes = Set(Self.standardCostCodes + used).sorted()
        let totalColumn = codes.count + 2
        func byCode(_ activity: Activity) -> [EconomicCode: Amount] {
            Dictionary(grouping: activity.costs, by: \.economicCode).mapValues { $0.map(\.amount).sum() }
        }
        var rows: [TableRowSpec] = []
        for activity in goal.activities {
            let costs = byCode(activity)
            rows.append(TableRowSpec(cells: [.text("\(activity.code) \(activity.name)", column: 0),
                                             .text(activity.responsibleUnit, column: 1)]
                                     + codes.enumerated().map { .figure(amount(costs[$0.element]), column: $0.offset + 2) }
                                     + [.figure(amount(costs.values.sum()), column: totalColumn)]))
            if !activity.description.isEmpty {
                rows.append(TableRowSpec(cells: [TableCell(text: activity.description, columns: 0..<(totalColumn + 1), alignment: .leading)]))
            }
        }
        let all = goal.activities.map(byCode)
        rows.append(TableRowSpec(cells: [.text("Genel Toplam", column: 0)]
                                 + codes.enumerated().map { c in .figure(amount(all.compactMap { $0[c.element] }.sum()), column: c.offset + 2) }
                                 + [.figure(amount(all.flatMap(\.values).sum()), column: totalColumn)],
                                 bold: true))
        // The sample's proportions: name 31%, unit 15%, total 13%, the codes sharing the rest.
        let codeWidth = 0.41 / Double(codes.count)
        var header = [HeaderCell("Faaliyet Adı", column: 0, rows: 0..<2),
                      HeaderCell("Sorumlu Harcama Birimi", column: 1, rows: 0..<2),
                      HeaderCell("Ekonomik Kod \(program.year) (TL)", columns: 2..<totalColumn)]
        header += codes.enumerated().map { HeaderCell("\($0.element.rawValue) \($0.element.standardName)", column: $0.offset + 2, rows: 1..<2) }
        header.append(HeaderCell("Toplam Kaynak İhtiyacı", column: totalColumn, rows: 0..<2))
        return TableSpec(columnWidths: [0.31, 0.15] + Array(repeating: codeWidth, count: codes.count) + [0.13],
                         figureColumns: Set(2...totalColumn), header: header, rows: rows)
    }
}
