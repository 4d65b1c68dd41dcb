import PageLayout
import Testing
@testable import Recognition

/// Running headers and page numbers are removed before tables are read.
@Suite struct PageFurnitureTests {
    /// An A5-landscape page (595 × 420 pt): a table row at the top, the running header, a
    /// last table row, and the page number centred `numberFromFoot` above the foot.
    static func smallPage(_ number: Int, printed: String, numberFromFoot: Double, lastRow: String = "Genel Toplam") -> Page {
        let height = 419.5
        var words = [
            WordBoxes.word("Balıkesir", 54, 10, 93, 18, size: 8), WordBoxes.word("Büyükşehir", 96, 10, 146, 18, size: 8),
            WordBoxes.word("F1", 58, 120, 67, 128, size: 8), WordBoxes.word("Deniz", 70, 120, 92, 128, size: 8),
            WordBoxes.word(lastRow, 58, 330, 118, 338, size: 8),
        ]
        let y = height - numberFromFoot
        words.append(WordBoxes.word(printed, 292, y - 8, 302, y, size: 8))
        return Page(number: number, width: 595.28, height: height, words: words, lines: LineGrouping.lines(from: words))
    }

    /// 30 pt above the foot of a 419.5 pt page is outside the 7% edge band, but it is the
    /// page's lowest line and carries its number in the document's numbering.
    @Test func pageNumberFarFromTheFootOfASmallPage() {
        let pages = (1...6).map { Self.smallPage($0, printed: String($0), numberFromFoot: 30) }
        let stripped = PageFurniture.strip(pages)
        for page in stripped {
            #expect(!page.lines.contains { $0.text == String(page.number) }, "page \(page.number): \(page.lines.map(\.text))")
            #expect(page.lines.contains { $0.text == "Genel Toplam" })
            #expect(!page.lines.contains { $0.text.hasPrefix("Balıkesir") }, "running header kept")
        }
    }

    /// A footer under the text block of an A5-landscape page, 44 pt above its foot (beyond a
    /// tenth of its 420 pt height, within a tenth of an A4 page's): the administration and
    /// "Sayfa 3 / 12" recur on every page and go; the table's last row above them stays.
    @Test func aFooterAsFarFromTheFootAsOnATallPage() {
        let pages = (1...6).map { n in
            let foot = 419.5 - 44
            var page = Self.smallPage(n, printed: "", numberFromFoot: 60, lastRow: "Toplam")
            page.words = page.words.filter { !$0.text.isEmpty }
                + [WordBoxes.word("Balıkesir", 54, foot, 90, foot + 8, size: 8), WordBoxes.word("Belediyesi", 93, foot, 130, foot + 8, size: 8),
                   WordBoxes.word("Sayfa", 480, foot, 500, foot + 8, size: 8), WordBoxes.word("\(n)", 503, foot, 507, foot + 8, size: 8),
                   WordBoxes.word("/", 510, foot, 513, foot + 8, size: 8), WordBoxes.word("12", 516, foot, 524, foot + 8, size: 8)]
            page.lines = LineGrouping.lines(from: page.words)
            return page
        }
        for page in PageFurniture.strip(pages) {
            #expect(page.lines.map(\.text) == ["F1 Deniz", "Toplam"], "page \(page.number): \(page.lines.map(\.text))")
        }
    }

    /// A lone number that is not the page's (a table's last cell, "9" on page 3) stays.
    @Test func aNumberOutOfTheNumberingStays() {
        var pages = (1...6).map { Self.smallPage($0, printed: String($0 + 10), numberFromFoot: 30) }
        pages[2] = Self.smallPage(3, printed: "9", numberFromFoot: 30)
        let stripped = PageFurniture.strip(pages)
        #expect(stripped[2].lines.contains { $0.text == "9" })
        #expect(!stripped[0].lines.contains { $0.text == "11" })
        #expect(PageFurniture.pageNumberOffset(pages) == 10)
    }

    /// The same lone "7" on every page is no numbering (its offset from the page differs on
    /// each page): away from the very edge it is data and stays.
    @Test func withoutNumberingOnlyTheEdgeCounts() {
        let pages = (1...6).map { Self.smallPage($0, printed: "7", numberFromFoot: 30) }
        #expect(PageFurniture.pageNumberOffset(pages) == nil)
        #expect(PageFurniture.strip(pages).allSatisfy { $0.lines.contains { $0.text == "7" } })
        // At the very edge (8 pt from the foot) a lone number is taken for a page number.
        let edge = (1...6).map { Self.smallPage($0, printed: "7", numberFromFoot: 8) }
        #expect(PageFurniture.strip(edge).allSatisfy { !$0.lines.contains { $0.text == "7" } })
    }

