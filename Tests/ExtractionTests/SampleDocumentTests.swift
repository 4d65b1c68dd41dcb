import Testing
import PageLayout
@testable import Extraction

@Suite struct SampleDocumentTests {
    @Test func pageCounts() throws {
        #expect(try DocumentReader(path: TestFiles.kayseri, readsRulings: false).pageCount == 136)
        #expect(try DocumentReader(path: TestFiles.balikesir, readsRulings: false).pageCount == 126)
    }

    /// A word with this text whose box starts near (x0, y0), in points from the top left.
    func word(_ text: String, near x0: Double, _ y0: Double, on page: Page) -> Word? {
        page.words.first { $0.text == text && abs($0.box.x0 - x0) < 1 && abs($0.box.y0 - y0) < 1 }
    }

    @Test func kayseriGoalTableWordsAtKnownPlaces() throws {
        let page = try DocumentReader(path: TestFiles.kayseri, readsRulings: false).page(35)
        #expect(page.width == 595.276 || abs(page.width - 595.28) < 0.01)
        #expect(page.rotation == 0)
        let header = try #require(word("KAYSERİ", near: 398.11, 48.21, on: page))
        #expect(header.isBold)
        #expect(word("TABLOSU", near: 325.27, 397.35, on: page)?.isBold == true)
        // The first indicator's 2022 actual, in its column.
        let actual = try #require(word("77.572", near: 379.22, 552.62, on: page))
        #expect(actual.fontSize == 8.5)
        #expect(!actual.isBold)
        #expect(word("²))", near: 189.64, 683.82, on: page) != nil)
        let row = try #require(page.lines.first { $0.words.contains(actual) })
        #expect(row.text.hasSuffix("77.572 91.350 101.350"))
    }

    @Test func balikesirGoalPageWordsAtKnownPlaces() throws {
        let page = try DocumentReader(path: TestFiles.balikesir, readsRulings: false).page(37)
        let line = try #require(page.lines.first)
        #expect(line.text == "Balıkesir Büyükşehir Belediyesi 2024 Yılı Performans Programı")
        #expect(word("H1.1", near: 59.86, 152.87, on: page)?.isBold == true)
        #expect(word("PG1.1.1", near: 57.86, 215.69, on: page) != nil)
    }

    @Test func balikesirLandscapePageKeepsItsSize() throws {
        let page = try DocumentReader(path: TestFiles.balikesir, readsRulings: false).page(21)
        #expect(page.isLandscape)
        #expect(page.rotation == 0)
        #expect(!page.words.isEmpty)
    }

    @Test func turkishLettersAndSymbolsComeOutExactly() throws {
        let kayseri = try DocumentReader(path: TestFiles.kayseri, readsRulings: false)
        let goalPage = try kayseri.page(35).words.map(\.text)
        for expected in ["KAYSERİ", "BÜYÜKŞEHİR", "İmar", "Şehircilik", "kültürel", "doğal,", "ölçeklerde", "sağlıklı,", "göre"] {
            #expect(goalPage.contains(expected), "missing \(expected)")
        }
        let airPage = try kayseri.page(57).words.map(\.text)
        #expect(airPage.contains("(μg/m³)"))
        let balikesir = try DocumentReader(path: TestFiles.balikesir, readsRulings: false).page(37).words.map(\.text)
        for expected in ["Balıkesir", "Büyükşehir", "Ulaşım", "Vatandaşın", "ihtiyaçları", "doğrultusunda", "üstyapı"] {
            #expect(balikesir.contains(expected), "missing \(expected)")
        }
        let letters = Set(try kayseri.allPages().flatMap { $0.words.flatMap { $0.text.unicodeScalars } })
        for letter in "İıŞşĞğÜüÖöÇç²³μ".unicodeScalars {
            #expect(letters.contains(letter), "no \(letter) anywhere in Kayseri")
        }
    }

    /// Some of the pages, on threads of our own (no libdispatch: under a memory ceiling it
    /// waited for ever for a thread it was refused).
    @Test func readingOnSeveralThreadsGivesTheSamePages() throws {
        let numbers = Array(30...70)
        let one = try DocumentReader(path: TestFiles.balikesir, readsRulings: false).pages(numbers)
        var several: [Page] = []
        try DocumentReader(path: TestFiles.balikesir, readsRulings: false).forEachPage(numbers, workers: 3) { page in
            several.append(page)
            return true
        }
        #expect(several.map(\.number) == numbers)
        #expect(several.map(\.words) == one.map(\.words))
    }

    /// The streamed path: pages handed over one at a time, in order, from reading threads
    /// that keep a bounded read-ahead, equal to reading them one by one.
    @Test func streamingOnSeveralThreadsHandsEveryPageInOrder() throws {
        let reader = try DocumentReader(path: TestFiles.balikesir, readsRulings: false)
        var streamed: [Page] = []
        try reader.forEachPage(workers: 3) { streamed.append($0) }
        let one = try DocumentReader(path: TestFiles.balikesir, readsRulings: false).allPages()
        #expect(streamed.map(\.number) == Array(1...reader.pageCount))
        #expect(streamed.map(\.words) == one.map(\.words))
    }

    /// The first reading thread reads with the reader's own poppler document instead of
    /// opening the file again, and the reader reads on with it afterwards.
    @Test func streamingReadsWithTheReadersOwnDocument() throws {
        let reader = try DocumentReader(path: TestFiles.balikesir, readsRulings: false)
        #expect(reader.heldPages == 0)
        try reader.forEachPage(workers: 2) { _ in }
        #expect(reader.heldPages == 1)
        let fresh = try DocumentReader(path: TestFiles.balikesir, readsRulings: false)
        #expect(try reader.page(5).words == fresh.page(5).words)
    }

    /// A caller that has what it needed stops the stream: no page after the one it stopped at
    /// is handed over, on one thread or several.
    @Test(arguments: [1, 3])
    func streamingStopsWhereTheCallerSays(workers: Int) throws {
        let reader = try DocumentReader(path: TestFiles.balikesir, readsRulings: false)
        var streamed: [Int] = []
        try reader.forEachPage(workers: workers, continuing: { page in
            streamed.append(page.number)
            return page.number < 13
        })
        #expect(streamed == Array(1...13))
    }

    /// poppler's objects for the pages behind the one read are released as the reading goes
    /// (memory flat in the page count); a page asked for again after that is read again.
    @Test func aPageReadAgainAfterLaterPagesIsTheSame() throws {
        let fresh = try DocumentReader(path: TestFiles.kayseri).page(35)
        let reader = try DocumentReader(path: TestFiles.kayseri)
        let first = try reader.page(35)
        _ = try reader.page(40)
        let again = try reader.page(35)
        #expect(first.words == fresh.words && again.words == fresh.words)
        #expect(again.rulings == fresh.rulings)
        #expect(try reader.page(36).words == DocumentReader(path: TestFiles.kayseri).page(36).words)
        for number in 37...80 { _ = try reader.page(number) }
        #expect(reader.heldPages == 1)
    }

    @Test func rulingsAreReadFromTheGridTables() throws {
        let page = try DocumentReader(path: TestFiles.kayseri).page(35)
        #expect(page.rulings.contains { $0.axis == .vertical })
        #expect(page.rulings.contains { $0.axis == .horizontal && $0.length > 300 })
    }
}
