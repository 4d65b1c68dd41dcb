import PageLayout
@testable import TableGeometry
import Testing

/// Unruled rows whose lines are set tighter than their boxes: the rows part at a gap a little
/// wider than the lines' own spacing (`RowSegmenter.rowGapOverCellLines`), where the text above
/// ended (`TouchingRows.endedBefore`).
@Suite struct CentredRowsTests {
    typealias F = LibreOfficeCentredRows

    func rows(_ words: [Word]) -> [String] {
        RowSegmenter.rows(lines: LineGrouping.lines(from: words), rulings: [], page: 1).map(\.text)
    }

    /// Rows F1, F2 and the total, 1.7 pt apart, are three rows (the spacing inside a cell is −1.4 pt).
    @Test func centredRowsPartAtTheirPadding() throws {
        let found = rows(F.activityRows)
        let body = found.filter { $0.contains("F1") || $0.contains("F2") || $0.contains("Hedef") }
        #expect(body.count == 3, "\(found)")
        let f1 = try #require(body.first)
        #expect(f1.contains("çalışmalarını koordine etmek.") && f1.contains("Başkanlığı") && !f1.contains("Deniz"))
    }

    /// The heading under the table's last row is a row of its own; its second line, as close to
    /// its first as the heading is to the row, continues it: the first line is full.
    @Test func headingPartsFromTheRowAboveAndStaysWhole() {
        let found = rows(F.headingUnderTotal)
        #expect(found.count == 4, "\(found)")
        #expect(found.last?.hasPrefix("H1.5") == true && found.last?.hasSuffix("geliştirmek.") == true)
    }

    @Test func lineSpacingIsMeasuredOnWords() throws {
        let (spacing, em) = try #require(RowSegmenter.cellLineSpacing(LineGrouping.lines(from: F.activityRows)))
        #expect(abs(spacing - -1.4) <= 0.2 && em == 9)
    }

    /// Rows mostly of one line: the spacing is the narrowest gap many pairs share, not the most
    /// common one; the eight rows part.
    @Test func spacingIsTheNarrowestSharedGap() throws {
        let (spacing, _) = try #require(RowSegmenter.cellLineSpacing(LineGrouping.lines(from: F.summaryRows)))
        #expect(spacing < 0, "\(spacing)")
        #expect(rows(F.summaryRows).count == 8, "\(rows(F.summaryRows))")
    }

    /// A paragraph's own fill inside its cell's fill, both one grey: the paragraph's edges are not seen.
    @Test func fillInsideAFillIsNoEdge() {
        let cell = ShadedBox(box: Rect(x0: 59, y0: 173, x1: 408, y1: 210), grey: 0.9)
        let paragraph = ShadedBox(box: Rect(x0: 60, y0: 186, x1: 406, y1: 197), grey: 0.9)
        #expect(RowSegmenter.shadeEdges([cell, paragraph], width: 500) == [173, 210])
    }
}