    /// Numbered table titles ("Tablo 4: …", digits ignored alike) and a repeated header line
    /// ("Ekonomik Kod 2024 (TL)") at the top of many pages belong to their tables: kept, while
    /// the running header above them goes.
    @Test func tableTitlesAndRepeatedHeadersAreNoFurniture() {
        let pages = (1...6).map { n in
            Self.headedPage(n, [("Tablo \(n): Faaliyet Maliyetleri Tablosu", 30), ("Ekonomik Kod 2024 (TL)", 45)])
        }
        for page in PageFurniture.strip(pages) {
            #expect(page.lines.contains { $0.text.hasPrefix("Tablo") }, "page \(page.number): title removed")
            #expect(page.lines.contains { $0.text.hasPrefix("Ekonomik Kod") }, "page \(page.number): header removed")
            #expect(!page.lines.contains { $0.text.hasPrefix("Balıkesir") }, "running header kept")
        }
    }

    /// A workbook with a sheet per goal opens each sheet's page with the same aim row, its label
    /// under the first line of its text (Excel sets cells at their bottom): "A1 Vatandaşın …" over
    /// "Amaç verimli, …". Both lines belong to the goal, however often they recur; the running header goes.
    @Test func aGoalsContextAtTheTopOfEveryPageIsNoFurniture() {
        let pages = (1...6).map { n in
            Self.headedPage(n, [("A1 Vatandaşın ihtiyaçları doğrultusunda", 52), ("Amaç verimli, doğru ve zamanında", 63)])
        }
        for page in PageFurniture.strip(pages) {
            #expect(page.lines.contains { $0.text.hasPrefix("A1 Vatandaşın") }, "page \(page.number): aim text removed")
            #expect(page.lines.contains { $0.text.hasPrefix("Amaç verimli") }, "page \(page.number): aim label removed")
            #expect(!page.lines.contains { $0.text.hasPrefix("Balıkesir") }, "running header kept")
        }
    }

    /// 8 pt words of `text` from x = 60 at `y`, 4 pt a letter, 3 pt between words.
    static func line(_ text: String, y: Double) -> [Word] {
        var x = 60.0
        return text.split(separator: " ").map { w in
            defer { x += Double(w.count) * 4 + 3 }
            return WordBoxes.word(String(w), x, y, x + Double(w.count) * 4, y + 8, size: 8)
        }
    }

    /// Page `n`: the running header on top, `lines` (text, y) under it, a body line below.
    static func headedPage(_ n: Int, _ lines: [(String, Double)]) -> Page {
        let words = line("Balıkesir Büyükşehir Belediyesi", y: 10) + lines.flatMap { line($0.0, y: $0.1) } + line("F1 Deniz", y: 200)
        return WordBoxes.page(n, words)
    }

    /// Activity cards, a card opening each page with its number (blind T06): "Faaliyet No: 3" recurs
    /// at the top of the pages, its digits aside, as a running header does. It is the card's, and stays.
    @Test func anActivityCardsNumberAtTheTopOfEveryPageIsNoFurniture() {
        let pages = (1...6).map { n in Self.headedPage(n, [("Faaliyet No: \(n)", 52)]) }
        for page in PageFurniture.strip(pages) {
            #expect(page.lines.contains { $0.text == "Faaliyet No: \(page.number)" }, "page \(page.number): the card's number removed")
            #expect(!page.lines.contains { $0.text.hasPrefix("Balıkesir") }, "running header kept")
        }
    }

    /// A Word table running on over many pages (LibreOffice): the running header sits right over
    /// the first row of each page, their boxes touching by 0.6 pt of their 10.4 pt height, and the
    /// row names an activity ("… faaliyetler"), so it counts as a table's line in the margin. The
    /// header is set under nothing, not beside the row: it goes, the row stays whole.
    @Test func aRunningHeaderTouchingAContinuingTablesRowGoes() {
        func cells(_ cells: [(String, Double)], y: Double) -> [Word] {
            cells.flatMap { text, x0 in
                var x = x0
                return text.split(separator: " ").map { w in
                    defer { x += Double(w.count) * 4.5 + 2.5 }
                    return WordBoxes.word(String(w), x, y, x + Double(w.count) * 4.5, y + 10.4, size: 9)
                }
            }
        }
        let pages = (1...6).map { n in
            WordBoxes.page(n, cells([("Kayseri Büyükşehir Belediyesi – 2024 Yılı Performans Programı", 43)], y: 35.9)
                + cells([("\(n)", 43), ("Dilenciliği önlemeye yönelik faaliyetler", 77), ("Zabıta Daire", 247), ("100.000", 359)], y: 45.7)
                + cells([("Başkanlığı", 247)], y: 55)
                + cells([("\(n + 1)", 43), ("Hal denetim ve kontrol faaliyetleri", 77), ("Zabıta Daire", 247), ("100.000", 359)], y: 185.7))
        }
        for page in PageFurniture.strip(pages) {
            let texts = page.lines.map(\.text)
            #expect(!texts.contains { $0.hasPrefix("Kayseri") }, "page \(page.number): running header kept: \(texts)")
            #expect(texts.contains("\(page.number) Dilenciliği önlemeye yönelik faaliyetler Zabıta Daire 100.000"), "page \(page.number): \(texts)")
        }
    }

