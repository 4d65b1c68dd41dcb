import Testing
import Dataset
import TableGeometry
@testable import Recognition

/// Columns other templates print beside the responsible unit (`ResponsibleUnitColumn`): units
/// to cooperate with, a coordinating unit, risks. Their titles hold the responsible unit's word
/// ("Birim"), so each is a concept of its own in the lexicon, known and left unread; the
/// coordinating unit answers for a row only where no column names the responsible one.
@Suite struct OtherUnitColumnsTests {
    @Test(arguments: ["İşbirliği Yapılacak Birim(ler)", "İşbirliği Yapılacak Birimler", "İş Birliği Yapılacak Kurumlar",
                      "İşbirliği Yapılacak|Birimler", "İşbirliği"])
    func cooperatingUnitsNeverAnswerForARow(_ title: String) {
        for titles in [["Faaliyetler", title, "Sorumlu Müdürlük", "Bütçe", "Bütçe Dışı", "Toplam"],
                       ["Faaliyetler", "Sorumlu Birim", title, "Bütçe", "Bütçe Dışı", "Toplam"]] {
            let s = columnsSideBySide(titles)
            let columns = ActivityRows.amountColumns(s)
            #expect(columns.responsibleUnit == titles.firstIndex { $0.hasPrefix("Sorumlu") }, "\(titles)")
            #expect(ActivityRows.understoodColumns(s) == Set(titles.indices), "\(titles)")
        }
        // Alone beside the activities it answers for nothing, and is still known.
        let alone = columnsSideBySide(["Faaliyetler", title, "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(ActivityRows.amountColumns(alone).responsibleUnit == nil)
        #expect(ActivityRows.understoodColumns(alone).contains(1))
        // Nor in a cost table per goal.
        #expect(ResponsibleUnitColumn.column(columnsSideBySide(["Faaliyet Adı", title, "Sorumlu Harcama Birimi", "01 Personel", "Toplam"])) == 2)
    }

    @Test(arguments: ["Koordinatör Birim", "Koordinatör|Birim", "Koordinatör Harcama Birimi"])
    func aCoordinatingUnitAnswersOnlyWhereNoColumnNamesTheResponsibleOne(_ title: String) {
        let both = columnsSideBySide(["Faaliyetler", title, "Sorumlu Daire Başkanlığı", "Bütçe Ödeneği", "Bütçe Dışı", "Maliyet (TL)"])
        let columns = ActivityRows.amountColumns(both)
        #expect(columns.responsibleUnit == 2)
        #expect(columns.total == 5)
        #expect(ActivityRows.understoodColumns(both) == Set(both.columns.indices))
        let alone = columnsSideBySide(["Faaliyetler", title, "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(ActivityRows.amountColumns(alone).responsibleUnit == 1)
        // An indicator's unit of measure is never a coordinating unit's column, whatever its word.
        let indicators = columnsSideBySide(["Performans Göstergesi", title, "Ölçü Birimi", "2025 Hedef"])
        #expect(IndicatorRows.unitColumn(indicators) == 2)
        #expect(IndicatorRows.understoodColumns(indicators) == Set(indicators.columns.indices))
    }

    /// An activity's unit cost holds a unit's word and a total's: it is neither the responsible
    /// unit nor the total, before or after the amounts, and it is known (no field holds it).
    @Test(arguments: ["Birim Maliyet (TL)", "Birim Maliyeti", "BİRİM MALİYET"])
    func aUnitCostIsNeitherTheUnitNorTheTotal(_ title: String) {
        for titles in [["Faaliyetler", title, "Bütçe", "Bütçe Dışı", "Toplam"],
                       ["Faaliyetler", "Sorumlu Birim", "Bütçe", "Bütçe Dışı", "Toplam", title],
                       ["Faaliyet Adı", "Sorumlu Müdürlük", title, "Ödenek", "Bütçe Dışı Kaynak", "Maliyet (TL)"]] {
            let s = columnsSideBySide(titles)
            let columns = ActivityRows.amountColumns(s)
            #expect(columns.responsibleUnit == titles.firstIndex { $0.hasPrefix("Sorumlu") }, "\(titles)")
            #expect(columns.total == titles.firstIndex { $0 == "Toplam" || $0 == "Maliyet (TL)" }, "\(titles)")
            #expect(ActivityRows.understoodColumns(s) == Set(titles.indices), "\(titles)")
        }
    }

    /// In an indicator table too (a goal card's column beside the indicator): a unit cost is never
    /// the unit of measure's column, though it opens with the unit's word; there it is stated
    /// unread (`UnreadAndRefusalTests.aWordOfAKnownColumnDoesNotMakeAColumnKnown`), the real unit's column is read.
    @Test(arguments: ["Birim Maliyet (TL)", "Birim Maliyeti", "BİRİM MALİYET"])
    func aUnitCostIsNoUnitOfMeasure(_ title: String) {
        for titles in [["Performans Göstergesi", title, "Ölçü Birimi", "2025 Hedef"], ["Performans Göstergesi", title, "2025 Hedef"]] {
            let indicators = columnsSideBySide(titles)
            #expect(IndicatorRows.unitColumn(indicators) == titles.firstIndex(of: "Ölçü Birimi"), "\(titles)")
            #expect(IndicatorRows.understoodColumns(indicators) == Set(titles.indices).subtracting([1]), "\(titles)")
        }
    }

    @Test(arguments: ["Risk", "Riskler", "Risk Düzeyi", "Olası Riskler"])
    func risksAreKnownAndLeft(_ title: String) {
        let indicators = columnsSideBySide(["Gösterge Adı", "Birimi", "2025 Hedeflenen Değer", title])
        #expect(IndicatorRows.understoodColumns(indicators) == Set(indicators.columns.indices))
        let activities = columnsSideBySide(["Faaliyet Adı", "Sorumlu Birim", "Ödenek", title])
        #expect(ActivityRows.understoodColumns(activities) == Set(activities.columns.indices))
        #expect(ActivityRows.amountColumns(activities).responsibleUnit == 1)
    }

    /// The lexicon's scopes: the new concepts name column headers only, and a responsible unit's
    /// title names none of them.
    @Test func conceptsStayInTheirRole() {
        for concept in [Lexicon.Concept.cooperatingUnit, .coordinatingUnit, .risk] {
            #expect(Set((Lexicon.phrases[concept] ?? [:]).keys) == [.columnHeader], "\(concept)")
        }
        for title in ["Sorumlu Birim", "Sorumlu Harcama Birimi", "Harcama Birimi", "Sorumlu Müdürlük", "Sorumlu Daire Başkanlığı"] {
            let f = Lexicon.fold(title)
            #expect(ResponsibleUnitColumn.names(Column(x0: 0, x1: 1, title: title), f), "\(title)")
            #expect(!ResponsibleUnitColumn.otherUnits.contains { Lexicon.names($0, .columnHeader, f, .within) }, "\(title)")
        }
    }
}
