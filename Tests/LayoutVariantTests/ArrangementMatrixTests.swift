import Dataset
import Foundation
import Pipeline
import Testing

/// Each gold printed in each arrangement (with looks by a covering design, `ArrangementMatrix`),
/// extracted with the real pipeline and compared fact by fact with what that arrangement prints
/// (`ExpectedProgram`). `scripts/matrix-scores` prints every variant's score.
@Suite struct ArrangementMatrixTests {
    /// Variants that do not read exactly today, each with what fails. A variant not listed must
    /// read exactly; when a listed one starts reading exactly, its known issue is reported as not
    /// recorded: delete its line here. `scripts/matrix-scores --swift` prints this table afresh
    /// (what fails: facts missed and extra, counted by kind; or why the PDF was refused).
    static let knownIssues: [String: Comment] = [
        // Found when six branches were landed together (their arrangements took other indexes, so
        // other looks): a unit noted over the summary's title, in these looks, leaves the summary
        // unread and its rows read as activities. Not yet understood.
        "thousands-noted k24 rules-landscape-11pt-vertical-dark-top-subsetTracked":
            "not read: summary totals 12; extra: activity amounts 42, activities 28, explanations 14, responsible units 14, aim 2",
        "thousands-noted b24 grid-portrait-9.5pt-repeat-bottom-overprinted-latinCase-outOfOrder":
            "not read: summary totals 12; extra: activity amounts 60, activities 40, explanations 20, responsible units 20, aim 2",
        // A long-form cost table at 11 pt with its responsible units wrapped: "Daire" lost from the unit.
        "long-form-costs k24 none-portrait-11pt-vertical-top-rotated-ligatures-numberedFooter": "wrong: responsible units 4",
        // Stacked goal-card labels at 11 pt: one goal's activities' explanations (a hyphenated line) not read.
        "stacked-labels k25 rules-portrait-11pt-dark-justified-top-tracked-latinCase-outOfOrder": "not read: explanations 5",
        // Found when the lead landed activity-cards after the rows and header helpers (session 15): at
        // 11 pt landscape the aim's text, wrapped over two lines, keeps only its second. Not yet understood.
        "activity-cards k24 rules-landscape-11pt-vertical-dark-tracked-subsetTracked-numberedFooter": "wrong: aim 3",
    ]

    @Test(arguments: ArrangementMatrix.variants)
    func readsBackWhatItPrints(_ variant: MatrixVariant) throws {
        let source = try variant.gold.program()
        let label = variant.name.replacingOccurrences(of: " ", with: "_")
        let scratch = try ScratchDirectory("matrix-\(label)")
        let path = scratch.url.appendingPathComponent("matrix_\(label).pdf").path
        let typesetter = ArrangementTypesetter(program: source, arrangement: variant.arrangement, look: variant.look.layout)
        try typesetter.write(to: path)
        // A justified look's hyphens stay in the text the contract reads ("Perfor-" / "mans": "Perfor-mans").
        let expected = ExpectedProgram.of(source, in: variant.arrangement).hyphenated(as: typesetter.hyphenated)
            .written(as: variant.look.characters)

        ReadBack.expectExact(expected, readFrom: path, kind: "matrix", name: variant.name,
                             knownIssue: Self.knownIssues[variant.name], allRead: true,
                             expectedUnread: ExpectedProgram.unread(typesetter.generalTables) + typesetter.statedUnread)
    }

