import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// LabelledRow.read: "Label: value" rows of goal and cost tables (Kayseri 2024 page 106).
@Suite struct LabelledRowTests {
    typealias K = KayseriRows

    static func read(_ words: [Word], page: Int = 106) -> LabelledRow? {
        LabelledRow.read(WordBoxes.band(page: page, words))
    }

    @Test func oneLineLabelAndValue() throws {
        let row = try #require(Self.read(K.responsibleUnit))
        #expect(row.label == .responsibleUnit)
        #expect(row.labelCode == "")
        #expect(row.value == "Bilgi İşlem Daire Başkanlığı")
        #expect(row.page == 106)
    }

    @Test func codeInBracketsAfterTheLabel() throws {
        let row = try #require(Self.read(K.goal45))
        #expect(row.label == .goal)
        #expect(row.labelCode == "45")
        #expect(row.value == "Telsiz, fiber optik ve diğer haberleşme uygulamalarını geliştirmek")
    }

    /// LibreOffice capital-words k25, pages 6–7: "PERFORMANS" and the goal's text end page 6,
    /// "HEDEFİ 6:" opens page 7 with nothing beside it. Joined, the row names goal 6 and its text.
    @Test func labelCutByAPageBreak() throws {
        let w = { (t: String, x0: Double, y0: Double, x1: Double) in Word(text: t, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 10.4), fontSize: 8) }
        let last = RowBand(page: 6, lines: [TextLine(words: [w("PERFORMANS", 47, 774.4, 103.38), w("Şehrin", 131.4, 774.4, 154.53),
                                                              w("genelinde", 156.68, 774.4, 191.4), w("gerçekleştirmek.", 273.99, 774.4, 332.27)])],
                           separatedBy: .ruling)
        let first = RowBand(page: 7, lines: [TextLine(words: [w("HEDEFİ", 47, 52.5, 76.29), w("6:", 78.47, 52.5, 85.18)])], separatedBy: .pageStart)
        #expect(LabelledRow.read(last) == nil)
        let joined = try #require(LabelledRow.joinedAcrossPageBreak(last, first))
        let row = try #require(LabelledRow.read(joined))
        #expect(row.label == .goal && row.labelCode == "6" && row.page == 6)
        #expect(row.value == "Şehrin genelinde gerçekleştirmek.")
        // Not across a page break, or with a value of its own on the new page: two rows.
        #expect(LabelledRow.joinedAcrossPageBreak(last, RowBand(page: 7, lines: first.lines, separatedBy: .ruling)) == nil)
        let withValue = RowBand(page: 7, lines: [TextLine(words: first.words + [w("Bir", 131.4, 52.5, 145)])], separatedBy: .pageStart)
        #expect(LabelledRow.joinedAcrossPageBreak(last, withValue) == nil)
    }

    /// A goal's total row opens with the goal's label words ("Performans Hedefi Toplamı:") and
    /// a target's ("Hedef Toplamı:"): outside a table too it names no level, and its words no code.
    @Test func aTotalRowNamesNoLevel() {
        let w = { (t: String, x0: Double, x1: Double) in Word(text: t, box: Rect(x0: x0, y0: 300, x1: x1, y1: 310.4), fontSize: 8) }
        for (first, second) in [("Performans", "Hedefi"), ("PERFORMANS", "HEDEFİ"), ("Hedef", "")] {
            var words = [w(first, 47, 95)]
            if !second.isEmpty { words.append(w(second, 98, 125)) }
            words += [w("Toplamı:", 128, 162), w("1.234.000,00", 300, 352)]
            #expect(Self.read(words) == nil, "\(first) \(second) Toplamı")
        }
        // The goal's own label still reads.
        let goal = Self.read([w("Performans", 47, 95), w("Hedefi", 98, 125), w("2:", 128, 136), w("Atıkları", 150, 190), w("azaltmak", 193, 230)])
        #expect(goal?.label == .goal && goal?.labelCode == "2")
    }

    /// "Stratejik" / "Amaç 9:": the label's second line is not the value's.
    @Test func labelWrappedBesideItsValue() throws {
        let row = try #require(Self.read(K.aim))
        #expect(row.label == .aim)
        #expect(row.labelCode == "9")
        #expect(row.value == "Bilgi ve akıllı şehircilik teknolojilerini kullanarak yaşam kalitesini arttırmak.")
    }

    /// "Stratejik" / "Hedef 9.5:" beside a value wrapped over the same two lines.
    @Test func wrappedLabelBesideWrappedValue() throws {
        let row = try #require(Self.read(K.target))
        #expect(row.label == .target)
        #expect(row.labelCode == "9.5")
        #expect(row.value == "Belediyemiz tarafından gerçekleştirilen faaliyetleri bilgi ve teknolojileri kullanarak, tanıtım faaliyetlerini gerçekleştirmek.")
    }

    /// "Performans" / "Hedefi (46):": the code of a wrapped label, brackets dropped.
    @Test func codeOfAWrappedGoalLabel() throws {
        let row = try #require(Self.read(K.goal46))
        #expect(row.label == .goal)
        #expect(row.labelCode == "46")
        #expect(row.value == "Belediye faaliyetlerimizin tanıtımını yapmak.")
    }

    /// The label set between the two lines of its value: both lines are the value, in order.
    @Test func labelBetweenTheLinesOfItsValue() throws {
        let row = try #require(Self.read(K.activityName))
        #expect(row.label == .activityName)
        #expect(row.value == "Bilişim teknolojilerindeki yenilikleri takip ederek, projeler yapmak ve donanım alt yapısını geliştirme faaliyeti.")
    }

    /// "Açıklamalar: : Belediyemiz…": the second colon belongs to the label, and the value's
    /// line wrapped to the left margin is still the value's.
    @Test func doubledColonIsNotPartOfTheValue() throws {
        let row = try #require(Self.read(K.doubledColon))
        #expect(row.label == .explanation)
        #expect(row.value == "Belediyemiz birimleri için kritik öneme sahip verilerin kendi fiber optik ağı üzerinden taşıyarak güvenli ve hızlı maksimum fayda sağlamak.")
    }

    @Test func labelWithNothingBesideIt() throws {
        let row = try #require(Self.read(K.explanation))
        #expect(row.label == .explanation)
        #expect(row.value == "")
    }

    @Test func rowsWithoutALabelAreNotLabelled() {
        // An indicator row and a header: no word ends in a colon.
        #expect(Self.read(K.pressReleases) == nil)
        #expect(Self.read(K.indicatorHeader106) == nil)
        // The label printed without its colon is not read as a labelled row (see
        // GoalTableReader.isExplanation for how that row is told).
        #expect(Self.read(K.bareExplanation, page: 94) == nil)
    }
}

