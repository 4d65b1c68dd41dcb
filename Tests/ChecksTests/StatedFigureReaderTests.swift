import Dataset
import PageLayout
import Recognition
import Testing

@Suite struct StatedFigureReaderTests {
    typealias P = PageFixture
    static let header = P.line(10, P.run(56, "2024 YILI PERFORMANS PROGRAMI"), P.run(400, "KAYSERİ BÜYÜKŞEHİR BELEDİYESİ"))

    // MARK: counts in the text

    /// Kayseri p.116: "… Performans Programında; 51 adet Performans Hedefi, … 154 adet
    /// Faaliyet/Proje yer almaktadır. Performans Programında yer alan 154 adet Faaliyet/Proje için …"
    @Test func sentenceCountsOfGoalsAndActivities() {
        let page = P.page(116, Self.header,
            P.line(90, P.run(56, "2.4. İdare Performans Tablosu")),
            P.line(110, P.run(56, "Kayseri Büyükşehir Belediyemizin 2024 yılı Performans Programında; 51 adet Performans Hedefi, söz")),
            P.line(120, P.run(56, "konusu hedeflere ulaşabilmek için yürütülecek olan 154 adet Faaliyet/Proje yer almaktadır. Performans")),
            P.line(130, P.run(56, "Programında yer alan 154 adet Faaliyet/Proje için 8.022.000.000,00 TL Faaliyet Gideri,")))
        let counts = StatedFigureReader.read(pages: [page]).counts
        #expect(counts == [StatedCount(kind: .goals, count: 51, page: 116), StatedCount(kind: .activities, count: 154, page: 116)])
    }

    /// An activity's own words ("10 adet faaliyet") are no statement about the program.
    @Test func aCountInAnActivityNameStatesNothing() {
        let page = P.page(40, P.line(100, P.run(56, "F1 Gençlere yönelik 10 adet faaliyet düzenlenmesi."), P.right(540, "800.000")))
        #expect(StatedFigureReader.read(pages: [page]).counts.isEmpty)
    }

    /// Kayseri p.36: a running header naming the program, then "Kaynak İhtiyacı 2024" over
    /// "Faaliyetler": a year before a column head is no count.
    @Test func aYearAboveTheActivitiesColumnStatesNothing() {
        let page = P.page(36, Self.header,
            P.line(100, P.run(400, "Kaynak İhtiyacı 2024")),
            P.line(110, P.run(150, "Faaliyetler")),
            P.line(120, P.run(56, "1 Revizyon nazım imar planları yapmak."), P.right(500, "5.500.000,00")))
        #expect(StatedFigureReader.read(pages: [page]).counts.isEmpty)
    }

    /// Balıkesir p.109: "Toplam Faaliyet Sayısı 328 Toplam Maliyet 12.000.000.000".
    @Test func labelledTotalCount() {
        let page = P.page(109, P.line(600, P.run(56, "Toplam Faaliyet Sayısı"), P.right(291, "328"),
                                      P.run(299, "Toplam Maliyet"), P.right(537, "12.000.000.000")))
        #expect(StatedFigureReader.read(pages: [page]).counts == [StatedCount(kind: .activities, count: 328, page: 109)])
    }

    /// An indicator named "… Faaliyet Sayısı" with its unit and value is no stated count.
    @Test func indicatorNamedLikeACountStatesNothing() {
        let page = P.page(50, P.line(100, P.run(56, "PG3.1.1 Düzenlenen Faaliyet Sayısı"), P.run(380, "adet"), P.right(540, "75")),
                          P.line(120, P.run(56, "Faaliyet Sayısı Artışı"), P.right(540, "12")))
        #expect(StatedFigureReader.read(pages: [page]).counts.isEmpty)
    }

    // MARK: the per-unit table (İdarenin Toplam Kaynak İhtiyacı)

    static let unitHeader: [Word] = P.line(60, P.run(245, "FAALİYET")) + P.line(64.6, P.run(132, "BİRİM"), P.run(340, "MALİYET TÜRÜ"), P.run(450, "2024 YILI (TL)"))
        + P.line(69.2, P.run(251, "SAYISI"))

    /// Four cost lines per unit with the name and count centred on them: one name on the
    /// count's own line, one wrapped over two lines around a count standing alone.
    static func unitRows(from y: Double) -> [[Word]] {
        [
            P.line(y, P.run(299, "Toplam"), P.right(537, "50.000.000")),
            P.line(y + 16, P.run(299, "Hedef"), P.right(537, "40.000.000")),
            P.line(y + 24, P.run(57, "Afet İşleri Dairesi Başkanlığı"), P.right(291, "5")),
            P.line(y + 32, P.run(299, "Personel Gideri"), P.right(537, "8.500.000")),
            P.line(y + 48, P.run(299, "Genel Yönetim Gideri"), P.right(537, "1.500.000")),
            P.line(y + 64, P.run(299, "Toplam"), P.right(537, "140.000.000")),
            P.line(y + 80, P.run(299, "Hedef"), P.right(537, "129.000.000")),
            P.line(y + 84, P.run(57, "Basın Yayın ve Halkla İlişkiler Dairesi")),
            P.line(y + 91, P.right(291, "13")),
            P.line(y + 96, P.run(299, "Personel Gideri"), P.right(537, "8.000.000")),
            P.line(y + 98, P.run(57, "Başkanlığı")),
            P.line(y + 112, P.run(299, "Genel Yönetim Gideri"), P.right(537, "3.000.000")),
        ]
    }

