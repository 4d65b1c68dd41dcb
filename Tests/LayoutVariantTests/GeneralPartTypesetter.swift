import Dataset

/// Where general blocks stand in the document.
enum GeneralPlace: Sendable {
    /// Before the goals (Genel Bilgiler), which begin after it under PERFORMANS BİLGİLERİ.
    case opening
    /// A part's introduction between goals, where the aim changes, on pages of its own.
    case aimIntroduction
    /// After the goals and summaries, under EKLER.
    case annex
}

/// Prints the general part (`GeneralBlock`) before, between or after the goals: prose, lists and
/// tables set as the arrangement sets its own (the same table setter, titles, amounts and case).
extension ArrangementTypesetter {
    func generalPart(_ blocks: [GeneralBlock], place: GeneralPlace = .opening) {
        // The general part's tables are captioned by no goal table's title when they go on.
        flow.continuedCaption = nil
        let figures = GeneralFigures(program: program)
        if place != .opening {
            flow.startPage()
            sectionHeading(place == .annex ? "EKLER" : "BÖLÜM TANITIMI")
        }
        for block in blocks {
            switch block {
            case .contents:
                contents(blocks)
                flow.startPage()
                continue
            default: break
            }
            sectionHeading(block.heading)
            switch block {
            case .contents: break
            case .mission: mission(figures)
            case .organisation:
                paragraph("Belediyemiz; Belediye Meclisi, Belediye Encümeni ve Belediye Başkanı ile aşağıdaki harcama birimlerinden oluşmaktadır:")
                for (k, unit) in figures.units.enumerated() { line("\(k + 1). \(unit)") }
                flow.advance(Self.blockGap)
            case .staff:
                paragraph("Belediyemizde kadrolu memur, sözleşmeli personel ve kadrolu işçi statüsünde personel görev yapmaktadır.")
                generalTable(block, "Personel Durumu", staffTable(figures))
            case .physicalResources:
                generalTable(block, "Araç Durumu", vehicleTable())
                generalTable(block, "Hizmet Binaları ve Tesisler", buildingTable())
            case .budgetByEconomicCode:
                generalTable(block, "\(program.year) Yılı Bütçe Giderlerinin Ekonomik Sınıflandırılması", budgetByCodeTable(figures))
            case .budgetByFunction:
                generalTable(block, "\(program.year) Yılı Bütçe Giderlerinin Fonksiyonel Sınıflandırılması", budgetByFunctionTable(figures))
            case .budgetByUnit:
                generalTable(block, "Harcama Birimlerine Göre \(program.year) Yılı Bütçesi", budgetByUnitTable(figures))
            case .budgetExecution:
                let spent = figures.execution.map(\.spent).sum(), final = figures.execution.map(\.final).sum()
                paragraph("\(program.year - 1) yılında bütçe giderleri \(prose(spent)) olarak gerçekleşmiş, yıl sonu ödeneğine göre "
                          + "gerçekleşme oranı %\(GeneralFigures.percent(spent, of: final)) olmuştur.")
                generalTable(block, "\(program.year - 1) Yılı Bütçe Gerçekleşmeleri", executionTable(figures))
            case .revenue:
                generalTable(block, "\(program.year) Yılı Bütçe Gelirlerinin Ekonomik Sınıflandırılması", revenueTable(figures))
            case .planSummary:
                planSummary()
            case .planTable:
                generalTable(block, "Stratejik Amaç, Hedef ve Performans Hedefleri", planTable())
            }
        }
        // The goals begin on a page of their own, under the part's heading.
        flow.startPage()
        if place == .opening { sectionHeading("PERFORMANS BİLGİLERİ") }
    }

    // MARK: Prose

    private var proseFont: TypeFace { look.text }

    /// An amount in running text: always with kuruş and "TL", as prose prints it.
    private func prose(_ amount: Amount) -> String { TurkishAmount.format(amount, kurus: true) + " TL" }

