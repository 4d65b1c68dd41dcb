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
}
