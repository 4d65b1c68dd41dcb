import PageLayout

/// Which way the text runs on the displayed page, and how to turn it back. A page with
/// /Rotate 90, or a wide table printed sideways on a portrait page, shows its text running
/// down or up; poppler reports such glyphs where they are displayed. Rotation is undone
/// here, once, so that every later stage sees text running left to right.
struct TextOrientation: Equatable {
    /// Clockwise angle (0, 90, 180, 270) by which the text is turned on the displayed page.
    var degrees: Int

    static let upright = TextOrientation(degrees: 0)

    /// Two glyphs are neighbours in a word when the second starts where the first ends,
    /// within this fraction of the first glyph's advance.
    static let neighbourTolerance = 0.35
    /// Most neighbour pairs must agree before a page counts as turned: mixed pages
    /// (a sideways caption on an upright page) stay as they are.
    static let majorityFraction = 0.6

    /// At most about this many glyph pairs are looked at, spread evenly over the page:
    /// enough for a clear majority, and cheap on pages with thousands of glyphs.
    static let sampledPairs = 400

    /// The direction most neighbouring glyph pairs advance in, in poppler's order.
    static func detect(_ characters: [PlacedCharacter]) -> TextOrientation {
        // Votes for 0, 90, 180 and 270 degrees, by index (a dictionary's hashing cost more
        // than the tests themselves).
        var votes = (0, 0, 0, 0)
        let step = max(1, characters.count / sampledPairs)
        for i in stride(from: 1, to: characters.count, by: step) {
            let p = characters[i - 1], ch = characters[i]
            guard !ch.scalar.isBlank, !p.scalar.isBlank else { continue }
            let a = p.box, b = ch.box
            func near(_ x: Double, _ y: Double, _ advance: Double) -> Bool {
                abs(x - y) <= neighbourTolerance * max(advance, 0.5)
            }
            if near(b.x0, a.x1, a.width), near(b.y0, a.y0, a.height) { votes.0 += 1 }
            else if near(b.y0, a.y1, a.height), near(b.x0, a.x0, a.width) { votes.1 += 1 }
            else if near(b.x1, a.x0, a.width), near(b.y0, a.y0, a.height) { votes.2 += 1 }
            else if near(b.y1, a.y0, a.height), near(b.x0, a.x0, a.width) { votes.3 += 1 }
        }
        let counts = [votes.0, votes.1, votes.2, votes.3]
        let total = counts.reduce(0, +)
        // The most votes; on a tie the smaller angle (upright first).
        guard total > 0, let best = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }),
              best != 0, Double(counts[best]) >= majorityFraction * Double(total) else { return .upright }
        return TextOrientation(degrees: best * 90)
    }

    /// The page's size once turned to reading orientation.
    func size(width: Double, height: Double) -> (Double, Double) {
        degrees == 90 || degrees == 270 ? (height, width) : (width, height)
    }

    /// A box on the displayed page (`width` × `height`) in reading orientation.
    func turn(_ r: Rect, width: Double, height: Double) -> Rect {
        switch degrees {
        case 90: return Rect(x0: r.y0, y0: width - r.x1, x1: r.y1, y1: width - r.x0)
        case 180: return Rect(x0: width - r.x1, y0: height - r.y1, x1: width - r.x0, y1: height - r.y0)
        case 270: return Rect(x0: height - r.y1, y0: r.x0, x1: height - r.y0, y1: r.x1)
        default: return r
        }
    }

    func turn(_ ruling: Ruling, width: Double, height: Double) -> Ruling {
        let box = ruling.axis == .horizontal
            ? Rect(x0: ruling.start, y0: ruling.position, x1: ruling.end, y1: ruling.position)
            : Rect(x0: ruling.position, y0: ruling.start, x1: ruling.position, y1: ruling.end)
        let t = turn(box, width: width, height: height)
        return t.height <= t.width
            ? Ruling(axis: .horizontal, position: t.midY, start: t.x0, end: t.x1)
            : Ruling(axis: .vertical, position: t.midX, start: t.y0, end: t.y1)
    }

    /// The characters turned to reading orientation and put in reading order (poppler's
    /// order for turned text interleaves lines): top to bottom by line, left to right.
    func turn(_ characters: [PlacedCharacter], width: Double, height: Double) -> [PlacedCharacter] {
        guard degrees != 0 else { return characters }
        let glyphs = characters.compactMap { ch -> PlacedCharacter? in
            guard !ch.scalar.isBlank else { return nil }
            var turned = ch
            turned.box = turn(ch.box, width: width, height: height)
            return turned
        }
        var bands: [(box: Rect, glyphs: [PlacedCharacter])] = []
        for glyph in glyphs.sorted(by: { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }) {
            if let last = bands.indices.last,
               bands[last].box.verticalOverlap(glyph.box) >= Self.sameLineOverlap * min(bands[last].box.height, glyph.box.height) {
                bands[last].box = bands[last].box.union(glyph.box)
                bands[last].glyphs.append(glyph)
            } else {
                bands.append((glyph.box, [glyph]))
            }
        }
        return bands.flatMap { $0.glyphs.sorted { $0.box.x0 < $1.box.x0 } }
    }

    /// Glyphs whose vertical extents overlap by this fraction of the smaller one share a line.
    static let sameLineOverlap = 0.5
}