    private func sectionHeading(_ text: String) {
        let font = Self.aimFont
        flow.makeRoom(font.leading + ProgramTypesetter.headingKeepsWithNext)
        flow.canvas.text(text, x: flow.left, top: flow.y, font: font)
        flow.advance(font.leading + Self.blockGap / 2)
    }

    private func line(_ text: String) {
        flow.makeRoom(proseFont.leading)
        flow.canvas.text(text, x: flow.left + proseFont.size * 2, top: flow.y, font: proseFont)
        flow.advance(proseFont.leading)
    }

    /// The goal's money in a sentence, its amounts as prose prints them: the goal's label and code
    /// first, "Toplam Maliyet" right before an amount, the program's "Genel Toplam" and a share.
    func goalProse(_ goal: Goal) {
        let total = goal.activities.compactMap(\.total).sum(), budget = goal.activities.compactMap(\.budget).sum()
        let all = program.goals.flatMap(\.activities).compactMap(\.total).sum()
        flow.advance(Self.blockGap / 2)
        paragraph("Performans Hedefi \(goal.code) kapsamındaki \(goal.activities.count) faaliyetin Toplam Maliyet \(prose(total)) olarak "
                  + "öngörülmüş olup bunun \(prose(budget))'si bütçeden karşılanacaktır; bu tutar Genel Toplam \(prose(all)) içinde "
                  + "%\(GeneralFigures.percent(total, of: all)) paya sahiptir.")
        flow.advance(Self.blockGap / 2)
    }

    /// Running text wrapped across the text width.
    private func paragraph(_ text: String) {
        for l in LineBreaker.lines(text, width: flow.width, font: proseFont, canvas: flow.canvas) {
            flow.makeRoom(proseFont.leading)
            flow.canvas.text(l, x: flow.left, top: flow.y, font: proseFont)
            flow.advance(proseFont.leading)
        }
        flow.advance(Self.blockGap / 2)
    }

    private func mission(_ figures: GeneralFigures) {
        let total = figures.budgetTotal
        let byCode = Dictionary(uniqueKeysWithValues: figures.budgetByCode)
        paragraph("Misyonumuz: Kentimizde yaşayan herkese katılımcı, şeffaf ve hesap verebilir bir anlayışla, kaynaklarını etkin "
                  + "kullanarak kaliteli ve sürdürülebilir hizmet sunmaktır.")
        paragraph("Vizyonumuz: Yaşam kalitesi yüksek, çevreye duyarlı, kültürüyle öne çıkan örnek bir şehir olmaktır.")
        sectionHeading("Yetki, Görev ve Sorumluluklar")
        paragraph("Belediyemiz, 5393 sayılı Belediye Kanunu ve 5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanunu ile verilen görevleri "
                  + "yürütmektedir. \(program.year) yılı bütçemiz \(prose(total)) olarak öngörülmüş olup bunun "
                  + "%\(GeneralFigures.percent(byCode[.personnel] ?? .zero, of: total))'i personel giderlerine, "
                  + "%\(GeneralFigures.percent(byCode[.goodsAndServices] ?? .zero, of: total))'i mal ve hizmet alımlarına, "
                  + "%\(GeneralFigures.percent(byCode[.capital] ?? .zero, of: total))'i ise sermaye giderlerine ayrılmıştır. "
                  + "\(program.year - 1) Yılı Performans Programında yer alan hedeflerin %87,50'si gerçekleştirilmiştir.")
    }

    private func planSummary() {
        let aims = PlanOverview.aims(program)
        let targets = aims.flatMap(\.targets)
        paragraph("Belediyemizin \(program.year - 1)-\(program.year + 3) dönemini kapsayan Stratejik Planı \(aims.count) stratejik amaç ve "
                  + "\(max(targets.count, aims.count)) stratejik hedeften oluşmaktadır. Bu program, planın \(program.year) yılı "
                  + "uygulamasına ilişkin performans hedeflerini içermektedir.")
        for (aim, targets) in aims {
            let named = targets.map { "\($0.code) “\($0.title)”" }.joined(separator: "; ")
            paragraph("Stratejik Amaç \(aim.code) kapsamında “\(aim.title)” amacına ulaşmak için "
                      + (targets.isEmpty ? "performans hedefleri belirlenmiştir." : "şu hedefler belirlenmiştir: \(named)."))
        }
    }

