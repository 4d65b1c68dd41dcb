import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// Indicator years named relative to the program's (“Önceki Yıl”, “Cari Yıl”, “Bütçe Yılı”,
/// `RelativeYear`): N−2, N−1 and N of a program for year N, once the program's year is known.
@Suite struct RelativeYearTests {
    @Test func eachRelativeYearHasItsOffset() {
        for (heading, offset) in [("Önceki Yıl Gerçekleşme", -2), ("GEÇMİŞ YIL GERÇEKLEŞEN", -2), ("Cari Yıl Tahmin", -1),
                                  ("Cari Yılı Gerçekleşme Tahmini", -1), ("Bütçe Yılı Hedef", 0), ("Plan Yılı Hedefi", 0)] {
            #expect(RelativeYear.offset(Lexicon.fold(heading)) == offset, "\(heading)")
        }
        // Headers that hold a relative year's words but name no year of the three (review H1, H3).
        for heading in ["2024 Hedef", "Hedef", "Bütçe", "Yıl Sonu Tahmini", "Plan Dönemi Başlangıç Değeri",
                        "Bütçe Yılı+1 Hedef", "Bütçe Yılı +2 Hedef", "Önceki Yıla Göre Artış Hedefi (%)",
                        "Geçmiş Yıllar Ortalaması Gerçekleşme"] {
            #expect(RelativeYear.offset(Lexicon.fold(heading)) == nil, "\(heading)")
        }
    }

    /// A header's row of relative years alone stands over the kinds of value, as a row of years does.
    @Test func aRowOfRelativeYearsIsTheHeadersGroupRow() {
        func row(_ words: [String]) -> RowBand {
            WordBoxes.band(page: 3, words.enumerated().map { k, w in WordBoxes.word(w, 100 + Double(k) * 60, 100, 150 + Double(k) * 60, 108, size: 8) })
        }
        #expect(HeaderBlock.isGroupRow(row(["Önceki", "Yıl", "Cari", "Yıl", "Bütçe", "Yılı"])))
        #expect(HeaderBlock.isGroupRow(row(["GEÇMİŞ", "YIL", "CARİ", "YIL", "PLAN", "YILI"])))
        #expect(!HeaderBlock.isGroupRow(row(["Önceki", "Yıl", "Cari", "Yıl", "Bütçe", "Yılı", "Toplam"])))
        #expect(!RelativeYear.namesYearsAlone(row(["Kalan", "Yıl", "Sayısı"])))
    }

    private static func program(year: Int?) -> RecognizedProgram {
        var p = RecognizedProgram()
        p.year = year
        let values = [IndicatorValue(year: 0, kind: .target, value: "30", raw: "30"),
                      IndicatorValue(year: -2, kind: .actual, value: "10", raw: "10"),
                      IndicatorValue(year: -1, kind: .estimate, value: "20", raw: "20")]
        p.goals = [Goal(no: 1, code: "1", title: "Hedef", indicators: [Indicator(no: 1, code: "1", name: "Gösterge", unit: "adet", page: 7, values: values)])]
        return p
    }

    @Test func theProgramsYearGivesTheYears() {
        var p = Self.program(year: 2025)
        RelativeYear.settle(&p)
        let values = p.goals[0].indicators[0].values
        #expect(values.map(\.year) == [2023, 2024, 2025])
        #expect(values.map(\.kind) == [.actual, .estimate, .target])
        #expect(p.diagnostics.isEmpty)
    }

    @Test func withoutTheProgramsYearTheColumnsAreStatedUnread() {
        var p = Self.program(year: nil)
        RelativeYear.settle(&p)
        #expect(p.goals[0].indicators[0].values.isEmpty)
        #expect(p.diagnostics.count == 1 && p.diagnostics[0].hasPrefix("page 7:") && LeftUnread.isUnread(p.diagnostics[0]))
    }

    /// The plan years after the budget year (“Bütçe Yılı+1”, “+2”) are N+1 and N+2, read only with
    /// the sign printed; a count past the range the budget projects names none.
    @Test func planYearsAfterTheBudgetYear() {
        for (heading, offset) in [("Bütçe Yılı+1 Hedef", 1), ("Bütçe Yılı + 2 Hedefi", 2), ("Plan Yılı+1", 1), ("Bütçe Yılı", 0)] {
            #expect(RelativeYear.offset(Lexicon.fold(heading), printed: heading) == offset, "\(heading)")
        }
        for heading in ["Bütçe Yılı+3 Hedef", "Bütçe Yılı 1 Hedef", "Cari Yıl+1 Tahmin", "Bütçe Yılı+1+2 Hedef"] {
            #expect(RelativeYear.offset(Lexicon.fold(heading), printed: heading) == nil, "\(heading)")
        }
        #expect(RelativeYear.isOffset(2) && RelativeYear.isOffset(-2) && !RelativeYear.isOffset(3) && !RelativeYear.isOffset(-3))
    }

    /// Columns headed by a relative year alone (no kind word) read as the budget's terms say: the
    /// year before the current one its actual, the current year its estimate, the budget year and the
    /// plan years after it their targets. Headers holding more than the year stay unread (review H1, H3).
    @Test func relativeYearsAloneSayTheirKind() {
        let titles = ["Performans Göstergesi", "Geçmiş Yıl", "Cari Yıl", "Bütçe Yılı", "Bütçe Yılı+1", "Önceki Yıla Göre Artış Hedefi",
                      "Geçmiş Yıllar Ortalaması"]
        let header = WordBoxes.band(page: 3, WordBoxes.cells(titles.enumerated().map { k, w in (w, 40 + Double(k) * 150, 0) }, y: 100))
        let section = TableSection.build(header: header, data: [], isRepeatedHeader: { _ in false })
        let columns = IndicatorRows.valueColumns(section)
        #expect(columns.map(\.index) == [1, 2, 3, 4], "\(columns)")
        #expect(columns.map(\.year) == [-2, -1, 0, 1] && columns.map(\.kind) == [.actual, .estimate, .target, .target])
    }
}
