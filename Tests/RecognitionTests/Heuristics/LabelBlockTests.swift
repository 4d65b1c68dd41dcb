import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// Label blocks as templates other than the guide's print them (#12, the blind tests' T07, T12b
/// and goal cards): labels without colons over a cost table, two labelled rows side by side, a
/// value going on in the row below.
@Suite struct LabelBlockTests {
    static func band(_ cells: [(String, Double, Int)], page: Int = 5) -> RowBand {
        WordBoxes.band(page: page, WordBoxes.cells(cells, y: 300))
    }

    /// "Faaliyet Adı" | name and "Sorumlu Harcama" / "Birimi" | unit, no colons: the labels of a
    /// cost table's block, read as with them.
    @Test func colonlessLabelsOfACostTablesBlock() throws {
        let name = try #require(LabelledRow.read(Self.band([("Faaliyet Adı", 40, 0), ("Kent içi ulaşım hizmetleri", 160, 0)])))
        #expect(name.label == .activityName && name.value == "Kent içi ulaşım hizmetleri")
        let unit = try #require(LabelledRow.read(Self.band([("Sorumlu Harcama", 40, 0), ("Birimi", 40, 1),
                                                            ("Ulaşım Dairesi Başkanlığı", 160, 0)])))
        #expect(unit.label == .responsibleUnit && unit.value == "Ulaşım Dairesi Başkanlığı")
        let explanation = try #require(LabelledRow.read(Self.band([("Açıklamalar", 40, 0), ("Toplu taşıma hizmetlerinin giderleri.", 160, 0)])))
        #expect(explanation.label == .explanation)
    }

    /// Rows whose first cell only opens with a label's words, headers naming columns, and labels
    /// beside amounts are no labelled rows without a colon.
    @Test func colonlessLabelsTakeNoOtherRow() {
        let rows: [[(String, Double, Int)]] = [
            [("Faaliyet Adı değişikliği", 40, 0), ("Ulaşım Dairesi Başkanlığı", 200, 0)],
            [("Faaliyet Adı", 40, 0), ("Sorumlu Birim", 160, 0)],
            [("Proje Adı", 40, 0), ("Açıklama", 160, 0)],
            [("Faaliyet Adı", 40, 0), ("Kaynak İhtiyacı (TL)", 160, 0)],
            [("Faaliyet Adı", 40, 0), ("Sorumlu Birim", 160, 0), ("Bütçe", 300, 0), ("Toplam", 360, 0)],
            [("Açıklamalar", 40, 0), ("1.250.000,00", 300, 0)],
            [("Sorumlu Harcama Birimi Toplamı", 40, 0), ("Ulaşım Dairesi Başkanlığı", 220, 0)],
        ]
        for cells in rows {
            #expect(LabelledRow.read(Self.band(cells)) == nil, "\(cells.map(\.0))")
        }
    }

    /// A header whose column titles stand evenly apart, as a justified line's widened spaces do
    /// ("Faaliyet Adı" | "Sorumlu" | "Ekonomik" | "Toplam" | "Kaynak", 12 pt apart): its titles are
    /// no value of a label without a colon.
    @Test func evenlySpacedTitlesAreNoValue() {
        let w = { (t: String, x0: Double) in WordBoxes.word(t, x0, 300, x0 + Double(t.count) * 4, 308, size: 8) }
        let header = WordBoxes.band(page: 5, [w("Faaliyet", 40), w("Adı", 74.4), w("Sorumlu", 120), w("Ekonomik", 160), w("Toplam", 204), w("Kaynak", 240)])
        #expect(LabelledRow.read(header) == nil)
    }

    /// "Stratejik Amaç 1:" | text | "Stratejik Hedef 1.1:" | text: two labelled rows, the first's
    /// value ending where the second's label begins.
    @Test func twoLabelledRowsSideBySide() throws {
        let band = Self.band([("Stratejik Amaç 1:", 40, 0), ("Planlı bir kent oluşturmak.", 130, 0),
                              ("Stratejik Hedef 1.1:", 300, 0), ("İmar planları hazırlamak.", 390, 0)])
        let rows = LabelledRow.readAll(band)
        #expect(rows.map(\.label) == [.aim, .target])
        #expect(rows.map(\.labelCode) == ["1", "1.1"])
        #expect(rows.map(\.value) == ["Planlı bir kent oluşturmak.", "İmar planları hazırlamak."])
        #expect(LabelledRow.read(band)?.value == "Planlı bir kent oluşturmak.")
        // A colon inside a value parts nothing.
        let one = Self.band([("Performans Hedefi 2:", 40, 0), ("Hizmetler: ulaşım ve altyapı Not: yıllık", 150, 0)])
        #expect(LabelledRow.readAll(one).count == 1)
    }

    /// A narrow label cell hyphenates its first word ("Perfor-" / "mans Hedefi 1:"): its words are
    /// counted joined, so the code is "1", not "Hedefi 1".
    @Test func aHyphenatedLabelKeepsItsCode() throws {
        let row = try #require(LabelledRow.read(Self.band([("Perfor-", 40, 0), ("mans Hedefi 1:", 40, 1), ("İmar planları yapmak.", 130, 0)])))
        #expect(row.label == .goal && row.labelCode == "1" && row.value == "İmar planları yapmak.")
    }

    /// A workbook goes on with a long text in the row below, its label cell empty: the rest of the
    /// value when it stands where the value starts, not elsewhere.
    @Test func aValueGoesOnInTheRowBelow() {
        let goal = Self.band([("Performans Hedefi", 40, 0), ("Kentsel dönüşüm alanlarının", 160, 0)])
        let carried = Self.band([("dönüştürülmesi ve yenilenmesi.", 160, 0)])
        #expect(LabelledRow.continuesValue(carried, after: goal, value: "Kentsel dönüşüm alanlarının", in: [carried], at: 0))
        let elsewhere = Self.band([("dönüştürülmesi ve yenilenmesi.", 260, 0)])
        #expect(!LabelledRow.continuesValue(elsewhere, after: goal, value: "Kentsel dönüşüm alanlarının", in: [elsewhere], at: 0))
        #expect(!LabelledRow.continuesValue(carried, after: goal, value: "", in: [carried], at: 0))
    }
}