    /// İÇİNDEKİLER and TABLOLAR LİSTESİ: each entry with dotted leaders to a page number.
    private func contents(_ blocks: [GeneralBlock]) {
        centred("İÇİNDEKİLER")
        var page = 3
        entry("I. GENEL BİLGİLER", page: page, indent: 0)
        for (k, block) in blocks.enumerated() where block.heading != GeneralBlock.contents.heading {
            entry("\(Character(UnicodeScalar(UInt8(65 + k)))). \(block.heading)", page: page, indent: 1)
            page += 1
        }
        entry("II. PERFORMANS BİLGİLERİ", page: page, indent: 0)
        var aim = ""
        for goal in program.goals {
            if goal.aimCode != aim {
                aim = goal.aimCode
                entry("\(aimLabel(goal.aimCode, .wordsColon)) \(goal.aimTitle)", page: page, indent: 1)
            }
            entry("\(goalLabel(goal.code, .wordsColon)) \(goal.title)", page: page, indent: 2)
            page += 2
        }
        if arrangement.blocks.contains(where: { if case .administrationSummary = $0 { true } else { false } }) {
            entry("III. İDARE PERFORMANS TABLOSU", page: page, indent: 0)
        }
        flow.advance(Self.blockGap)
        centred("TABLOLAR LİSTESİ")
        page = 4
        var number = 0
        for block in blocks where block.hasTable {
            number += 1
            entry("Tablo \(number): \(block.heading)", page: page, indent: 0)
            page += 1
        }
        for goal in program.goals {
            number += 1
            entry("Tablo \(number): Performans Hedefi Tablosu (\(goal.code))", page: page, indent: 0)
            page += 2
        }
    }

    private func centred(_ text: String) {
        let font = ProgramTypesetter.titleFont
        flow.makeRoom(font.leading * 3)
        flow.canvas.text(text, x: (flow.left + flow.right - flow.canvas.width(of: text, in: font)) / 2, top: flow.y, font: font)
        flow.advance(font.leading + Self.blockGap)
    }

    /// Leader dots fill the gap between an entry's text and its page number.
    private func entry(_ text: String, page: Int, indent: Int) {
        let font = proseFont
        let left = flow.left + Double(indent) * font.size * 2
        let number = String(page)
        let numberWidth = flow.canvas.width(of: number, in: font)
        let lines = LineBreaker.lines(text, width: flow.right - left - numberWidth - font.size * 6, font: font, canvas: flow.canvas)
        for (k, l) in lines.enumerated() {
            flow.makeRoom(font.leading)
            flow.canvas.text(l, x: left, top: flow.y, font: font)
            if k == lines.count - 1 {
                let start = left + flow.canvas.width(of: l + " ", in: font)
                let end = flow.right - numberWidth - flow.canvas.width(of: " ", in: font)
                let dot = flow.canvas.width(of: ".", in: font)
                let dots = String(repeating: ".", count: max(3, Int((end - start) / dot)))
                flow.canvas.text(dots, x: start, top: flow.y, font: font)
                flow.canvas.text(number, x: flow.right - numberWidth, top: flow.y, font: font)
            }
            flow.advance(font.leading)
        }
    }

    // MARK: Tables

    /// A table of the general part, titled as the arrangement titles its own, its pages recorded.
    private func generalTable(_ block: GeneralBlock, _ name: String, _ spec: TableSpec) {
        let spec = cased(spec)
        title(guide: ProgramTypesetter.turkishUppercased(name), numbered: name, before: spec)
        flow.makeRoom(setter.openingHeight(spec))
        let first = flow.canvas.pageCount
        setter.set(spec)
        generalTables.append((block, first...flow.canvas.pageCount, afterGoals: goalsPrinted > 0))
        flow.advance(Self.blockGap)
    }

