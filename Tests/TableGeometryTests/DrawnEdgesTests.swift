import PageLayout
import TableGeometry
import Testing

/// A grid's drawn vertical rules are its column boundaries (`ColumnBoundaries.drawnEdges`):
/// found per row (`RowBand.verticalRules`), kept where most rows draw them and no word runs
/// over them, and used when they give one edge per pair of columns.
@Suite struct DrawnEdgesTests {
    typealias W = WordFixture

    static func vertical(_ x: Double, _ from: Double, _ to: Double) -> Ruling {
        Ruling(axis: .vertical, position: x, start: from, end: to)
    }

    /// A narrow centred header ("Hedef") over a wide column of figures set tight against its
    /// right edge, and a text column set tight against its left edge: the only white space
    /// between the figures and the text is 2 pt (under half an em), while the white space
    /// between the header and the figures is wider: a river's width alone would put the figures
    /// in the next column. The rule drawn at x = 200 says where the cells end.
    static let columns = [Column(x0: 50, x1: 90, title: "Gösterge"), Column(x0: 128, x1: 150.5, title: "Hedef"),
                          Column(x0: 270, x1: 330, title: "Sorumlu Birim")]
    static let body: [Word] = (0..<4).flatMap { k -> [Word] in
        let y = 100 + Double(k) * 12
        return W.phrase("Gösterge \(k + 1)", x: 50, y: y) + W.rightAligned("1.250.00\(k)", right: 199, y: y)
            + W.phrase("Fen İşleri Dairesi Başkanlığı Şube \(k + 1)", x: 201, y: y)
    }

    /// Without the rule, the narrow white space where the stack of right-aligned figures ends
    /// is a candidate beside the wide one left of them (`ColumnBoundaries.isFigureEdge`), and
    /// the alignment of the columns chooses it.
    @Test func figuresSetTightAgainstTheNextColumnStayInTheirOwn() {
        let rivers = ColumnBoundaries.boundaries(columns: Self.columns, dataWords: Self.body)
        #expect(rivers.count == 2 && rivers[1] > 199 && rivers[1] < 201, "\(rivers)")
    }

    @Test func drawnEdgesAreTheBoundaries() {
        let rules = [Self.vertical(45, 95, 150), Self.vertical(120, 95, 150), Self.vertical(200, 95, 150), Self.vertical(380, 95, 150)]
        let bands = RowSegmenter.rows(lines: W.lines(Self.body), rulings: rules, page: 1)
        let edges = ColumnBoundaries.drawnEdges(of: bands)
        #expect(edges == [45, 120, 200, 380])
        let boundaries = ColumnBoundaries.boundaries(columns: Self.columns, dataWords: Self.body, drawnEdges: edges)
        #expect(boundaries == [120, 200])
        for row in CellSplitter.split(bands, boundaries: boundaries) {
            #expect(row.text(1).hasPrefix("1.250"), "\(row.cells.map(\.text))")
            #expect(row.text(2).hasPrefix("Fen İşleri"))
        }
    }

    /// Rules drawn cell by cell are one rule; a row stands across a rule only when it runs from
    /// the row's top to its bottom.
    @Test func aRowCarriesTheRulesDrawnAcrossIt() {
        let words = W.phrase("Gösterge 1", x: 50, y: 100) + W.phrase("Gösterge 2", x: 50, y: 120)
        let rules = [Self.vertical(120, 96, 109), Self.vertical(120, 109, 130), Self.vertical(200, 115, 130)]
        let bands = RowSegmenter.rows(lines: W.lines(words), rulings: rules, page: 1)
        #expect(bands.map(\.verticalRules) == [[120], [120, 200]])
    }

    /// A merged row (a total's label across the first columns) draws no rule there; the other
    /// rows do, so the edge stays. A rule a row's own words run over is no cell edge.
    @Test func anEdgeMostRowsDrawStaysAndOneCrossedByTextGoes() {
        func band(_ words: [Word], rules: [Double]) -> RowBand {
            RowBand(page: 1, lines: W.lines(words), separatedBy: .ruling, verticalRules: rules)
        }
        let rows = [
            band(W.phrase("1 Revizyon", x: 50, y: 100), rules: [120, 200]),
            band(W.phrase("2 İmar", x: 50, y: 112), rules: [120, 200]),
            band(W.phrase("Performans Hedefleri Toplamı", x: 50, y: 124), rules: [200]),
            band(W.phrase("3 Kamulaştırma yapmak", x: 50, y: 136), rules: [120, 200, 80]),
        ]
        #expect(ColumnBoundaries.drawnEdges(of: rows) == [120, 200])
    }

    /// More drawn edges than the columns need (a column the header does not name): the white
    /// space decides, as without rules.
    @Test func edgesThatDoNotMatchTheColumnsAreLeftToTheRivers() {
        let boundaries = ColumnBoundaries.boundaries(columns: Self.columns, dataWords: Self.body, drawnEdges: [80, 120, 200])
        #expect(boundaries == ColumnBoundaries.boundaries(columns: Self.columns, dataWords: Self.body))
    }
}
