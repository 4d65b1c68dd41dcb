import Dataset

/// An arrangement printed as an HTML document with real tables, for a second producer:
/// headless Chromium prints it to PDF (Skia's PDF backend, not our cairo typesetter), with its
/// own glyph positioning, fonts, borders and page breaks. The blocks and tables are the ones
/// `ArrangementTypesetter` sets (its `TableSpec`s), so `ExpectedProgram` holds for both.
/// `scripts/producer-variants` writes the HTML and prints the committed PDFs. LibreOffice
/// Writer reads the same HTML as a word processor (`scripts/libreoffice-variants`); it ignores
/// most CSS on tables, so for it borders, padding and alignment are also given as the HTML
/// attributes a Word document saved as HTML carries.
struct ArrangementHTML {
    let program: Program
    let arrangement: Arrangement
    let look: BrowserLook
    /// The typesetter as the source of the tables and labels (it draws nothing until `write`).
    private let tables: ArrangementTypesetter

    init(program: Program, arrangement: Arrangement, look: BrowserLook) {
        self.program = program
        self.arrangement = arrangement
        self.look = look
        tables = ArrangementTypesetter(program: program, arrangement: arrangement, look: LayoutVariant(name: look.name))
    }

    func document() -> String {
        var body: [String] = []
        var previousAim = ""
        for block in arrangement.blocks {
            switch block {
            case .cover:
                body.append("<div class=\"cover\"><h1>\(escaped(ProgramTypesetter.turkishUppercased(program.administration)))</h1>"
                            // Writer reads no page break from CSS on a block: as a paragraph's style, it does.
                            + "<h2\(look.attributes ? " style=\"page-break-after: always\"" : "")>\(program.year) YILI PERFORMANS PROGRAMI</h2></div>")
            case .eachGoal(let blocks):
                for goal in program.goals {
                    var titled = false
                    for b in blocks {
                        body += goalBlock(b, goal: goal, aimChanges: goal.aimCode != previousAim, titled: &titled)
                        previousAim = goal.aimCode
                    }
                }
            case .resourceSummary(let orientation):
                body += [title("TOPLAM KAYNAK İHTİYACI TABLOSU", "Toplam Kaynak İhtiyacı Tablosu"), table(tables.resourceSummaryTable(orientation))]
            case .administrationSummary:
                body += [title("İDARE PERFORMANS TABLOSU", "İdare Performans Tablosu"), table(tables.administrationSummaryTable())]
            case .generalPart:
                // The matrix's cairo variants print the general part; this producer's committed fixtures print none.
                break
            case .aimResources:
                body += [title("STRATEJİK AMAÇLAR KAYNAK İHTİYACI TABLOSU", "Stratejik Amaçlar Kaynak İhtiyacı Tablosu"),
                         table(tables.aimResourcesTable())]
            case .unitsTable:
                body += [title("FAALİYETLERDEN SORUMLU HARCAMA BİRİMLERİNE İLİŞKİN TABLO", "Faaliyetlerden Sorumlu Harcama Birimlerine İlişkin Tablo"),
                         table(tables.unitsTable())]
            case .partHeading(let text):
                body.append("<p class=\"aim\"><b>\(escaped(text))</b></p>")
            case .goalList:
                body += ["<p class=\"aim\"><b>\(escaped(tables.listCaption("Performans Hedefleri")))</b></p>", table(tables.goalListTable())]
            case .indicatorList(let columns):
                body += ["<p class=\"aim\"><b>\(escaped(tables.listCaption("Performans Göstergeleri")))</b></p>",
                         table(tables.indicatorListTable(columns))]
            case .activityList(let columns):
                body += ["<p class=\"aim\"><b>\(escaped(tables.listCaption("Faaliyetler ve Kaynak İhtiyacı")))</b></p>",
                         table(tables.activityListTable(columns))]
            case .costList:
                body += ["<p class=\"aim\"><b>\(escaped(tables.listCaption("Faaliyet Maliyetleri")))</b></p>", table(tables.costListTable())]
            case .planOverview(let style):
                for (aim, targets) in PlanOverview.aims(program) {
                    body.append(heading(tables.aimLabel(aim.code, style), aim.title, class: "aim"))
                    body += targets.map { heading(tables.targetLabel($0.code, style), $0.title, class: "heading") }
                }
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="tr"><head><meta charset="utf-8"><title>\(escaped(program.administration)) \(program.year)</title>
            <style>\(look.css)</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    private func goalBlock(_ block: GoalBlock, goal: Goal, aimChanges: Bool, titled: inout Bool) -> [String] {
        /// The goal table's title, once, before its first part.
        func goalTitle() -> String {
            defer { titled = true }
            return titled ? "" : title("PERFORMANS HEDEFİ TABLOSU", "Performans Hedefi Tablosu")
        }
        func headings(_ style: HeadingStyle) -> [String] {
            var out: [String] = []
            if aimChanges { out.append(heading(tables.aimLabel(goal.aimCode, style), goal.aimTitle, class: "aim")) }
            if let target = tables.printedTarget(goal, style.target) {
                out.append(heading(tables.targetLabel(target.code, style), target.title, class: "heading"))
            }
            return out
        }
        switch block {
        case .headings(let style):
            return (style.parents ? headings(style) : [])
                + [heading(tables.goalLabel(PlanOverview.printedCode(goal, style), style), goal.title, class: "heading goal")]
        case .caption(let style):
            return headings(style) + ["<p class=\"caption\">\(escaped("\(goal.title) (Performans Hedefi \(goal.code))"))</p>"]
        case .fullWidthRows(let style):
            return [goalTitle(), table(tables.fullWidthRows(goal, style, aimChanges: aimChanges))]
        case .labelledRows(let style):
            return [goalTitle(), table(tables.labelledRows(goal, style))]
        case .indicators(let columns):
            return [goalTitle(), table(tables.indicatorTable(goal, columns))]
        case .activities(let columns):
            return [goalTitle(), table(tables.activityTable(goal, columns))]
        case .costs(.perGoal(let explanations)):
            return [title("FAALİYET MALİYETLERİ TABLOSU", "Faaliyet Maliyetleri Tablosu"),
                    table(tables.costTablePerGoal(goal, explanations: explanations))]
        case .aimIntroduction, .prose, .explanation:
            // The matrix's cairo variants print the general part; this producer's committed fixtures print none.
            return []
        case .costs(.longForm):
            return [title("FAALİYET MALİYETLERİ TABLOSU", "Faaliyet Maliyetleri Tablosu"), table(tables.costTableLongForm(goal))]
        case .costs(.perActivity):
            return goal.activities.flatMap { activity in
                [title("FAALİYET MALİYET TABLOSU", "Faaliyet Maliyet Tablosu"), table(tables.costLabels(goal, activity)),
                 table(tables.costTablePerActivity(activity))]
            }
        }
    }

    private func heading(_ label: String, _ text: String, class name: String) -> String {
        "<p class=\"\(name)\"><b>\(escaped(label))</b> \(escaped(text))</p>"
    }

    private func title(_ guide: String, _ numbered: String) -> String {
        tables.titleText(guide: guide, numbered: numbered).map { "<p class=\"title\">\(escaped($0))</p>" } ?? ""
    }

    /// A `<table>`: the header block in `<thead>` (so Chromium repeats it on every page the
    /// table runs onto), cells spanning columns and rows as the spec says, gaps as empty cells.
    func table(_ spec: TableSpec) -> String {
        var html = ["<table\(look.attributes ? tableAttributes : "")><colgroup>"
                    + spec.columnWidths.map { "<col style=\"width:\(Int(($0 * 1000).rounded()) / 10)%\">" }.joined() + "</colgroup>"]
        if spec.headerRowCount > 0 {
            html.append("<thead>")
            for r in 0..<spec.headerRowCount {
                // A column no header cell covers (a code column under no title) gets an empty cell, in place.
                var cells = ""
                var column = 0
                while column < spec.columnWidths.count {
                    if let cell = spec.header.first(where: { $0.rows.lowerBound == r && $0.columns.lowerBound == column }) {
                        let shade = look.attributes && look.rules == .none ? " bgcolor=\"#e6e6e6\"" : ""
                        cells += "<th\(shade)\(cellRules)\(span(cell.columns, cell.rows))>\(escaped(cell.text))</th>"
                        column = cell.columns.upperBound
                    } else {
                        if !spec.header.contains(where: { $0.rows.contains(r) && $0.columns.contains(column) }) { cells += "<th></th>" }
                        column += 1
                    }
                }
                html.append("<tr>\(cells)</tr>")
            }
            html.append("</thead>")
        }
        html.append("<tbody>")
        for row in spec.rows {
            var cells = ""
            var column = 0
            for cell in row.cells.sorted(by: { $0.columns.lowerBound < $1.columns.lowerBound }) {
                cells += String(repeating: "<td></td>", count: max(0, cell.columns.lowerBound - column))
                var align = cell.alignment == .trailing ? " class=\"figure\"" : cell.alignment == .centre ? " class=\"centre\"" : ""
                if look.attributes, cell.alignment != .leading { align += cell.alignment == .trailing ? " align=\"right\"" : " align=\"center\"" }
                cells += "<td\(align)\(cellRules)\(span(cell.columns, 0..<1))>\(escaped(cell.text))</td>"
                column = cell.columns.upperBound
            }
            cells += String(repeating: "<td></td>", count: max(0, spec.columnWidths.count - column))
            html.append("<tr\(row.bold ? " class=\"bold\"" : "")>\(cells)</tr>")
        }
        html.append("</tbody></table>")
        return html.joined(separator: "\n")
    }

    /// Borders as attributes: a grid, or none (headers shaded); rules between rows are each
    /// cell's own (`cellRules`), which Writer reads where it ignores a table's `rules`.
    private var tableAttributes: String {
        " border=\"\(look.rules == .grid ? 1 : 0)\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\""
    }
    private var cellRules: String {
        look.attributes && look.rules == .rules ? " style=\"border-top: 0.75pt solid #000000; border-bottom: 0.75pt solid #000000\"" : ""
    }

    private func span(_ columns: Range<Int>, _ rows: Range<Int>) -> String {
        (columns.count > 1 ? " colspan=\"\(columns.count)\"" : "") + (rows.count > 1 ? " rowspan=\"\(rows.count)\"" : "")
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// How the browser prints: page, type and table borders.
struct BrowserLook: Sendable {
    enum Family: String, Sendable {
        /// Times' metrics, as Word's default body text.
        case serif = "Liberation Serif"
        /// Arial's metrics, as Excel and many templates.
        case sans = "Liberation Sans"
    }
    var rules: Look.Rules
    var landscape: Bool
    var family: Family
    var fontSize: Double
    /// Cells without vertical padding at single line spacing, rows free to break across pages,
    /// as word processors and spreadsheets print: an unruled table's rows touch.
    var tight = false
    /// Borders, padding and alignment also as HTML attributes, for LibreOffice (see `ArrangementHTML`).
    var attributes = false
    /// Rules only over and under each table and under its header block (booktabs: report
    /// templates' and LaTeX's style): the body rows between them are parted by nothing drawn.
    var booktabs = false

    var name: String {
        let size = fontSize == fontSize.rounded() ? String(Int(fontSize)) : String(fontSize)
        return [booktabs ? "booktabs" : rules.rawValue, landscape ? "landscape" : "portrait", family == .serif ? "serif" : "sans", "\(size)pt",
                tight ? "tight" : nil]
            .compactMap { $0 }.joined(separator: "-")
    }

    var css: String {
        let borders: String
        switch rules {
        case .grid: borders = "th, td { border: 0.75pt solid #000; }"
        case .rules: borders = "th, td { border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; }"
        case .none: borders = "th { background: #e6e6e6; }"
        }
        let booktabRules = "th, td { border: none; } table { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; } thead { border-bottom: 0.7pt solid #000; }"
        return """
            @page { size: A4 \(landscape ? "landscape" : "portrait"); margin: 18mm 16mm; }
            body { font-family: "\(family.rawValue)"; font-size: \(fontSize)pt; margin: 0; }
            .cover { text-align: center; padding-top: 35%; break-after: page; }
            .cover h1 { font-size: 20pt; } .cover h2 { font-size: 16pt; }
            p { margin: 0 0 6pt 0; break-after: avoid; }
            p.aim { font-size: \(fontSize + 2.5)pt; font-weight: bold; }
            p.heading { font-size: \(fontSize + 2)pt; } p.goal { font-weight: bold; }
            p.title, p.caption { text-align: center; font-weight: bold; font-size: \(fontSize + 1.5)pt; margin-top: 8pt; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
            th, td { padding: 2pt 3pt; vertical-align: top; text-align: left; }
            th { font-weight: bold; text-align: center; vertical-align: middle; }
            td.figure { text-align: right; white-space: nowrap; } td.centre { text-align: center; }
            tr { break-inside: avoid; } tr.bold td { font-weight: bold; }
            \(booktabs ? booktabRules : borders)
            \(tight ? "th, td { padding: 0 2pt; line-height: 1.1; } tr { break-inside: auto; }" : "")
            """
    }
}
