import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// CostTableReader.readPerGoal: Balıkesir 2024's cost tables (FAALİYET MALİYETLERİ
/// TABLOSU) with a row per activity and the economic codes as columns; goal H10.7, pp.86–88.
@Suite struct PerGoalCostRowsTests {
    typealias B = BalikesirRows

    static func read(_ rows: [(page: Int, words: [Word])]) -> CostDraft {
        let section = TableSection.build(header: WordBoxes.band(page: 86, B.costHeader86),
                                         data: rows.map { WordBoxes.band(page: $0.page, $0.words) },
                                         isRepeatedHeader: CostTableReader.isHeader)
        return CostTableReader.readPerGoal(section, page: 86)
    }

    static func amount(_ text: String) -> Amount? { TurkishNumber.amount(text) }

    static func costs(_ entry: CostEntry) -> [String] {
        entry.costs.map { "\($0.economicCode.rawValue) \($0.source) \($0.amount)" }
    }

    /// F1 and its explanation (p.86), F12 and its explanation and F13 (p.87); F13's
    /// explanation opens p.88 as running text; then Genel Toplam.
    static let h107: [(page: Int, words: [Word])] = [
        (86, B.printedMaterial), (86, B.printedMaterialExplanation),
        (87, B.staffTraining), (87, B.staffTrainingExplanation), (87, B.itEquipment),
        (88, B.itEquipmentExplanation), (88, B.costGrandTotal),
    ]

    @Test func amountsPerEconomicCodeAndTheUnitColumn() throws {
        let draft = Self.read(Self.h107)
        #expect(draft.layout == .perGoal)
        try #require(draft.entries.count == 3)
        let f1 = draft.entries[0]
        #expect(f1.code == "F1")
        #expect(f1.name == "Balıkesir Büyükşehir Belediyesi hizmet/faaliyetlerinin duyuru ve bilgilendirme amacıyla, vatandaşlara basılı materyal ile tanıtımının sağlanması.")
        #expect(f1.responsibleUnit == "Basın Yayın ve Halkla İlişkiler Dai. Bşk.")
        #expect(Self.costs(f1) == ["03 budget 40000000.00", "05 budget 0.00", "06 budget 0.00"])
        #expect(f1.statedTotal == Self.amount("40.000.000"))
        #expect(draft.entries.map { $0.code ?? "-" } == ["F1", "F12", "F13"])
        #expect(Self.costs(draft.entries[2]) == ["03 budget 1000000.00", "05 budget 0.00", "06 budget 0.00"])
    }

    /// A spreadsheet breaks the page between the header's rows: the group row and the cells
    /// spanning both rows at the foot of page 85, the code columns' names (with the spanning
    /// cells printed again, without the group row) over the body on page 86. The table reads
    /// with the header of its body's page, and ends at its Genel Toplam, before the caption after it.
    @Test func headerCutByThePageBreakReadsOnTheBodysPage() throws {
        let codeWords: Set<String> = ["03", "Mal", "ve", "05", "Cari", "06", "Sermaye", "Hizmet", "Alım", "Transferler", "Giderleri"]
        let foot = B.costHeader86.filter { !codeWords.contains($0.text) }
        let groupRow: Set<String> = ["Ekonomik", "Kod", "2024", "(TL)"]
        let continued = B.costHeader86.filter { !groupRow.contains($0.text) }
        let caption = [WordBoxes.word("Etüt", 120, 120, 140, 128, size: 8), WordBoxes.word("çalışmaları.", 143, 120, 190, 128, size: 8),
                       WordBoxes.word("(Performans", 193, 120, 240, 128, size: 8), WordBoxes.word("Hedefi", 243, 120, 270, 128, size: 8),
                       WordBoxes.word("H10.8)", 273, 120, 300, 128, size: 8)]
        let bands = [WordBoxes.band(page: 85, foot), WordBoxes.band(page: 86, continued)]
            + Self.h107.map { WordBoxes.band(page: $0.page, $0.words) } + [WordBoxes.band(page: 88, caption)]
        #expect(CostTableReader.isHeader(bands[0]) && CostTableReader.isHeader(bands[1]))
        let (draft, consumed) = CostTableReader.read(bands[...], titlePage: 85)
        let read = try #require(draft)
        #expect(read.layout == .perGoal)
        #expect(read.entries.map { $0.code ?? "-" } == ["F1", "F12", "F13"])
        #expect(read.entries.first.map(Self.costs) == ["03 budget 40000000.00", "05 budget 0.00", "06 budget 0.00"])
        #expect(consumed == bands.count - 1, "the caption after Genel Toplam is not the table's")
    }

