import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// What a document leaves unread is stated, and a document that never names itself a
/// performance program is not read as one however table-like its pages.
@Suite struct UnreadAndRefusalTests {
    static func line(_ cells: [(String, Double)], y: Double, size: Double = 9) -> [Word] {
        cells.flatMap { text, x -> [Word] in
            var left = x
            return text.split(separator: " ").map { w in
                let width = Double(w.count) * size * 0.5
                defer { left += width + size * 0.3 }
                return WordBoxes.word(String(w), left, y, left + width, y + size, size: size)
            }
        }
    }

    /// An untitled activity table (a header naming activities and amounts, two rows, a total),
    /// under `cover` and above a stray table of amounts the reader has no table for.
    static func pages(cover: String) -> [Page] {
        var words = line([(cover, 40)], y: 120)
        words += line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 200)
        words += line([("F1 Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 220)
        words += line([("F2 Yol bakımı", 40), ("2.000.000", 300), ("0", 380), ("2.000.000", 480)], y: 240)
        words += line([("Genel Toplam", 40), ("3.000.000", 300), ("0", 380), ("3.000.000", 480)], y: 260)
        let page1 = WordBoxes.page(1, words)
        let stray = line([("Araç", 40), ("Adet", 200), ("12.500", 300), ("4.250", 400)], y: 300)
        return [page1, WordBoxes.page(2, stray)]
    }

    static func recognize(_ pages: [Page]) -> RecognizedProgram {
        var stream = PageStreamRecognizer(title: nil)
        for p in pages { stream.add(p) }
        return stream.finish()
    }

    @Test func untitledTableOfAProgramIsRead() {
        let program = Self.recognize(Self.pages(cover: "Örnek Belediyesi 2024 Yılı Performans Programı"))
        #expect(program.goals.count == 1)
        #expect(program.goals.first?.activities.map(\.code) == ["F1", "F2"])
        #expect(program.year == 2024)
    }

    @Test func untitledTableOfABudgetIsNotAProgram() {
        let program = Self.recognize(Self.pages(cover: "Örnek Belediyesi 2024 Yılı Bütçesi"))
        #expect(program.goals.isEmpty)
        #expect(program.documentName?.kind == .budget)
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.contains("appears to be a budget (Bütçe): it names itself so on page 1 ('2024 Yılı Bütçesi')") },
                "\(program.diagnostics)")
    }

