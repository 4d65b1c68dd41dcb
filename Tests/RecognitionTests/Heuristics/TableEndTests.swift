import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// Words of table cells: each (text, x) starts at x on one line at `y`, words 0.3 font sizes apart.
private func row(_ cells: [(String, Double)], y: Double = 100, size: Double = 8) -> RowBand {
    let words = cells.flatMap { text, x -> [Word] in
        var left = x
        return text.split(separator: " ").map { w in
            let width = Double(w.count) * size * 0.5
            defer { left += width + size * 0.3 }
            return WordBoxes.word(String(w), left, y, left + width, y + size, size: size)
        }
    }
    return WordBoxes.band(page: 4, words)
}

/// Where untitled cost tables start and end (`TableStart`, `TableEnd`), as templates without the
/// guide's titles and total rows print them (the blind tests' T04, T10, T12a).
@Suite struct TableEndTests {
    /// “Faaliyet | Sorumlu Birim | 03 Mal ve Hizmet Alım Giderleri | Toplam”: a column per code
    /// under no “Ekonomik Kod” group beside the activities is a cost table per goal, not a goal table.
    static let codeColumnsHeader = row([("Faaliyetler", 40), ("Sorumlu Birim", 250), ("03 Mal ve Hizmet Alım Giderleri", 350),
                                        ("Toplam", 520)])

    @Test func codeColumnsBesideActivitiesAreACostTable() {
        #expect(CostTableReader.isHeader(Self.codeColumnsHeader))
        #expect(TableStart.kind([Self.codeColumnsHeader], at: 0) == .cost)
        // The same header with a budget column is the activities' table with their costs merged.
        let merged = row([("Faaliyetler", 40), ("03 Mal ve Hizmet Alım Giderleri", 250), ("Bütçe", 420), ("Toplam", 520)])
        #expect(TableStart.kind([merged], at: 0) == .goal)
    }

    /// Repeated at the top of each page the table runs over, with no concept's column header but
    /// the unit's and the total's (“Faaliyet” is a short form, the code's name wraps), the header
    /// is the table's, never a running header.
    @Test func aHeaderNamingTheUnitAndTheTotalIsNoPageFurniture() {
        let line = row([("Faaliyet", 40), ("Sorumlu Birim", 250), ("03 Mal ve Hizmet", 350), ("Toplam", 520)]).lines[0]
        #expect(PageFurniture.belongsToATable(line))
        #expect(!PageFurniture.belongsToATable(row([("Kayseri Büyükşehir Belediyesi", 40), ("2025 Performans Programı", 400)]).lines[0]))
    }

    /// A code's own name is no funding source: “09 Yedek Ödenekler” names no budget column.
    @Test func aCodeNamedLikeTheBudgetIsACodeColumn() {
        let header = row([("Faaliyetler", 40), ("Sorumlu Birim", 200), ("03 Mal ve Hizmet", 300), ("09 Yedek Ödenekler", 400),
                          ("Toplam", 520)])
        #expect(TableStart.kind([header], at: 0) == .cost)
    }

    /// “Faaliyet | Ekonomik Kod | Tutar (TL)”: a column of codes beside the activities is their costs.
    @Test func aCodeColumnBesideActivitiesIsACostTable() {
        let header = row([("Faaliyet", 40), ("Ekonomik Kod", 350), ("Tutar (TL)", 500)])
        #expect(TableStart.kind([header], at: 0) == .cost)
    }

    /// A Word template's cost table per activity (the blind tests' T01): captioned by its activity,
    /// “Faaliyet Maliyeti: 1. …”, over “Kod | Ekonomik Sınıflandırma | Bütçe Ödeneği …”.
    @Test func aCaptionedCostTableStartsAtItsCaption() {
        let caption = row([("Faaliyet Maliyeti: 1. Revizyon nazım imar planları yapmak.", 40)])
        #expect(LabelledRow.read(caption)?.label == .activityName)
        let header = row([("Kod", 40), ("Ekonomik Sınıflandırma", 80), ("Bütçe Ödeneği", 250), ("Döner Sermaye", 350), ("Toplam", 500)], y: 120)
        #expect(CostTableReader.isHeader(header))
        #expect(TableStart.kind([caption, header], at: 0) == .cost)
    }

    @Test func theNextGoalsContextEndsATable() {
        let rows = [Self.codeColumnsHeader,
                    row([("F1 Plajları temizlemek.", 40), ("Fen İşleri Dairesi Başkanlığı", 250), ("800.000", 380), ("800.000", 520)], y: 120),
                    // An activity with no money printed: its code is no level's.
                    row([("F2 Kıyıları korumak.", 40), ("Fen İşleri Dairesi Başkanlığı", 250)], y: 140),
                    row([("Sahillerimize yeni kimlik kazandırmak için kullanılan bütçedir.", 40)], y: 160),
                    row([("H1.2 – Kıyı alanlarının bakımını sağlamak.", 40)], y: 180),
                    row([("Stratejik Hedef 1.2 Kentsel dönüşüm alanları belirlemek.", 40)], y: 200),
                    row([("Faaliyet Adı:", 40), ("İmar uygulaması yapmak.", 200)], y: 220),
                    row([("Açıklamalar:", 40), ("Bütçe yıl içinde aktarılabilir.", 200)], y: 240),
                    // A goal card's label alone on its row, over its text (blind T08).
                    row([("Stratejik Amaç 2", 40)], y: 260)]
        let ends = rows.indices.map { TableEnd.startsAnother(rows[...], at: $0, isOwnHeader: CostTableReader.isHeader) }
        #expect(ends == [false, false, false, false, true, true, true, false, true])
    }

    /// The guide's cost table per activity opens with İdare Adı and Performans Hedefi over Faaliyet
    /// Adı: the block is the cost table's from its first label; a goal table's block names no activity.
    @Test func aLabelBlockOverAnActivitysNameOpensItsCostTable() {
        let costLabels = [row([("İdare Adı:", 40), ("KAYSERİ BÜYÜKŞEHİR BELEDİYESİ", 200)]),
                          row([("Performans Hedefi (1):", 40), ("İmar planları yapmak.", 200)], y: 120),
                          row([("Faaliyet Adı:", 40), ("Revizyon nazım imar planları yapmak.", 200)], y: 140)]
        #expect(TableStart.opensCostLabels(costLabels[...], at: 0))
        #expect(TableStart.kind(costLabels, at: 0) == .cost)
        let goalLabels = [row([("İdare Adı:", 40), ("KAYSERİ BÜYÜKŞEHİR BELEDİYESİ", 200)]),
                          row([("Stratejik Amaç 1:", 40), ("Planlı bir kent oluşturmak.", 200)], y: 120),
                          row([("Performans Hedefi (1):", 40), ("İmar planları yapmak.", 200)], y: 140),
                          row([("Performans Göstergeleri", 40), ("2025 Hedef", 400)], y: 160)]
        #expect(!TableStart.opensCostLabels(goalLabels[...], at: 0))
        #expect(TableStart.kind(goalLabels, at: 0) == nil)
    }
}
