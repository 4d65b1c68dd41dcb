import CPopplerPass
import PageLayout

/// Rulings and shaded boxes from a page's strokes and fills as they reached cairo's surface
/// (PopplerPass: device space, top-left origin, points). A thin straight stroke or fill is
/// a rule, a stroked rectangle is four, a larger fill darker than white is a shaded box.
enum DrawnRulings {
    /// A stroke or fill thinner than this (points) is a rule, not a box.
    static let ruleThickness = 2.5
    /// A segment whose ends differ by less than this across its axis is straight.
    static let axisTolerance = 0.8
    /// Fills at least this light are page or cell backgrounds of white: not shading.
    static let whiteLevel = 0.98
    /// A shorter segment is a tick or a glyph-like mark, not a ruling.
    static let minimumRulingLength = 3.0

    static func read(paints: UnsafeBufferPointer<pp_paint>, pieces: UnsafeBufferPointer<pp_box>) -> ([Ruling], [ShadedBox]) {
        var rulings: [Ruling] = []
        var boxes: [ShadedBox] = []
        for paint in paints {
            let own = UnsafeBufferPointer(rebasing: pieces[paint.first..<(paint.first + paint.count)])
            let isBoxes = paint.boxes != 0
            if paint.kind == PP_STROKE {
                if isBoxes {
                    for piece in own { edges(of: rect(piece), into: &rulings) }
                } else {
                    for piece in own { straightRule(piece, into: &rulings) }
                }
            } else {
                var filled = isBoxes ? own.map(rect) : []
                // A fill outlined by four (nearly) straight sides is a rectangle too.
                if !isBoxes, own.allSatisfy(isAxisAligned),
                   let r = Rect.enclosing(own.map { Rect(x0: $0.x1, y0: $0.y1, x1: $0.x2, y1: $0.y2) }) {
                    filled.append(r)
                }
                for r in filled { classify(fill: r, grey: paint.grey, rulings: &rulings, boxes: &boxes) }
            }
        }
        return (RulingMerge.merge(rulings), boxes)
    }

    private static func rect(_ piece: pp_box) -> Rect {
        Rect(x0: piece.x1, y0: piece.y1, x1: piece.x2, y1: piece.y2)
    }

    private static func isAxisAligned(_ s: pp_box) -> Bool {
        abs(s.x1 - s.x2) < axisTolerance || abs(s.y1 - s.y2) < axisTolerance
    }

    /// A stroked segment long and straight enough is a rule along its axis.
    private static func straightRule(_ s: pp_box, into rulings: inout [Ruling]) {
        if abs(s.y1 - s.y2) < axisTolerance, abs(s.x2 - s.x1) >= minimumRulingLength {
            rulings.append(Ruling(axis: .horizontal, position: (s.y1 + s.y2) / 2, start: s.x1, end: s.x2))
        } else if abs(s.x1 - s.x2) < axisTolerance, abs(s.y2 - s.y1) >= minimumRulingLength {
            rulings.append(Ruling(axis: .vertical, position: (s.x1 + s.x2) / 2, start: s.y1, end: s.y2))
        }
    }

    /// A stroked rectangle: its four sides.
    private static func edges(of r: Rect, into rulings: inout [Ruling]) {
        rulings.append(Ruling(axis: .horizontal, position: r.y0, start: r.x0, end: r.x1))
        rulings.append(Ruling(axis: .horizontal, position: r.y1, start: r.x0, end: r.x1))
        rulings.append(Ruling(axis: .vertical, position: r.x0, start: r.y0, end: r.y1))
        rulings.append(Ruling(axis: .vertical, position: r.x1, start: r.y0, end: r.y1))
    }

    /// A filled rectangle: a rule when thin and long enough, a shaded box when larger and
    /// darker than white.
    private static func classify(fill r: Rect, grey: Double, rulings: inout [Ruling], boxes: inout [ShadedBox]) {
        if r.height < ruleThickness, r.width >= minimumRulingLength {
            rulings.append(Ruling(axis: .horizontal, position: r.midY, start: r.x0, end: r.x1))
        } else if r.width < ruleThickness, r.height >= minimumRulingLength {
            rulings.append(Ruling(axis: .vertical, position: r.midX, start: r.y0, end: r.y1))
        } else if grey < whiteLevel, r.width >= ruleThickness, r.height >= ruleThickness {
            boxes.append(ShadedBox(box: r, grey: grey))
        }
    }
}
