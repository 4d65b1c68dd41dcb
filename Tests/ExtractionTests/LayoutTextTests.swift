import Testing
import PageLayout

@Suite struct LayoutTextTests {
    func word(_ text: String, x: Double, y: Double, size: Double = 10) -> Word {
        Word(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * size / 2, y1: y + size), fontSize: size)
    }

    func page(_ words: [Word]) -> Page {
        Page(number: 1, width: 595, height: 842, words: words, lines: LineGrouping.lines(from: words))
    }

    @Test func columnsStayInPlace() {
        let p = page([
            word("Gösterge", x: 50, y: 100), word("2023", x: 300, y: 100), word("2024", x: 400, y: 100),
            word("Alan", x: 50, y: 112), word("91.350", x: 290, y: 112), word("101.350", x: 390, y: 112),
        ])
        let lines = LayoutText.render(p).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        // Right-aligned numbers end where their boxes end: same end column on both lines.
        let header = String(lines[0]), row = String(lines[1])
        #expect(header.hasPrefix("Gösterge "))
        #expect(row.hasPrefix("Alan "))
        let headerColumn = header.range(of: "2024").map { header.distance(from: header.startIndex, to: $0.lowerBound) }
        let rowColumn = row.range(of: "101.350").map { row.distance(from: row.startIndex, to: $0.lowerBound) }
        // Letters are 5 pt wide here; a column is a fraction of that; the page starts at x 50.
        let column = 5 * LayoutText.columnWidthFraction
        #expect(headerColumn == Int(((400 - 50) / column).rounded()))
        #expect(rowColumn == Int(((390 - 50) / column).rounded()))
    }

    @Test func closeWordsGetOneSpaceAndGapsBlankLines() {
        let p = page([word("Performans", x: 72, y: 60, size: 20), word("Programı", x: 180, y: 60, size: 20),
                      word("Hedef", x: 72, y: 140)])
        #expect(LayoutText.render(p) == "Performans Programı\n\n\nHedef\n")
        #expect(LayoutText.plain(p) == "Performans Programı\nHedef\n")
    }

    @Test func emptyPageIsEmptyText() {
        #expect(LayoutText.render(page([])) == "")
    }
}