    /// A document that names no kind at all is read as a program only when it calls itself one.
    @Test func untitledTableOfAnUnnamedDocumentIsNotAProgram() {
        let program = Self.recognize(Self.pages(cover: "Örnek Belediyesi 2024 Yılı Tabloları"))
        #expect(program.goals.isEmpty)
        #expect(program.documentName == nil)
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.contains("never names itself a performance program") })
    }

    @Test func amountsOutsideAnyTableAreStated() {
        let program = Self.recognize(Self.pages(cover: "Örnek Belediyesi 2024 Yılı Performans Programı"))
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.hasPrefix("page 2: 1 row with amounts outside any recognised table") },
                "\(program.diagnostics)")
    }

    /// A summary announced by its title whose header names none of its columns is stated unread.
    @Test func summaryNotUnderstoodIsStated() {
        var pages = Self.pages(cover: "Örnek Belediyesi 2024 Yılı Performans Programı")
        var words = Self.line([("İDARE PERFORMANS TABLOSU", 200)], y: 100)
        words += Self.line([("Birim", 40), ("Öncelik", 300), ("Durum", 480)], y: 140)
        words += Self.line([("Fen İşleri", 40), ("Yüksek", 300), ("1.000.000,00", 480)], y: 160)
        pages.append(WordBoxes.page(3, words))
        let program = Self.recognize(pages)
        #expect(program.totals.isEmpty)
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.hasPrefix("page 3: administration summary found but not understood") }, "\(program.diagnostics)")
        // The same title over its columns reads, and says nothing.
        var read = Self.line([("İDARE PERFORMANS TABLOSU", 200)], y: 100)
        read += Self.line([("Performans Hedefi", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 140)
        read += Self.line([("Genel Toplam", 40), ("3.000.000", 300), ("0", 380), ("3.000.000", 480)], y: 160)
        let good = Self.recognize(Array(pages.dropLast()) + [WordBoxes.page(3, read)])
        #expect(!good.totals.isEmpty)
        #expect(!good.diagnostics.contains { $0.contains("summary found but not understood") }, "\(good.diagnostics)")
    }

    @Test func columnsNotUnderstoodAreStated() {
        var words = Self.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 120)
        words += Self.line([("Faaliyetler", 40), ("Öncelik", 220), ("Bütçe", 300), ("Toplam", 480)], y: 200)
        words += Self.line([("F1 Park yapımı", 40), ("Yüksek", 220), ("1.000.000", 300), ("1.000.000", 480)], y: 220)
        words += Self.line([("Genel Toplam", 40), ("1.000.000", 300), ("1.000.000", 480)], y: 240)
        let program = Self.recognize([WordBoxes.page(1, words)])
        #expect(program.goals.first?.activities.first?.budget == TurkishNumber.amount("1.000.000"))
        #expect(program.diagnostics.contains { LeftUnread.isUnread($0) && $0.contains("activity table column 'Öncelik' not understood") }, "\(program.diagnostics)")
    }

    /// A goal card copied from the strategic plan: the code under a title of its own, the
    /// indicator's effect on the target, how often it is monitored — columns the reader knows
    /// and leaves quietly — and one it does not know ('Zorluk', between unit and year),
    /// stated unread, its cells neither read into a field nor shifting the others.
    @Test func knownColumnsAreLeftQuietlyAndUnknownOnesStated() throws {
        var words = Self.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 120)
        words += Self.line([("Gösterge Kodu", 40), ("Performans Göstergesi", 120), ("Hedefe Etkisi", 230), ("Ölçü", 300),
                            ("Zorluk", 340), ("2024 Hedef", 420), ("İzleme Sıklığı", 490)], y: 200)
        words += Self.line([("PG1.1.1", 45), ("Park sayısı", 120), ("%50", 245), ("adet", 300), ("Orta", 345), ("12", 450), ("6 Ay", 495)], y: 220)
        words += Self.line([("PG1.1.2", 45), ("Yol uzunluğu", 120), ("%50", 245), ("km", 302), ("3", 350), ("8", 455), ("Yıllık", 495)], y: 240)
        let program = Self.recognize([WordBoxes.page(1, words)])
        let indicators = try #require(program.goals.first?.indicators)
        #expect(indicators.map(\.code) == ["PG1.1.1", "PG1.1.2"])
        #expect(indicators.map(\.name) == ["Park sayısı", "Yol uzunluğu"])
        #expect(indicators.map(\.unit) == ["adet", "km"])
        #expect(indicators.map { $0.values.map { "\($0.year) \($0.kind.rawValue) \($0.raw)" } } == [["2024 target 12"], ["2024 target 8"]])
        let unread = program.diagnostics.filter(LeftUnread.isUnread)
        #expect(unread == ["page 1: indicator table column 'Zorluk' not understood, its cells (not read)"], "\(program.diagnostics)")
    }

    /// A column that shares one word with a known one (“Birim” of the responsible unit) is no
    /// known column: “Birim Maliyet” is stated unread; “Sorumlu Birim” is left quietly.
    @Test func aWordOfAKnownColumnDoesNotMakeAColumnKnown() throws {
        var words = Self.line([("Örnek Belediyesi 2024 Yılı Performans Programı", 40)], y: 120)
        words += Self.line([("Performans Göstergesi", 40), ("Ölçü", 160), ("Sorumlu Birim", 220), ("Birim Maliyet", 330), ("2024 Hedef", 430)], y: 200)
        words += Self.line([("Park sayısı", 40), ("adet", 160), ("Park Bahçeler", 220), ("1.500", 340), ("12", 450)], y: 220)
        words += Self.line([("Yol uzunluğu", 40), ("km", 162), ("Fen İşleri", 220), ("9.000", 340), ("8", 455)], y: 240)
        let program = Self.recognize([WordBoxes.page(1, words)])
        let indicators = try #require(program.goals.first?.indicators)
        #expect(indicators.map(\.name) == ["Park sayısı", "Yol uzunluğu"])
        #expect(indicators.map { $0.values.map { "\($0.year) \($0.kind.rawValue) \($0.raw)" } } == [["2024 target 12"], ["2024 target 8"]])
        let unread = program.diagnostics.filter(LeftUnread.isUnread)
        #expect(unread == ["page 1: indicator table column 'Birim Maliyet' not understood, its cells (not read)"], "\(program.diagnostics)")
    }
}