    private func totalRow(_ label: String, span: Int, _ figures: [String]) -> TableRowSpec {
        TableRowSpec(cells: [TableCell(text: label, columns: 0..<span, alignment: .leading)]
                     + figures.enumerated().map { .figure($0.element, column: span + $0.offset) }, bold: true)
    }

    private func staffTable(_ figures: GeneralFigures) -> TableSpec {
        let rows = figures.staff.map { unit, counts in
            TableRowSpec(cells: [.text(unit, column: 0)] + (counts + [counts.reduce(0, +)]).enumerated().map { .figure(String($0.element), column: $0.offset + 1) })
        }
        let sums = (0..<3).map { k in figures.staff.map { $0.1[k] }.reduce(0, +) }
        let header = ["Harcama Birimi", "Memur", "Sözleşmeli", "İşçi", "Toplam"].enumerated().map { HeaderCell($0.element, column: $0.offset) }
        return TableSpec(columnWidths: [0.52, 0.12, 0.12, 0.12, 0.12], figureColumns: [1, 2, 3, 4], header: header,
                         rows: rows + [totalRow("Toplam", span: 1, (sums + [sums.reduce(0, +)]).map(String.init))])
    }

    private func vehicleTable() -> TableSpec {
        let rows = GeneralFigures.vehicles.map { TableRowSpec(cells: [.text($0.0, column: 0), .figure(String($0.1), column: 1)]) }
        return TableSpec(columnWidths: [0.7, 0.3], figureColumns: [1], header: [HeaderCell("Araç Cinsi", column: 0), HeaderCell("Adet", column: 1)],
                         rows: rows + [totalRow("Toplam", span: 1, [String(GeneralFigures.vehicles.map(\.1).reduce(0, +))])])
    }

    private func buildingTable() -> TableSpec {
        let rows = GeneralFigures.buildings.map {
            TableRowSpec(cells: [.text($0.0, column: 0), .figure(String($0.1), column: 1), .figure($0.2, column: 2)])
        }
        return TableSpec(columnWidths: [0.5, 0.2, 0.3], figureColumns: [1, 2],
                         header: [HeaderCell("Tesis Türü", column: 0), HeaderCell("Adet", column: 1), HeaderCell("Kapalı Alan (m²)", column: 2)],
                         rows: rows)
    }

    /// Ekonomik Kod | name | the year's budget | Pay (%), a row per code and a Toplam row.
    private func budgetByCodeTable(_ figures: GeneralFigures) -> TableSpec {
        let total = figures.budgetTotal
        let rows = figures.budgetByCode.map { code, value in
            TableRowSpec(cells: [.centred(code.rawValue, column: 0), .text(code.standardName, column: 1),
                                 .figure(amount(value), column: 2), .figure(GeneralFigures.percent(value, of: total), column: 3)])
        }
        let header = [HeaderCell("Ekonomik Kod", columns: 0..<2), HeaderCell("\(program.year) Yılı Bütçesi", column: 2), HeaderCell("Pay (%)", column: 3)]
        return TableSpec(columnWidths: [0.08, 0.47, 0.28, 0.17], figureColumns: [2, 3], header: header,
                         rows: rows + [totalRow("Toplam", span: 2, [amount(total), "100,00"])], nameColumn: 1)
    }

    private func budgetByFunctionTable(_ figures: GeneralFigures) -> TableSpec {
        let total = figures.budgetTotal
        let rows = figures.budgetByFunction.map { f in
            TableRowSpec(cells: [.centred(f.code, column: 0), .text(f.name, column: 1), .figure(amount(f.amount), column: 2),
                                 .figure(GeneralFigures.percent(f.amount, of: total), column: 3)])
        }
        let header = [HeaderCell("Fonksiyonel Sınıflandırma", columns: 0..<2), HeaderCell("Bütçe (TL)", column: 2), HeaderCell("Pay (%)", column: 3)]
        return TableSpec(columnWidths: [0.08, 0.5, 0.27, 0.15], figureColumns: [2, 3], header: header,
                         rows: rows + [totalRow("Toplam", span: 2, [amount(total), "100,00"])], nameColumn: 1)
    }