    @Test func grandTotalGivesTheStatedColumns() {
        let draft = Self.read(Self.h107)
        #expect(draft.statedColumns[.goodsAndServices] == Self.amount("129.000.000"))
        #expect(draft.statedColumns[.currentTransfers] == .zero)
        #expect(draft.statedColumns[.capital] == .zero)
        #expect(draft.statedTotal == Self.amount("129.000.000"))
    }

    /// The row under an activity with no amounts is its explanation (Açıklama).
    @Test func explanationRowBecomesTheDescription() throws {
        let draft = Self.read(Self.h107)
        try #require(draft.entries.count == 3)
        #expect(draft.entries[0].description == "Belediyemizin sunmuş olduğu hizmet/faaliyetlerin yazılı ve görsel materyaller ile vatandaşlara duyurulması sağlanacaktır.")
        #expect(draft.entries[1].description == "İlgili personellere ihtiyaç dahilinde eğitim verilmesi planlanmaktadır.")
    }

    /// F13's explanation opens p.88 as running text across the name, unit and 03 columns:
    /// it is F13's description, not the rest of a row cut by the page break.
    @Test func explanationOpeningThePageIsTheDescription() throws {
        let draft = Self.read(Self.h107)
        try #require(draft.entries.count == 3)
        let f13 = draft.entries[2]
        #expect(f13.name == "Bilişim malzemelerinin (yazılım, donanım) temin edilmesi.")
        #expect(f13.responsibleUnit == "Basın Yayın ve Halkla İlişkiler Dai. Bşk.")
        #expect(f13.description == "Personel ihtiyaçları doğrultusunda basın yayın faaliyetlerine yönelik teknik ekipmanlar sağlanacaktır.")
    }

    /// Composed from the same rows: the page break falls inside F13, after its amounts, so
    /// its last name line ("donanım) temin edilmesi.") and unit line ("Dai. Bşk.") open
    /// p.88, above the explanation (set one row lower).
    @Test func restOfARowCutByAPageBreakJoinsTheActivity() throws {
        let cut = 766.0
        let kept = B.itEquipment.filter { $0.box.y0 < cut }
        let rest = WordBoxes.moved(B.itEquipment.filter { $0.box.y0 >= cut }, dy: 71.5 - 766.9)
        let lower = { (w: [Word]) in WordBoxes.moved(w, dy: 18) }
        let draft = Self.read([
            (86, B.printedMaterial), (86, B.printedMaterialExplanation),
            (87, B.staffTraining), (87, B.staffTrainingExplanation), (87, kept),
            (88, rest), (88, lower(B.itEquipmentExplanation)), (88, lower(B.costGrandTotal)),
        ])
        try #require(draft.entries.count == 3)
        let f13 = draft.entries[2]
        #expect(f13.name == "Bilişim malzemelerinin (yazılım, donanım) temin edilmesi.")
        #expect(f13.responsibleUnit == "Basın Yayın ve Halkla İlişkiler Dai. Bşk.")
        #expect(f13.statedTotal == Self.amount("1.000.000"))
        #expect(f13.description == "Personel ihtiyaçları doğrultusunda basın yayın faaliyetlerine yönelik teknik ekipmanlar sağlanacaktır.")
    }
}

/// Name-column text alone at the top of a page is the rest of a cut name when the goal
/// table's name for the activity ends with it, and a short explanation otherwise.
@Suite struct PageOpeningTextTests {
    @Test func completesTheNameOrOpensTheDescription() {
        var entry = CostEntry(code: "F6", name: "Denetim ve izleme", responsibleUnit: "Zabıta Dairesi Başkanlığı")
        entry.pageOpening = "süreçlerinin zamanında tamamlanması."
        let name = "Denetim ve izleme süreçlerinin zamanında tamamlanması."
        #expect(entry.description(activityName: name) == "")
        #expect(entry.description(activityName: "Denetim ve izleme faaliyeti.") == "süreçlerinin zamanında tamamlanması.")
        entry.description = "Yıl boyunca sürdürülecektir."
        #expect(entry.description(activityName: "Denetim ve izleme faaliyeti.")
                == "süreçlerinin zamanında tamamlanması. Yıl boyunca sürdürülecektir.")
    }
}
