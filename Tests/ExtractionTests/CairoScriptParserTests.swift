import PageLayout
import Testing
@testable import Extraction

/// Rulings read back from the cairo script poppler's rendering records.
@Suite struct CairoScriptParserTests {
    static func parse(_ script: String) -> [Ruling] {
        CairoScriptParser.parse(Array(script.utf8), pageHeight: 841.89).0
    }

    @Test func strokedLinesAndThinFilledRectangles() {
        let rulings = Self.parse("""
            n 54.5 131.5 m 541.5 131.5 l
            1 set-line-width
            stroke+
            n 300 140 m 300 400 l
            stroke+
            n 54 200 487 0.5 rectangle
            fill+
            """)
        #expect(rulings.contains { $0.axis == .horizontal && abs($0.position - 131.5) < 0.01 && $0.start == 54.5 && $0.end == 541.5 })
        #expect(rulings.contains { $0.axis == .vertical && abs($0.position - 300) < 0.01 })
        #expect(rulings.contains { $0.axis == .horizontal && abs($0.position - 200.25) < 0.5 })
        #expect(rulings.count == 3, "\(rulings)")
    }

    /// The first page that uses a font defines it, with a "[…] set-font-matrix" before the
    /// text. The array must end at its "]": the path operands after it are not array values.
    /// (Such a page once lost all its rules.)
    @Test func anArrayForAnotherOperatorDoesNotSwallowTheNextPath() {
        let rulings = Self.parse("""
            [9.5 0 0 9.5 0 0] set-font-matrix
            n 54.5 131.5 m 541.5 131.5 l
            1 set-line-width
            stroke+
            """)
        #expect(rulings.count == 1)
    }

    @Test func setMatrixMovesWhatFollows() {
        let rulings = Self.parse("""
            [1 0 0 1 10 20] set-matrix
            n 0 100 m 400 100 l
            stroke+
            identity set-matrix
            n 0 300 m 400 300 l
            stroke+
            """)
        #expect(rulings.map(\.position).sorted() == [120, 300], "\(rulings)")
        #expect(rulings.first { $0.position == 120 }?.start == 10)
    }
}
