import Dataset

/// An arrangement laid out as an analyst lays a program out in a spreadsheet, for a third
/// producer: LibreOffice Calc prints the workbook (`FlatODS` writes it) to PDF. The tables,
/// labels and titles are `ArrangementTypesetter`'s (its `TableSpec`s, as `ArrangementHTML`'s),
/// so `ExpectedProgram` holds for all producers; only the medium changes: one grid of columns
/// per sheet, merged cells, borders as cell styles, rows that never split, no repeated headers.
struct ArrangementSheets {
    /// One thing on a sheet, top to bottom.
    enum Part {
        /// The title page: administration and "2024 YILI PERFORMANS PROGRAMI", centred.
        case cover(administration: String, year: String)
        /// "<label> <text>" across the sheet, the label bold: aim, target or goal.
        case heading(label: String, text: String, level: HeadingLevel)
        /// A table's title or a goal's caption, centred and bold across the sheet.
        case title(String)
        case table(TableSpec)
        /// A manual page break before what follows (one long sheet).
        case pageBreak
    }
    enum HeadingLevel { case aim, heading, goal }

    struct Sheet {
        var name: String
        var parts: [Part]
    }

    let program: Program
    let arrangement: Arrangement
    let layout: SheetLook.Layout
    /// The typesetter as the source of the tables and labels (it draws nothing until `write`).
    private let tables: ArrangementTypesetter

    init(program: Program, arrangement: Arrangement, layout: SheetLook.Layout) {
        self.program = program
        self.arrangement = arrangement
        self.layout = layout
        tables = ArrangementTypesetter(program: program, arrangement: arrangement, look: LayoutVariant(name: "sheet"))
    }

    /// The workbook: one sheet per section (cover, each goal, summaries), or one long sheet
    /// with a page break after the cover and before the summary.
    func sheets() -> [Sheet] {
        var sheets: [Sheet] = []
        var previousAim = ""
        func add(_ name: String, _ parts: [Part]) {
            switch layout {
            case .sheetPerSection:
                var unique = name
                var n = 1
                while sheets.contains(where: { $0.name == unique }) { n += 1; unique = "\(name) (\(n))" }
                sheets.append(Sheet(name: unique, parts: parts))
            case .oneSheet:
                if sheets.isEmpty { sheets.append(Sheet(name: "Performans Programı", parts: [])) }
                sheets[0].parts += parts
            }
        }
        for block in arrangement.blocks {
            switch block {
            case .cover:
                add("Kapak", [.cover(administration: ProgramTypesetter.turkishUppercased(program.administration),
                                     year: "\(program.year) YILI PERFORMANS PROGRAMI"), .pageBreak])
            case .eachGoal(let blocks):
                for goal in program.goals {
                    var titled = false
                    var parts: [Part] = []
                    for b in blocks {
                        parts += goalBlock(b, goal: goal, aimChanges: goal.aimCode != previousAim, titled: &titled)
                        previousAim = goal.aimCode
                    }
                    add(Self.sheetName(goal.code), parts)
                }
            case .resourceSummary(let orientation):
                add("Kaynak", [.pageBreak] + title("TOPLAM KAYNAK İHTİYACI TABLOSU", "Toplam Kaynak İhtiyacı Tablosu")
                    + [.table(tables.resourceSummaryTable(orientation))])
            case .administrationSummary:
                add("İdare", [.pageBreak] + title("İDARE PERFORMANS TABLOSU", "İdare Performans Tablosu")
                    + [.table(tables.administrationSummaryTable())])
            case .generalPart, .partHeading, .unitsTable, .aimResources:
                // The matrix's cairo variants print the general part and the outline; a workbook's sheets print neither.
                break
            case .goalList:
                add("Hedefler", [.title(tables.listCaption("Performans Hedefleri")), .table(tables.goalListTable())])
            case .indicatorList(let columns):
                add("Göstergeler", [.title(tables.listCaption("Performans Göstergeleri")), .table(tables.indicatorListTable(columns))])
            case .activityList(let columns):
                add("Faaliyetler", [.title(tables.listCaption("Faaliyetler ve Kaynak İhtiyacı")), .table(tables.activityListTable(columns))])
            case .costList:
                add("Maliyetler", [.title(tables.listCaption("Faaliyet Maliyetleri")), .table(tables.costListTable())])
            case .planOverview(let style):
                add("Plan", PlanOverview.aims(program).flatMap { aim, targets in
                    [Part.heading(label: tables.aimLabel(aim.code, style), text: aim.title, level: .aim)]
                        + targets.map { .heading(label: tables.targetLabel($0.code, style), text: $0.title, level: .heading) }
                })
            }
        }
        // A page break leads nothing on a sheet of its own, and ends nothing.
        return sheets.map { sheet in
            var parts = sheet.parts
            while case .pageBreak = parts.first { parts.removeFirst() }
            while case .pageBreak = parts.last { parts.removeLast() }
            return Sheet(name: sheet.name, parts: parts)
        }
    }

