import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// An activity column titled by the resources it needs (“Kaynak (TL)”), with no total named
/// apart, is the activities' total — wherever it stands, however its title wraps, and only
/// where its body holds amounts.
@Suite struct ResourceColumnTests {
    /// `titles` side by side (`columnsSideBySide`) over rows of `cells`, each cell a word in its column.
    static func section(_ titles: [String], rows: [[String]]) -> TableSection {
        var s = columnsSideBySide(titles)
        s.rows = rows.enumerated().map { r, cells in
            let y = 100 + Double(r) * 20
            let words = cells.enumerated().map { k, t in WordBoxes.word(t, s.columns[k].x0, y, s.columns[k].x0 + 40, y + 9, size: 9) }
            return TableRow(band: WordBoxes.band(page: 2, words), cells: words.map { Cell(words: [$0]) })
        }
        return s
    }

    static let amounts = [["Yol", "Fen", "800.000,00"], ["Park", "Park", "250.000,00"]]

    /// “Kaynak” over “(TL)”: the title wrapped into a group over its one column reads whole.
    @Test func aWrappedTitleOverItsOneColumnIsTheTotal() {
        let s = Self.section(["Faaliyet Adı", "Sorumlu Birim", "Kaynak|(TL)"], rows: Self.amounts)
        #expect(ActivityRows.amountColumns(s).total == 2)
        #expect(ActivityRows.understoodColumns(s) == [0, 1, 2])
        let one = Self.section(["Faaliyet Adı", "Sorumlu Birim", "Kaynak (TL)"], rows: Self.amounts)
        #expect(ActivityRows.amountColumns(one).total == 2)
    }

    /// A group over several columns names none of them alone.
    @Test func aGroupOverSeveralColumnsIsNoTitle() {
        let s = Self.section(["Faaliyet Adı", "Kaynak|Birinci", "Kaynak|İkinci"], rows: [["Yol", "1,00", "2,00"]])
        #expect(ActivityRows.amountColumns(s).total == nil)
    }

    /// A resources column of words (“Öz Kaynak”) holds no amounts: no total, and stated unread.
    @Test func aResourcesColumnOfWordsIsNoTotal() {
        let s = Self.section(["Faaliyet Adı", "Sorumlu Birim", "Kaynak"], rows: [["Yol", "Fen", "Öz"], ["Park", "Park", "Dış"]])
        #expect(ActivityRows.amountColumns(s).total == nil)
        #expect(!ActivityRows.understoodColumns(s).contains(2))
        #expect(s.unknownColumns(understood: ActivityRows.understoodColumns(s), table: "activity").count == 1)
    }

    /// “Faaliyet Adı | Kaynak (TL) | Sorumlu Birim”: a resources title clear of both neighbours
    /// with the figures under it heads its own column; with the figures under its neighbours it
    /// is their group.
    @Test func aResourcesTitleWithItsFiguresUnderItIsAColumn() {
        let columns = [Column(x0: 40, x1: 120, title: "Faaliyet Adı"), Column(x0: 200, x1: 250, title: "Kaynak (TL)"),
                       Column(x0: 320, x1: 390, title: "Sorumlu Birim")]
        func word(_ t: String, _ x0: Double, _ y: Double) -> Word { WordBoxes.word(t, x0, y, x0 + Double(t.count) * 4.5, y + 9, size: 9) }
        let ownFigures = [word("Yol", 40, 100), word("800.000,00", 210, 100), word("Fen", 320, 100),
                          word("Park", 40, 120), word("250.000,00", 210, 120), word("Park", 320, 120)]
        #expect(TableSection.groupsPlaced(columns, body: ownFigures).map(\.title) == ["Faaliyet Adı", "Kaynak (TL)", "Sorumlu Birim"])
        let neighbours = [word("100,00", 60, 100), word("200,00", 330, 100)]
        let grouped = TableSection.groupsPlaced(columns, body: neighbours)
        #expect(grouped.map(\.title) == ["Faaliyet Adı", "Sorumlu Birim"] && grouped.map(\.group) == ["Kaynak (TL)", "Kaynak (TL)"])
    }
}
