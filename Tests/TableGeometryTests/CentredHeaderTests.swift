import PageLayout
import TableGeometry
import Testing

/// Headers whose cells are centred vertically: lines half a line apart must stay apart,
/// and a title over two columns must name both without merging them.
@Suite struct CentredHeaderTests {
    typealias W = WordFixture

    /// Boxes 9.3 pt tall, as a renderer with taller font boxes gives them: a cell's word at
    /// 396.73, its neighbour's at 397.01 (0.28 pt lower), the next title line at 401.45.
    /// Grown word by word, a line would reach the third; from its first word it does not.
    @Test func linesDoNotChainHalfALineApart() {
        func word(_ text: String, _ x0: Double, _ y0: Double) -> Word {
            Word(text: text, box: Rect(x0: x0, y0: y0, x1: x0 + 30, y1: y0 + 9.3), fontSize: 8)
        }
        let words = [word("Faaliyet", 100, 396.73), word("03", 290, 397.01), word("İhtiyacı", 490, 401.45), word("Hizmet", 285, 406.1)]
        let lines = LineGrouping.lines(from: words)
        #expect(lines.map(\.text) == ["Faaliyet 03", "İhtiyacı", "Hizmet"])
    }

    @Test func titlesUnderAGroupAreSplitAtTheGutterAbove() {
        let columns = HeaderColumns.columns(headerLines: W.lines(KayseriCentredHeaders.costHeader))
        let titles = columns.map(\.title)
        #expect(titles == ["Ekonomik Kod", "Bütçe Ödeneği", "Döner Sermaye", "Diğer Yurt İçi", "Yurt Dışı", "Kaynak"], "\(titles)")
        let group = columns.filter { $0.group == "Bütçe Dışı Kaynak" }.map(\.title)
        #expect(group == ["Döner Sermaye", "Diğer Yurt İçi", "Yurt Dışı"])
    }

    @Test func aTwoLineGroupTitleNamesBothColumnsUnderIt() {
        let columns = HeaderColumns.columns(headerLines: W.lines(KayseriCentredHeaders.administrationHeader))
        // "Performans / Hedefi" and "Faaliyet" stay two columns (chained lines once merged them).
        #expect(columns.count == 9)
        #expect(columns.prefix(3).map { [$0.group, $0.title].compactMap { $0 }.joined(separator: " ") }
                == ["Performans Hedefi", "Faaliyet", "Açıklamalar"])
        let offBudget = columns.filter { $0.group == "Bütçe Dışı" }.map(\.title)
        #expect(offBudget == ["TL", "Pay"], "\(columns.map { ($0.group ?? "") + " / " + $0.title })")
    }
}
