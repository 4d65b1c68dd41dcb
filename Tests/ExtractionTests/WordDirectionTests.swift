import Foundation
import Testing
import PageLayout
@testable import Extraction

/// Text that runs in another direction than the page (vertical header cells, labels printed
/// sideways or at an angle) is built into words along its own baseline, as pdftotext does.
@Suite struct WordDirectionTests {
    /// One upright title, and text turned 270° (bottom to top, Word's vertical cells), 90°,
    /// 180° and at angles, on one page.
    func turnedTextPage() -> GeneratedPDF {
        let pdf = GeneratedPDF(name: "turned-text")
        pdf.text("Performans Hedefi Tablosu", x: 72, y: 60)
        pdf.text("Gerçekleşme Durumu", x: 100, y: 300, degrees: -90)
        pdf.text("Hedeflenen Değer", x: 130, y: 300, degrees: 90)
        pdf.text("Ters yazı örneği", x: 400, y: 400, degrees: 180)
        pdf.text("Açılı etiket metni", x: 100, y: 500, degrees: -45)
        pdf.text("2024 yılı tahmini", x: 300, y: 500, degrees: -30)
        return pdf
    }

    @Test func turnedTextIsBuiltIntoWordsAsPdftotextDoes() throws {
        let pdf = turnedTextPage()
        let page = try DocumentReader(path: pdf.finish(), readsRulings: false).page(1)
        // `pdftotext` on the same page (scripts/compare-words): text at an angle falls into
        // pieces there too, poppler splitting it into short lines (a watermark's, large or
        // light, is left out: `diagonalTextIsLeftOut`).
        let pdftotext = """
            Hedeflenen Değer Gerçekleşme Durumu Performans Hedefi Tablosu et ni Ters yazı örneği
            ik et m ini Aç ılı et ılı 20 y 24 t m ah
            """.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(page.words.map(\.text).sorted() == pdftotext.sorted())
        #expect(page.rotation == 0)
        let rotation = Dictionary(page.words.map { ($0.text, $0.rotation) }, uniquingKeysWith: { a, _ in a })
        #expect(rotation["Performans"] == 0)
        #expect(rotation["Gerçekleşme"] == 270 && rotation["Durumu"] == 270)
        #expect(rotation["Hedeflenen"] == 90 && rotation["Değer"] == 90)
        #expect(rotation["Ters"] == 180 && rotation["örneği"] == 180)
        let lines = page.lines.map(\.text)
        for text in ["Performans Hedefi Tablosu", "Gerçekleşme Durumu", "Hedeflenen Değer", "Ters yazı örneği"] {
            #expect(lines.contains(text), "\(text) in \(lines)")
        }
        // The vertical word's box stands up: narrow and as tall as the word is long.
        let vertical = try #require(page.words.first { $0.text == "Gerçekleşme" })
        #expect(vertical.box.height > 3 * vertical.box.width)
        #expect(vertical.box.y1 <= 300.5 && vertical.box.x0 >= 88 && vertical.box.x1 <= 104)
    }

    /// A watermark set diagonally across a table ("TASLAK", a draft's mark, light grey) is no
    /// text of the page: before, poppler cut it into pieces ("TA", "SL", "A", "K") that stood in
    /// the table's lines ("Dairesi SL Başkanlığı"). Text a little off the axis (a scan's skew) stays.
    @Test func diagonalTextIsLeftOut() throws {
        let pdf = GeneratedPDF(name: "watermark")
        for (r, y) in [200.0, 300, 400, 500].enumerated() {
            pdf.text("İklim Değişikliği ve Sıfır Atık Dairesi Başkanlığı", x: 72, y: y)
            pdf.text("\(r + 1).800.000", x: 420, y: y)
        }
        pdf.text("TASLAK", x: 120, y: 620, size: 110, degrees: -45)
        pdf.text("Eğik tarama satırı", x: 72, y: 700, degrees: -2)
        let page = try DocumentReader(path: pdf.finish(), readsRulings: false).page(1)
        let lines = page.lines.map(\.text)
        #expect(lines.filter { $0.contains("Başkanlığı") } == (1...4).map { "İklim Değişikliği ve Sıfır Atık Dairesi Başkanlığı \($0).800.000" })
        #expect(!page.words.contains { $0.fontSize > 50 }, "\(lines)")
        let words = Set(page.words.map(\.text))
        #expect(words.isSuperset(of: ["Eğik", "tarama", "satırı"]), "\(lines)")
    }