    @Test func perUnitCountsAndCostLines() {
        let p = P.page(105, P.line(10, P.run(54, "Balıkesir Büyükşehir Belediyesi"), P.run(420, "2024 Yılı Performans Programı")),
                       P.line(40, P.run(57, "D. İdarenin Toplam Kaynak İhtiyacı")), Self.unitHeader,
                       Self.unitRows(from: 100).flatMap { $0 }, P.line(800, P.run(57, "105")))
        let figures = StatedFigureReader.readAll(pages: [p])
        #expect(figures.counts == [
            StatedCount(kind: .activities, scope: "Afet İşleri Dairesi Başkanlığı", count: 5, page: 105),
            StatedCount(kind: .activities, scope: "Basın Yayın ve Halkla İlişkiler Dairesi Başkanlığı", count: 13, page: 105),
        ])
        #expect(figures.unitCosts == [
            StatedUnitCost(unit: "Afet İşleri Dairesi Başkanlığı", activities: Amount(kurus: 4_000_000_000),
                           personnel: Amount(kurus: 850_000_000), generalAdmin: Amount(kurus: 150_000_000),
                           total: Amount(kurus: 5_000_000_000), page: 105),
            StatedUnitCost(unit: "Basın Yayın ve Halkla İlişkiler Dairesi Başkanlığı", activities: Amount(kurus: 12_900_000_000),
                           personnel: Amount(kurus: 800_000_000), generalAdmin: Amount(kurus: 300_000_000),
                           total: Amount(kurus: 14_000_000_000), page: 105),
        ])
    }

    static func singleUnitRow(_ y: Double, _ name: String, _ count: String) -> [Word] {
        P.line(y, P.run(299, "Toplam"), P.right(537, "120.000.000")) + P.line(y + 16, P.run(299, "Hedef"), P.right(537, "110.000.000"))
            + P.line(y + 24, P.run(57, name), P.right(291, count))
            + P.line(y + 32, P.run(299, "Personel Gideri"), P.right(537, "7.500.000"))
            + P.line(y + 48, P.run(299, "Genel Yönetim Gideri"), P.right(537, "2.500.000"))
    }

    /// Balıkesir p.106 goes on with the table's rows before its header comes again; a
    /// page with no cost lines ends the table, and a later page that only has such lines,
    /// without the table's header, is not read.
    @Test func tableRunsOnAcrossPagesButNotIntoUnrelatedPages() {
        let first = P.page(105, Self.unitHeader, Self.unitRows(from: 100).flatMap { $0 })
        let second = P.page(106, Self.singleUnitRow(60, "Bilgi İşlem Dairesi Başkanlığı", "10"))
        let unrelated = P.page(120, Self.singleUnitRow(60, "Bir Dairesi", "7"))
        let counts = StatedFigureReader.read(pages: [first, second, P.page(107), unrelated]).counts
        #expect(counts.map(\.page) == [105, 105, 106])
        #expect(counts.last?.scope == "Bilgi İşlem Dairesi Başkanlığı")
        #expect(counts.last?.count == 10)
    }

    // MARK: shares (İdare Performans Tablosu)

    static let shareHeader = P.line(184, P.run(323, "TL"), P.right(386, "Pay"), P.run(400, "TL"), P.right(433, "Pay"),
                                    P.run(467, "TL"), P.right(530, "Pay"))

    static func shareRow(_ y: Double, _ text: String, _ amount: String, _ pay: String) -> [Word] {
        P.line(y, P.run(122, text), P.right(362, amount), P.right(392, pay), P.right(413, "0,00"), P.right(434, "0,00"),
               P.right(506, amount), P.right(536, pay))
    }

    @Test func sharesOfTheGrandTotal() {
        let page = P.page(116, Self.shareHeader,
            P.line(200, P.run(144, "İlgili kanun ve yönetmelikler")),
            P.line(207, P.right(362, "50.000.000,00"), P.right(392, "0,43"), P.right(413, "0,00"), P.right(434, "0,00"),
                   P.right(506, "50.000.000,00"), P.right(536, "0,43")),
            P.line(214, P.run(144, "çerçevesinde kentin")),
            Self.shareRow(241, "1 Revizyon nazım imar planları yapmak.", "5.500.000,00", "0,05"),
            Self.shareRow(300, "Genel Toplam", "11.500.000.000,00", "100,00"))
        let shares = StatedFigureReader.read(pages: [page]).shares
        #expect(shares.count == 9)
        let grand = Amount(kurus: 1_150_000_000_000)
        #expect(shares[0] == StatedShare(label: "İlgili kanun ve yönetmelikler çerçevesinde kentin (Bütçe)",
                                         amount: Amount(kurus: 5_000_000_000), percent: "0.43", of: grand, page: 116))
        #expect(shares[1].of == .zero && shares[1].percent == "0.00")
        #expect(shares[3].label == "1 Revizyon nazım imar planları yapmak. (Bütçe)")
        #expect(shares[5].percent == "0.05" && shares[5].of == grand)
        #expect(shares[8].percent == "100.00")
    }

    @Test func withoutAGrandTotalRowTheSharesAreOfNothingKnown() {
        let page = P.page(116, Self.shareHeader, Self.shareRow(241, "1 Revizyon", "5.500.000,00", "0,05"))
        #expect(StatedFigureReader.read(pages: [page]).shares.isEmpty)
    }
}