    @Test func knownIssuesNameVariantsOfTheMatrix() {
        let names = Set(ArrangementMatrix.variants.map(\.name))
        #expect(names.count == ArrangementMatrix.variants.count, "two variants share a name")
        for name in Self.knownIssues.keys { #expect(names.contains(name), "known issue for no variant: \(name)") }
    }

    @Test func theDesignCoversEveryLevel() {
        let variants = ArrangementMatrix.variants
        for arrangement in Arrangements.all {
            let looks = variants.filter { $0.arrangement.name == arrangement.name }
            #expect(Set(looks.map(\.look.rules)) == Set(Look.Rules.allCases), "\(arrangement.name): rules")
            #expect(Set(looks.map(\.look.page)) == Set(Look.Page.allCases), "\(arrangement.name): pages")
            #expect(Set(looks.map(\.look.fontSize)) == Set(Look.fontSizes), "\(arrangement.name): font sizes")
            #expect(Set(looks.map(\.look.verticalHeaders)) == [true, false], "\(arrangement.name): vertical headers")
            #expect(Set(looks.map(\.look.repeatsHeader)) == [true, false], "\(arrangement.name): repeated headers")
            #expect(Set(looks.map(\.look.fills)) == Set(Look.Fills.allCases), "\(arrangement.name): fills")
            #expect(Set(looks.map(\.look.justified)) == [true, false], "\(arrangement.name): justified text")
            #expect(Set(looks.map(\.gold)) == Set(GoldProgram.allCases), "\(arrangement.name): golds")
            #expect(Set(looks.map(\.look.alignment)) == Set(VerticalAlignment.allCases), "\(arrangement.name): cell alignments")
            #expect(Set(looks.map(\.look.quirk)).count == ArrangementMatrix.looksPerArrangement, "\(arrangement.name): producers' quirks")
            #expect(Set(looks.map(\.look.groupsThousands)) == [true, false], "\(arrangement.name): thousands grouped or not")
            #expect(Set(looks.map(\.look.characters)).count == ArrangementMatrix.looksPerArrangement, "\(arrangement.name): ways of writing characters")
            #expect(Set(looks.map(\.look.furniture)) == Set(PageFurnitureLook.allCases), "\(arrangement.name): page furniture")
        }
        // Pairwise across the matrix: every pair of levels of rules, page, font size, gold, fills, justified text and cell alignment.
        let factors: [(String, (MatrixVariant) -> String, Int)] = [
            ("rules", { "\($0.look.rules)" }, 3), ("page", { "\($0.look.page)" }, 3),
            ("font", { "\($0.look.fontSize)" }, 4), ("gold", { "\($0.gold)" }, 3),
            ("fills", { "\($0.look.fills)" }, 3), ("justified", { "\($0.look.justified)" }, 2),
            ("alignment", { "\($0.look.alignment)" }, 3), ("quirk", { "\($0.look.quirk)" }, ProducerQuirk.allCases.count),
            ("grouping", { "\($0.look.groupsThousands)" }, 2),
            ("characters", { "\($0.look.characters)" }, TextQuirk.allCases.count),
            ("furniture", { "\($0.look.furniture)" }, PageFurnitureLook.allCases.count),
        ]
        for a in factors.indices { for b in factors.indices where a < b {
            let pairs = Set(variants.map { factors[a].1($0) + " " + factors[b].1($0) })
            #expect(pairs.count == factors[a].2 * factors[b].2, "\(factors[a].0) × \(factors[b].0): \(pairs.count) pairs")
        } }
    }

    // MARK: The typesetter prints what each arrangement says

    @Test func kayseriArrangementPrintsLabelledRowsAndCostsPerActivity() throws {
        let text = try typeset(Arrangements.kayseri, .kayseri2024).joined()
        for phrase in ["İdare Adı:", "Stratejik Amaç 1:", "Stratejik Hedef 1.1:", "Performans Hedefi (1):", "FAALİYET MALİYET TABLOSU",
                       "Döner", "Gerçekleşen", "77.572", "5.500.000,00", "TOPLAM KAYNAK İHTİYACI TABLOSU", "Genel Yönetim"] {
            #expect(text.contains(phrase), "no \"\(phrase)\"")
        }
    }

    @Test func summarySharesPrintsEachSourceOverItsAmountAndShare() throws {
        let text = try typeset(Arrangements.summaryShares, .kayseri2025).joined(separator: "\n")
        for phrase in ["İDARE PERFORMANS TABLOSU", "Bütçe İçi", "Pay", "Genel Toplam", "100,00"] {
            #expect(text.contains(phrase), "no \"\(phrase)\"")
        }
        #expect(ArrangementTypesetter.share(Amount(kurus: 1_130_399_490_000), of: Amount(kurus: 1_635_000_000_000)) == "69,14")
        #expect(ArrangementTypesetter.share(Amount(kurus: 5), of: Amount(kurus: 1_000)) == "0,50")
        #expect(ArrangementTypesetter.share(.zero, of: .zero) == "0,00")
    }

    @Test func untitledArrangementPrintsNoTitlesAndTheOtherWords() throws {
        let text = try typeset(Arrangements.plainLabelsUntitled, .balikesir2024).joined()
        #expect(!text.contains("TABLOSU") && !text.contains("Tablosu"))
        for phrase in ["A1 Vatandaşın", "Performans Göstergesi", "Ölçü Birimi", "Tahmini", "Hedeflenen", "Sorumlu Birim", "Hedef Toplamı"] {
            #expect(text.contains(phrase), "no \"\(phrase)\"")
        }
    }

    @Test func captionsDashesAndTheAdministrationSummary() throws {
        let captions = try typeset(Arrangements.captions, .balikesir2024).joined()
        #expect(captions.contains("(Performans Hedefi H1.1)") && captions.contains("AMAÇ: A1"))
        #expect(captions.contains("800.000 TL"))
        let dashes = try typeset(Arrangements.dashHeadings, .kayseri2024).joined()
        for phrase in ["Hedef 1.1 –", "Performans Hedefi 1 –", "İDARE PERFORMANS TABLOSU", "Performans Hedefleri Toplamı", "₺3.546.500.000"] {
            #expect(dashes.contains(phrase), "no \"\(phrase)\"")
        }
    }

    /// The wording axis: every synonym the lexicon reads (issue #12's list) is printed by some
    /// arrangement, as a whole header cell or label, in its case or in capitals.
    @Test func everySynonymIsPrintedBySomeArrangement() throws {
        let program = try GoldProgram.kayseri2024.program()
        let look = BrowserLook(rules: .grid, landscape: false, family: .sans, fontSize: 8)
        let documents = Arrangements.all.map { ArrangementHTML(program: program, arrangement: $0, look: look).document() }
        let synonyms = [
            "Stratejik Amaç", "Amaç", "Stratejik Hedef", "Hedef", "Birim", "Ölçü Birimi", "Ölçü",
            "Gerçekleşen", "Gerçekleşme", "Gerçekleşme Durumu", "Tahmin", "Tahmini", "Beklenen", "Hedeflenen", "Hedefi",
            "Faaliyet", "Faaliyetler", "Faaliyet ve Projeler", "Proje", "Faaliyet / Proje",
            "Sorumlu Harcama Birimi", "Sorumlu Birim", "Harcama Birimi", "Bütçe", "Bütçe Ödeneği", "Bütçe İçi",
            "Bütçe Dışı", "Bütçe Dışı Kaynak", "Toplam", "Genel Toplam", "Hedef Toplamı", "Toplam Kaynak İhtiyacı",
            "Personel", "SGK", "Mal ve Hizmet", "Sermaye", "Proje Adı", "Faaliyet Adı", "Açıklama", "Açıklamalar",
            // Other municipalities' words (`Wording.municipal`, `.metropolitan`).
            "Gösterge Adı", "Göstergeler", "Birimi", "Gerçekleşme Değeri", "Yıl Sonu Tahmini", "Hedeflenen Değer",
            "Faaliyet/Proje Adı", "Proje/Faaliyet Adı", "Proje ve Faaliyetler", "Sorumlu Müdürlük", "Sorumlu Daire Başkanlığı",
            "Ödenek", "Toplam Maliyet", "Maliyet (TL)", "Sos. Güv. Kur. Devlet Primi Gid.", "Sermaye Gid.",
            // Columns known and left beside the responsible unit.
            "İşbirliği Yapılacak Birim(ler)", "İşbirliği Yapılacak Birimler", "İş Birliği Yapılacak Kurumlar", "Koordinatör Birim",
            "Risk", "Riskler",
            // A district template's unit column and goal totals (`Wording.district`, `.goalCost`).
            "Gösterge Birimi", "Performans Hedefi Toplamı", "Performans Hedefi Maliyeti",
            // The İdare Performans Tablosu's group over its two sources only (`Wording.summaryCostGroup`).
            "Maliyet", "Maliyet*",
            // An activity's unit cost, known and left (`ExtraColumn.Content.unitCost`).
            "Birim Maliyet (TL)", "Birim Maliyeti",
            // Subtotal rows inside activity and per-goal cost tables (`Wording.subtotal`).
            "Ara Toplam",
            // Real templates' words (`RealTemplates.md`): a goal card's.
            "İşbirliği Yapacak Birim(ler)", "Göstergenin Yönü", "Maliyet Tahmini",
            // Appropriations' words (`Wording.appropriation`).
            "Ödeneği", "Tutar (TL)", "Toplam (₺)", "Kaynak İhtiyacı (TL)",
            // The program budget's levels, known and stated unread, and an appropriation as the one amount column.
            "Program", "Alt Program", "Alt Program Hedefi", "Ödenek (TL)", "Bütçe Ödeneği",
        ]
        for phrase in synonyms {
            // A whole cell or label: after a tag or a space-free start, before a tag, a colon, a year or a code.
            let forms = [phrase, ProgramTypesetter.turkishUppercased(phrase)]
            let printed = documents.contains { html in
                forms.contains { form in [">\(form)<", ">\(form):", ">\(form) ", "> \(form)<", ">\(form) 20"].contains { html.contains($0) } }
            }
            #expect(printed, "no arrangement prints \"\(phrase)\"")
        }
        // Zeros as "-" and as empty cells, amounts with "TL".
        // By name: arrangements appended after these leave them where they are.
        let byName = Dictionary(uniqueKeysWithValues: zip(Arrangements.all.map(\.name), documents))
        let projects = try #require(byName[Arrangements.projects.name])
        #expect(projects.contains(">-</td>") && projects.contains(" TL</td>"))
        let capitals = try #require(byName[Arrangements.capitalWords.name])
        #expect(capitals.contains("GERÇEKLEŞME DURUMU") && capitals.contains("<td class=\"figure\"></td>"))
    }

    /// The general part: contents with leader dots, the units as the organisation, staff, the
    /// budget by economic code with the resource summary's own figures, a budget's section
    /// headings, the plan's aims in sentences — and the goals after it on a page of their own.
    @Test func theGeneralPartPrintsTheProgramsOwnUnitsAndFigures() throws {
        let gold = try GoldProgram.kayseri2024.program()
        let pages = try typeset(Arrangements.generalPartLabelled, .kayseri2024)
        let goals = try #require(pages.lastIndex { $0.contains("PERFORMANS BİLGİLERİ") })
        let text = pages[..<goals].joined()
        let unit = try #require(gold.goals.first?.activities.first?.responsibleUnit)
        let personnel = ResourceSummary(gold).amount(.total, .personnel)
        for phrase in ["İÇİNDEKİLER", "TABLOLAR LİSTESİ", "Gider Bütçesi", "Gelir Bütçesi", "Teşkilat Yapısı", "Memur", "Sözleşmeli",
                       "Personel Giderleri", TurkishAmount.format(personnel, kurus: true), "Stratejik Amaç 1 kapsamında",
                       "Bütçe Başlangıç", "Fonksiyonel Sınıflandırma", "Stratejik Amaç ve Hedefler", unit] {
            #expect(text.contains(phrase), "no \"\(phrase)\"")
        }
        #expect(!text.contains("PERFORMANS HEDEFİ TABLOSU") && pages[goals...].joined().contains("İdare Adı:"))
    }

    /// Issue #12's hyphened codes ("SA-1", "PH-1.1" over the tables, "PG-1.1.1" in the indicators'
    /// code column, read without the hyphen) and the activities' one amount column ("Kaynak (TL)").
    @Test func hyphenedCodesAndOneAmountColumnArePrinted() throws {
        let hyphened = try typeset(Arrangements.hyphenCodes, .balikesir2024).joined()
        for phrase in ["SA-1", "PH-1.1", "PG-1.1.1"] { #expect(hyphened.contains(phrase), "no \"\(phrase)\"") }
        let resources = try typeset(Arrangements.resourceColumn, .kayseri2024).joined()
        #expect(resources.contains("Kaynak (TL)") && resources.contains("PH-1.1.1"))
    }

    /// The program-based form's levels over each goal ("Program:", "Alt Program:", "Alt Program
    /// Hedefi:", no aim or target named) and an appropriation as the activities' one amount column.
    @Test func programLevelsAndTheAppropriationColumnArePrinted() throws {
        let program = try typeset(Arrangements.programBudget, .kayseri2024).joined()
        for phrase in ["Program:", "Alt Program:", "Alt Program Hedefi:", "Performans Hedefi 1:", "Bütçe Ödeneği", "FAALİYET MALİYET TABLOSU"] {
            #expect(program.contains(phrase), "no \"\(phrase)\"")
        }
        #expect(!program.contains("Stratejik Amaç") && !program.contains("Stratejik Hedef"))
        let appropriation = try typeset(Arrangements.appropriationColumn, .balikesir2024).joined()
        #expect(appropriation.contains("Ödenek (TL)"))
    }

    @Test func numberedTitlesCountThroughTheDocument() throws {
        let text = try typeset(Arrangements.goalRowsNumbered, .kayseri2024).joined()
        #expect(text.contains("Tablo 1: Performans Hedefi Tablosu"))
        #expect(text.contains("Tablo 2: Faaliyet Maliyet Tablosu"))
        #expect(text.contains("STRATEJİK AMAÇ 1:"))
    }

    @Test func expectedProgramKeepsOnlyWhatIsPrinted() throws {
        let gold = try GoldProgram.kayseri2024.program()
        let twoYears = ExpectedProgram.of(gold, in: Arrangements.plainLabelsUntitled)
        let values = twoYears.goals.flatMap(\.indicators).flatMap(\.values)
        #expect(!values.isEmpty && values.allSatisfy { $0.year >= gold.year - 1 })
        #expect(twoYears.goals.flatMap(\.activities).allSatisfy { $0.description.isEmpty })
        let merged = ExpectedProgram.of(gold, in: Arrangements.goalRowsMerged)
        #expect(merged.goals.flatMap(\.activities).contains { !$0.costs.isEmpty })
        #expect(merged.totals.isEmpty)
        let summary = ExpectedProgram.of(gold, in: Arrangements.kayseri)
        #expect(summary.totals.contains { $0.measure == .generalAdmin && $0.economicCode == .interest && $0.amount != .zero })
    }

    /// A table autofit would widen past the page's edge (a currency before the largest amount, at
    /// 11 pt on A5) wraps its figure cells at their spaces, as a word processor does ("TL" over
    /// "3.546.500.000,00"): no figure is cut at the page's edge ("TL 3.546.500.00").
    @Test func aTableTooWideForThePageWrapsItsFiguresAtTheirSpaces() throws {
        let text = try printedText(ofVariant: "guide-outline k24 grid-short-11pt-vertical-zebra-overprinted-currency-numberedFooter")
        // Every print of the program's total begun is printed whole.
        #expect(text.components(separatedBy: "3.546.500.0").count > 1)
        #expect(text.components(separatedBy: "3.546.500.0").count == text.components(separatedBy: "3.546.500.000,00").count)
    }

    @Test func aGroupCellOverOneFigureColumnWidensItToItsWord() throws {
        // At 11 pt on A5 the kinds over the years ("Gerçekleşme" over "2023") are wider than the figures under them.
        let text = try printedText(ofVariant: "kinds-over-years k25 none-short-11pt-justified-top-overprinted-watermark")
        #expect(text.contains("Gerçekleşme"))
        #expect(!text.contains("GerçekleşmeTahmini") && !text.contains("TahminiHedeflenen"))
    }

    /// The text poppler reads from the matrix variant of this name, typeset afresh.
    private func printedText(ofVariant name: String, caller: String = #function) throws -> String {
        let variant = try #require(ArrangementMatrix.variants.first { $0.name == name })
        let scratch = try ScratchDirectory("text-\(caller.prefix { $0.isLetter })")
        let path = scratch.url.appendingPathComponent("variant.pdf").path
        try ArrangementTypesetter(program: try variant.gold.program(), arrangement: variant.arrangement, look: variant.look.layout).write(to: path)
        return PopplerText.pages(path: path).joined()
    }

    private func typeset(_ arrangement: Arrangement, _ gold: GoldProgram, caller: String = #function) throws -> [String] {
        let label = "text-\(caller.prefix { $0.isLetter })-\(arrangement.name)"
        let scratch = try ScratchDirectory(label)
        let path = scratch.url.appendingPathComponent("\(label).pdf").path
        let look = Look(rules: .rules, page: .portrait, fontSize: 8, verticalHeaders: false, repeatsHeader: false)
        try ArrangementTypesetter(program: try gold.program(), arrangement: arrangement, look: look.layout).write(to: path)
        return PopplerText.pages(path: path)
    }
}
