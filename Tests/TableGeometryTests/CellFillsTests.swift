import PageLayout
@testable import TableGeometry
import Testing

/// Fills drawn exactly under cells, as Word, LibreOffice and InDesign draw cell shading: a
/// rectangle per cell, neighbours abutting. The rule (`RowSegmenter.shadeEdges`): a fill's edge
/// parts rows only where it is shaded on one side and not the other across most of the text
/// block (a zebra row, a shaded header); edges where two fills meet, and a fill that covers only
/// a column (a labelled rows' label cells), part nothing; no fill ever parts columns.
@Suite struct CellFillsTests {
    typealias W = WordFixture

    /// Three cells of one row, abutting at the column edges.
    func filledRow(_ y0: Double, _ y1: Double) -> [ShadedBox] {
        [(45.0, 250.0), (250, 360), (360, 450)].map { ShadedBox(box: Rect(x0: $0.0, y0: y0, x1: $0.1, y1: y1), grey: 0.92) }
    }

    @Test func zebraRowsFilledCellByCellPartAtEveryFillEdge() {
        let shades = filledRow(120, 140) + filledRow(160, 180)
        #expect(RowSegmenter.shadeEdges(shades, width: 405) == [120, 140, 160, 180])
    }

    @Test func headerRowsFilledCellByCellAreOneBlock() {
        // A group header over its titles: both rows filled, cell by cell; only the block's edges show.
        let group = [ShadedBox(box: Rect(x0: 45, y0: 100, x1: 250, y1: 120), grey: 0.3),
                     ShadedBox(box: Rect(x0: 250, y0: 100, x1: 450, y1: 110), grey: 0.3)]
        let titles = [ShadedBox(box: Rect(x0: 250, y0: 110, x1: 350, y1: 120), grey: 0.3),
                      ShadedBox(box: Rect(x0: 350, y0: 110, x1: 450, y1: 120), grey: 0.3)]
        #expect(RowSegmenter.shadeEdges(group + titles, width: 405) == [100, 120])
    }

    @Test func aLabelColumnFillPartsNoRows() {
        let labels = [100.0, 120, 140].map { ShadedBox(box: Rect(x0: 45, y0: $0, x1: 145, y1: $0 + 20), grey: 0.88) }
        #expect(RowSegmenter.shadeEdges(labels, width: 405).isEmpty)
    }

    /// A wrapped cell inside a zebra row stays one row; the next row starts at the fill's edge
    /// even where the rows touch (no rules, no padding).
    @Test func aZebraRowKeepsItsWrappedLinesAndEndsAtItsFill() {
        let first = W.phrase("F1 Deniz yüzey temizliğinin", x: 47, y: 121) + W.phrase("sağlanması", x: 47, y: 130)
            + W.rightAligned("800.000", right: 440, y: 121)
        let second = W.phrase("F2 Mavi Bayrak", x: 47, y: 140) + W.rightAligned("900.000", right: 440, y: 140)
        let found = RowSegmenter.rows(lines: W.lines(first + second), rulings: [], shades: filledRow(120, 139.5), page: 1)
        #expect(found.map { $0.lines.count } == [2, 1])
    }
}