/// A labelled row's value cut by a page break continues on the next page's first row when
/// that row has no label, no amounts and stands in the value column (LabelledRow.continuesValue).
@Suite struct LabelledValueAcrossPagesTests {
    static func row(_ page: Int, _ cells: [(String, Double)], y: Double) -> RowBand {
        WordBoxes.band(page: page, UnreadAndRefusalTests.line(cells, y: y))
    }

    static let indicators: [RowBand] = [
        row(5, [("Performans Göstergeleri", 40), ("Ölçü Birimi", 260), ("2024 Hedef", 420)], y: 130),
        row(5, [("1 Dönüştürülen alan", 40), ("Hektar", 260), ("120", 420)], y: 150),
    ]

    @Test func theGoalsTextContinuesOnTheNextPage() {
        let bands = [Self.row(4, [("Stratejik Amaç 1:", 40), ("Kenti korumak", 160)], y: 700),
                     Self.row(4, [("Performans Hedefi 2:", 40), ("Kentsel dönüşüm alanlarının", 160)], y: 720),
                     Self.row(5, [("dönüştürülmesi sağlanacaktır.", 160)], y: 100)] + Self.indicators
        let (draft, _) = GoalTableReader.read(bands[...], titlePage: 4)
        #expect(draft.labels[.goal]?.value == "Kentsel dönüşüm alanlarının dönüştürülmesi sağlanacaktır.")
        #expect(draft.labels[.aim]?.value == "Kenti korumak")
        #expect(draft.indicators.count == 1)
    }

    /// A cost table's explanation (the activity's description) cut by the page break reads whole.
    @Test func aCostTablesExplanationContinues() throws {
        let bands = [Self.row(4, [("Faaliyet Adı:", 40), ("Park yapımı", 160)], y: 680),
                     Self.row(4, [("Açıklamalar:", 40), ("Mahallelere yeni parklar", 160)], y: 700),
                     Self.row(5, [("yapılacaktır.", 160)], y: 100),
                     Self.row(5, [("Ekonomik Kod", 40), ("Bütçe Ödeneği", 200), ("Toplam", 420)], y: 130),
                     Self.row(5, [("03", 40), ("Mal ve Hizmet", 70), ("1.000.000,00", 200), ("1.000.000,00", 420)], y: 150),
                     Self.row(5, [("Toplam Kaynak İhtiyacı", 40), ("1.000.000,00", 200), ("1.000.000,00", 420)], y: 170)]
        let draft = try #require(CostTableReader.read(bands[...], titlePage: 4).0)
        #expect(draft.entries.first?.description == "Mahallelere yeni parklar yapılacaktır.")
        #expect(draft.entries.first?.name == "Park yapımı")
    }

    /// An empty value has nothing to continue, and a row starting in the label column is no continuation.
    @Test func emptyValuesAndLabelColumnRowsStay() {
        let bands = [Self.row(4, [("Performans Hedefi 2:", 40), ("Dönüşüm", 160)], y: 700),
                     Self.row(4, [("Açıklamalar:", 40)], y: 720),
                     Self.row(5, [("Bir not", 160)], y: 100),
                     Self.row(5, [("Başka satır metni", 40)], y: 115)] + Self.indicators
        let (draft, _) = GoalTableReader.read(bands[...], titlePage: 4)
        #expect(draft.labels[.goal]?.value == "Dönüşüm")
        let other = [Self.row(4, [("Performans Hedefi 2:", 40), ("Dönüşüm", 160)], y: 720),
                     Self.row(5, [("Başka satır metni", 40)], y: 100)] + Self.indicators
        #expect(GoalTableReader.read(other[...], titlePage: 4).0.labels[.goal]?.value == "Dönüşüm")
    }
}
