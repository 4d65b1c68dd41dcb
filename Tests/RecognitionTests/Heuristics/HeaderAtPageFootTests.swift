import PageLayout
import TableGeometry
import Testing
@testable import Recognition

/// A table's header left at the foot of a page, its body on the next: the body still shows
/// where the header's run-together cells part (`TableSection.build` reads the columns with
/// the rows of the first page the body reaches).
@Suite struct HeaderAtPageFootTests {
    typealias T = LibreOfficeRunTogetherHeader

    @Test func headerAtAPageFootIsPartedByTheBodyOnTheNextPage() {
        let words = T.malVeHizmet
        let firstAmount = words.filter { $0.text.first?.isNumber == true && $0.text.contains(".") }.map(\.box.y0).min() ?? 0
        let header = WordBoxes.band(page: 3, words.filter { $0.box.y0 < firstAmount - 1 })
        let bodyLines = LineGrouping.lines(from: words.filter { $0.box.y0 >= firstAmount - 1 })
        func section(bodyPage: Int) -> TableSection {
            let data = bodyLines.map { RowBand(page: bodyPage, lines: [$0], separatedBy: .ruling) }
            return TableSection.build(header: header, data: data, isRepeatedHeader: { _ in false })
        }
        let samePage = section(bodyPage: 3).columns.map(\.title)
        #expect(samePage.contains("Bütçe Ödeneği") && samePage.contains("Bütçe Dışı Kaynak"), "\(samePage)")
        #expect(section(bodyPage: 4).columns.map(\.title) == samePage)
    }
}