    /// A header repeated at the top of every page, its cells merged over two rows and set at
    /// their top: "Sorumlu" stands beside "Faaliyet Adı", "Müdürlük" under it on a line of its
    /// own in the margin, recurring on every page. It is the header's next line, not furniture;
    /// the running header above the table still is.
    @Test func aHeaderCellsNextLineInTheMarginStays() {
        let pages = (1...6).map { n in
            WordBoxes.page(n, [
                WordBoxes.word("Kayseri", 54, 14, 93, 23, size: 9), WordBoxes.word("Belediyesi", 96, 14, 146, 23, size: 9),
                WordBoxes.word("Faaliyet", 55.7, 53, 98.65, 64.05, size: 9.5), WordBoxes.word("Adı", 101.96, 53, 119.35, 64.05, size: 9.5),
                WordBoxes.word("Sorumlu", 144.89, 53, 189.59, 64.05, size: 9.5),
                WordBoxes.word("Müdürlük", 141.92, 64.21, 192.68, 75.26, size: 9.5),
                WordBoxes.word("İmar", 134.78, 166.45, 156.54, 177.49, size: 9.5),
            ])
        }
        let texts = PageFurniture.strip(pages).map { $0.words.map(\.text) }
        #expect(texts.allSatisfy { $0 == ["Faaliyet", "Adı", "Sorumlu", "Müdürlük", "İmar"] })
    }

    /// An indicator table opening every turned page (a landscape section between portrait ones,
    /// arrangement `turned-indicators`): its name cell set on two lines at their top, "Performans"
    /// beside the unit and the years, "Göstergeleri" under it. The first line names no concept but
    /// stands right over the line that does, spanning it: the header's, not furniture.
    @Test func aHeaderCellsFirstLineOverTheConceptStays() {
        let pages = (1...6).map { n in
            WordBoxes.page(n, [
                WordBoxes.word("Kayseri", 54, 14, 93, 23, size: 8), WordBoxes.word("Belediyesi", 96, 14, 146, 23, size: 8),
                WordBoxes.word("Performans", 102.47, 53, 186.28, 65.8, size: 11), WordBoxes.word("Ölçü", 219.75, 53, 251.15, 65.8, size: 11),
                WordBoxes.word("2021", 274.42, 53, 305, 65.8, size: 11), WordBoxes.word("2025", 496.23, 53, 526.81, 65.8, size: 11),
                WordBoxes.word("Göstergeleri", 98.63, 65.98, 190.13, 78.78, size: 11),
                WordBoxes.word("İmar", 134.78, 176.45, 156.54, 189.49, size: 11),
            ])
        }
        let texts = PageFurniture.strip(pages).map { $0.words.map(\.text) }
        #expect(texts.allSatisfy { $0 == ["Performans", "Ölçü", "2021", "2025", "Göstergeleri", "İmar"] })
    }

    /// A chapter's running header names a table's columns ("Bölüm 2 – Performans Hedefi,
    /// Göstergeler ve Faaliyetler") on every page. Where it stands right over a table's title
    /// (page 1) it heads the page, not a table: furniture on every page, also over a continued
    /// table's rows. A repeated header line under it ("Ekonomik Kod 2024 (TL)") stays.
    @Test func aChapterHeaderOverATitleIsFurniture() {
        let chapter = "Bölüm 2 – Performans Hedefi, Göstergeler ve Faaliyetler"
        let pages = (1...6).map { n in
            WordBoxes.page(n, Self.line(chapter, y: 10)
                + (n == 1 ? Self.line("PERFORMANS HEDEFİ TABLOSU", y: 30) : Self.line("Ekonomik Kod 2024 (TL)", y: 45))
                + Self.line("F1 Deniz", y: 200))
        }
        for page in PageFurniture.strip(pages) {
            #expect(!page.lines.contains { $0.text.hasPrefix("Bölüm") }, "page \(page.number): chapter header kept")
            #expect(page.lines.contains { $0.text.hasPrefix(page.number == 1 ? "PERFORMANS" : "Ekonomik Kod") }, "page \(page.number): table line removed")
        }
        // Never over a title, the same line may be a table's repeated header: it stays.
        let untitled = (1...6).map { n in WordBoxes.page(n, Self.line(chapter, y: 10) + Self.line("F1 Deniz", y: 200)) }
        #expect(PageFurniture.strip(untitled).allSatisfy { $0.lines.contains { $0.text.hasPrefix("Bölüm") } })
    }
}
