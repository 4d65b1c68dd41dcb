import CPopplerPass
import PageLayout
import Testing
@testable import Extraction

/// Rulings and shaded boxes from recorded strokes and fills (device space, points).
@Suite struct DrawnRulingsTests {
    static func read(_ paints: [pp_paint], _ pieces: [pp_box]) -> ([Ruling], [ShadedBox]) {
        paints.withUnsafeBufferPointer { p in pieces.withUnsafeBufferPointer { DrawnRulings.read(paints: p, pieces: $0) } }
    }

    static func paint(_ kind: pp_paint_kind, boxes: Bool, _ first: Int, _ count: Int, grey: Double = 0) -> pp_paint {
        pp_paint(kind: kind, boxes: boxes ? 1 : 0, first: first, count: count, grey: grey)
    }

    @Test func straightStrokesAndThinFillsAreRules() {
        let (rulings, boxes) = Self.read(
            [Self.paint(PP_STROKE, boxes: false, 0, 3), Self.paint(PP_FILL, boxes: true, 3, 1)],
            [pp_box(x1: 54.5, y1: 131.5, x2: 541.5, y2: 131.5),  // horizontal
             pp_box(x1: 300, y1: 140, x2: 300.5, y2: 400),  // vertical, nearly straight
             pp_box(x1: 10, y1: 10, x2: 12, y2: 10),  // too short: a tick
             pp_box(x1: 54, y1: 200, x2: 541, y2: 200.5)])  // a thin fill
        #expect(rulings.count == 3, "\(rulings)")
        #expect(rulings.contains { $0.axis == .horizontal && $0.position == 131.5 && $0.start == 54.5 && $0.end == 541.5 })
        #expect(rulings.contains { $0.axis == .vertical && $0.position == 300.25 })
        #expect(rulings.contains { $0.axis == .horizontal && $0.position == 200.25 })
        #expect(boxes.isEmpty)
    }

    /// A fill outlined by four nearly straight sides is a box; a slanted one is nothing.
    @Test func aFourSidedOutlineFillIsABox() {
        let square: [pp_box] = [pp_box(x1: 50, y1: 100, x2: 450, y2: 100), pp_box(x1: 450, y1: 100, x2: 450, y2: 130),
                                pp_box(x1: 450, y1: 130, x2: 50, y2: 130), pp_box(x1: 50, y1: 130, x2: 50, y2: 100)]
        let slanted: [pp_box] = [pp_box(x1: 50, y1: 300, x2: 300, y2: 350), pp_box(x1: 300, y1: 350, x2: 50, y2: 350)]
        let (_, boxes) = Self.read([Self.paint(PP_FILL, boxes: false, 0, 4, grey: 0.5), Self.paint(PP_FILL, boxes: false, 4, 2, grey: 0.5)],
                                   square + slanted)
        #expect(boxes == [ShadedBox(box: Rect(x0: 50, y0: 100, x1: 450, y1: 130), grey: 0.5)])
    }

    @Test func whiteFillsAreNoShading() {
        let (rulings, boxes) = Self.read([Self.paint(PP_FILL, boxes: true, 0, 1, grey: 0.99)], [pp_box(x1: 50, y1: 100, x2: 450, y2: 130)])
        #expect(rulings.isEmpty && boxes.isEmpty)
    }

    /// Grids drawn cell by cell give one rule per line.
    @Test func piecesOfOneRuleAreJoined() {
        let (rulings, _) = Self.read([Self.paint(PP_STROKE, boxes: false, 0, 2)],
                                     [pp_box(x1: 50, y1: 100.5, x2: 150, y2: 100.5), pp_box(x1: 151, y1: 100.5, x2: 300, y2: 100.5)])
        #expect(rulings == [Ruling(axis: .horizontal, position: 100.5, start: 50, end: 300)])
    }
}