    private func budgetByUnitTable(_ figures: GeneralFigures) -> TableSpec {
        let total = figures.budgetTotal
        let rows = figures.budgetByUnit.map { unit, value in
            TableRowSpec(cells: [.text(unit, column: 0), .figure(amount(value), column: 1), .figure(GeneralFigures.percent(value, of: total), column: 2)])
        }
        let header = [HeaderCell("Harcama Birimi", column: 0), HeaderCell("\(program.year) Bütçe Ödeneği", column: 1), HeaderCell("Pay (%)", column: 2)]
        return TableSpec(columnWidths: [0.58, 0.27, 0.15], figureColumns: [1, 2], header: header,
                         rows: rows + [totalRow("Toplam", span: 1, [amount(total), "100,00"])])
    }

    private func executionTable(_ figures: GeneralFigures) -> TableSpec {
        let rows = figures.execution.map { e in
            TableRowSpec(cells: [.centred(e.0.rawValue, column: 0), .text(e.0.standardName, column: 1),
                                 .figure(amount(e.initial), column: 2), .figure(amount(e.final), column: 3), .figure(amount(e.spent), column: 4),
                                 .figure(GeneralFigures.percent(e.spent, of: e.final), column: 5)])
        }
        let sums = [figures.execution.map(\.initial).sum(), figures.execution.map(\.final).sum(), figures.execution.map(\.spent).sum()]
        let header = [HeaderCell("Ekonomik Kod", columns: 0..<2), HeaderCell("Bütçe Başlangıç Ödeneği", column: 2), HeaderCell("Yıl Sonu Ödeneği", column: 3),
                      HeaderCell("Harcama", column: 4), HeaderCell("Gerçekleşme Oranı (%)", column: 5)]
        return TableSpec(columnWidths: [0.07, 0.31, 0.17, 0.17, 0.16, 0.12], figureColumns: [2, 3, 4, 5], header: header,
                         rows: rows + [totalRow("Toplam", span: 2, sums.map(amount) + [GeneralFigures.percent(sums[2], of: sums[1])])],
                         nameColumn: 1)
    }

    /// Each goal with its aim and target, code before text, as the plan's cards list them.
    private func planTable() -> TableSpec {
        let rows = program.goals.map { goal in
            TableRowSpec(cells: [.text("\(goal.aimCode) \(goal.aimTitle)", column: 0),
                                 .text(goal.targetCode == goal.code ? "" : "\(goal.targetCode) \(goal.targetTitle)", column: 1),
                                 .text("\(goal.code) \(goal.title)", column: 2)])
        }
        let header = ["Stratejik Amaç", "Stratejik Hedef", "Performans Hedefi"].enumerated().map { HeaderCell($0.element, column: $0.offset) }
        return TableSpec(columnWidths: [0.33, 0.33, 0.34], figureColumns: [], header: header, rows: rows)
    }

    private func revenueTable(_ figures: GeneralFigures) -> TableSpec {
        let revenue = figures.revenue
        let total = revenue.map(\.amount).sum()
        let rows = revenue.map { r in
            TableRowSpec(cells: [.centred(r.code, column: 0), .text(r.name, column: 1), .figure(amount(r.amount), column: 2),
                                 .figure(GeneralFigures.percent(r.amount, of: total), column: 3)])
        }
        let header = [HeaderCell("Ekonomik Kod", columns: 0..<2), HeaderCell("\(program.year) Yılı Gelir Tahmini", column: 2), HeaderCell("Pay (%)", column: 3)]
        return TableSpec(columnWidths: [0.08, 0.5, 0.27, 0.15], figureColumns: [2, 3], header: header,
                         rows: rows + [totalRow("Toplam", span: 2, [amount(total), "100,00"])], nameColumn: 1)
    }
}

extension GeneralBlock {
    /// Whether it prints a table (listed in TABLOLAR LİSTESİ).
    var hasTable: Bool {
        switch self {
        case .contents, .mission, .organisation, .planSummary: return false
        default: return true
        }
    }
}