    /// Column headers turned 45° (a spreadsheet's), dark and of the body's size, are the
    /// table's own text, kept (in poppler's pieces, as pdftotext prints them) so that their
    /// columns are stated as not understood; left out, as a watermark's diagonal text (large
    /// beside the page, or light) is, their columns' figures ran into the unit's cell.
    @Test func turnedHeadersOfABodysSizeStay() throws {
        let pdf = GeneratedPDF(name: "angled-headers")
        let headers = ["2023 Gerçekleşme", "2024 Gerçekleşme", "2025 Gerçekleşme"]
        for (x, header) in zip([300.0, 360, 420], headers) { pdf.text(header, x: x, y: 200, size: 9, degrees: -45) }
        pdf.text("TASLAK", x: 120, y: 620, size: 110, degrees: -45)
        let page = try DocumentReader(path: pdf.finish(), readsRulings: false).page(1)
        let letters = page.words.map(\.text).joined().sorted()
        #expect(letters == headers.joined().filter { $0 != " " }.sorted(), "\(page.words.map(\.text))")
    }

    /// A ruled table whose value columns have vertical header cells, as Word and Excel
    /// export them: each cell's text is one line of turned words inside the cell's box, and
    /// the header row is a row of the table.
    @Test func verticalHeaderCellsReadAsCells() throws {
        let pdf = GeneratedPDF(name: "vertical-header")
        let heads = ["Gerçekleşme 2022", "Tahmin 2023", "Hedef 2024", "Ölçü Birimi"]
        let columns = [72.0, 260] + heads.indices.map { 260 + 40 * Double($0 + 1) }
        let top = 70.0, headerBottom = 180.0
        let rows = (1...4).map { headerBottom + 18 * Double($0) }
        for y in [top, headerBottom] + rows { pdf.line(from: (columns[0], y), to: (columns[columns.count - 1], y)) }
        for x in columns { pdf.line(from: (x, top), to: (x, rows[rows.count - 1])) }
        pdf.text("Performans Göstergesi", x: 80, y: 130, size: 9)
        for (i, head) in heads.enumerated() {
            pdf.text(head, x: columns[2 + i] - 15, y: headerBottom - 6, size: 9, degrees: -90)
        }
        for (r, y) in rows.enumerated() {
            pdf.text("Gösterge 1.\(r + 1)", x: 80, y: y - 5, size: 9)
            for c in 0..<3 { pdf.text("\(10 * r + c),5", x: columns[1 + c] + 6, y: y - 5, size: 9) }
            pdf.text("Adet", x: columns[4] + 6, y: y - 5, size: 9)
        }
        let page = try DocumentReader(path: pdf.finish()).page(1)
        #expect(page.words.filter { $0.text.count == 1 }.map(\.text) == [])
        for (i, head) in heads.enumerated() {
            let line = try #require(page.lines.first { $0.text == head }, "\(head) in \(page.lines.map(\.text))")
            let cell = Rect(x0: columns[1 + i], y0: top, x1: columns[2 + i], y1: headerBottom)
            #expect(cell.contains(line.box), "\(head): \(line.box) outside \(cell)")
            #expect(line.words.allSatisfy { $0.rotation == 270 })
        }
        #expect(page.lines.contains { $0.text == "Performans Göstergesi" })
        #expect(page.lines.contains { $0.text == "Gösterge 1.2 10,5 11,5 12,5 Adet" })
    }

    @Test func turnedCharactersMakeTurnedWords() {
        // "Hedef" running down, then "Birim" running up, 6 pt letters on a 10 pt baseline.
        func run(_ text: String, x: Double, from y: Double, step: Double) -> [PlacedCharacter] {
            text.unicodeScalars.enumerated().map { i, s in
                let y0 = y + Double(i) * step
                return PlacedCharacter(scalar: s, box: Rect(x0: x, y0: y0, x1: x + 10, y1: y0 + abs(step)), fontSize: 10, isBold: false)
            }
        }
        let words = WordBuilder.words(from: run("Hedef", x: 100, from: 50, step: 6) + [PlacedCharacter(scalar: " ", box: Rect(x0: 0, y0: 0, x1: 0, y1: 0), fontSize: 10, isBold: false)]
                                      + run("Birim", x: 200, from: 200, step: -6))
        #expect(words.map(\.text) == ["Hedef", "Birim"])
        #expect(words.map(\.rotation) == [90, 270])
        #expect(words[0].box == Rect(x0: 100, y0: 50, x1: 110, y1: 80))
        #expect(words[1].box == Rect(x0: 200, y0: 176, x1: 210, y1: 206))
    }

    @Test func verticalWordsFormTheirOwnLines() {
        // A vertical header cell beside a cell of three upright lines: the tall word does
        // not pull the upright lines together, and the upright lines stay as they were.
        let vertical = Word(text: "Gerçekleşme", box: Rect(x0: 100, y0: 0, x1: 110, y1: 60), fontSize: 9, rotation: 270)
        let upright = [10.0, 25, 40].enumerated().map { i, y in
            Word(text: "satır\(i + 1)", box: Rect(x0: 120, y0: y, x1: 150, y1: y + 10), fontSize: 9)
        }
        let lines = LineGrouping.lines(from: upright + [vertical])
        #expect(lines.map(\.text) == ["satır1", "Gerçekleşme", "satır2", "satır3"])
        #expect(LineGrouping.lines(from: upright).map(\.text) == ["satır1", "satır2", "satır3"])
    }
}