    /// Sheet names may not hold `[]*?:/\` (Calc refuses them); codes do not, but say so once.
    private static func sheetName(_ code: String) -> String {
        String(code.map { "[]*?:/\\".contains($0) ? "-" : $0 })
    }

    private func goalBlock(_ block: GoalBlock, goal: Goal, aimChanges: Bool, titled: inout Bool) -> [Part] {
        /// The goal table's title, once, before its first part.
        func goalTitle() -> [Part] {
            defer { titled = true }
            return titled ? [] : title("PERFORMANS HEDEFİ TABLOSU", "Performans Hedefi Tablosu")
        }
        func headings(_ style: HeadingStyle) -> [Part] {
            var out: [Part] = []
            if aimChanges { out.append(.heading(label: tables.aimLabel(goal.aimCode, style), text: goal.aimTitle, level: .aim)) }
            if let target = tables.printedTarget(goal, style.target) {
                out.append(.heading(label: tables.targetLabel(target.code, style), text: target.title, level: .heading))
            }
            return out
        }
        switch block {
        case .headings(let style):
            return (style.parents ? headings(style) : [])
                + [.heading(label: tables.goalLabel(PlanOverview.printedCode(goal, style), style), text: goal.title, level: .goal)]
        case .caption(let style):
            return headings(style) + [.title("\(goal.title) (Performans Hedefi \(goal.code))")]
        case .fullWidthRows(let style):
            return goalTitle() + [.table(tables.fullWidthRows(goal, style, aimChanges: aimChanges))]
        case .labelledRows(let style):
            return goalTitle() + [.table(tables.labelledRows(goal, style))]
        case .indicators(let columns):
            return goalTitle() + [.table(tables.indicatorTable(goal, columns))]
        case .activities(let columns):
            return goalTitle() + [.table(tables.activityTable(goal, columns))]
        case .costs(.perGoal(let explanations)):
            return title("FAALİYET MALİYETLERİ TABLOSU", "Faaliyet Maliyetleri Tablosu")
                + [.table(tables.costTablePerGoal(goal, explanations: explanations))]
        case .aimIntroduction, .prose, .explanation:
            // The matrix's cairo variants print the general part; this producer's committed fixtures print none.
            return []
        case .costs(.longForm):
            return title("FAALİYET MALİYETLERİ TABLOSU", "Faaliyet Maliyetleri Tablosu") + [.table(tables.costTableLongForm(goal))]
        case .costs(.perActivity):
            return (arrangement.costsReversed ? goal.activities.reversed() : goal.activities).flatMap { activity in
                title("FAALİYET MALİYET TABLOSU", "Faaliyet Maliyet Tablosu")
                    + [.table(tables.costLabels(goal, activity)), .table(tables.costTablePerActivity(activity))]
            }
        }
    }

    private func title(_ guide: String, _ numbered: String) -> [Part] {
        tables.titleText(guide: guide, numbered: numbered).map { [.title($0)] } ?? []
    }
}
