import Testing
import PageLayout
@testable import Extraction

/// A page turned with /Rotate 90 (qpdf --rotate=+90:1) reads like the upright original.
@Suite struct RotationTests {
    @Test func rotatedPageComesOutInReadingOrientation() throws {
        let upright = try DocumentReader(path: TestFiles.fixture("text-page.pdf"), readsRulings: false).page(1)
        let turned = try DocumentReader(path: TestFiles.fixture("rotated-90.pdf"), readsRulings: false).page(1)
        #expect(upright.rotation == 0)
        #expect(turned.rotation == 90)
        #expect(turned.width == upright.width && turned.height == upright.height)
        #expect(turned.lines.map(\.text) == ["Performans Programi", "Hedef 101.350", "Gerceklesen 77.572"])
        #expect(turned.words.count == upright.words.count)
        for (a, b) in zip(turned.words.sorted { $0.text < $1.text }, upright.words.sorted { $0.text < $1.text }) {
            #expect(a.text == b.text)
            // Same place: glyph boxes differ a little across orientations (ascent vs advance).
            #expect(abs(a.box.x0 - b.box.x0) < 1.5 && abs(a.box.midY - b.box.midY) < 3, "\(a.text): \(a.box) vs \(b.box)")
        }
    }

    @Test func turningBoxesAndRulingsBack() {
        let quarter = TextOrientation(degrees: 90)
        // On a displayed 842 × 595 page, a box near the right edge at the top is, turned
        // back, at the top left of the 595 × 842 page.
        let box = quarter.turn(Rect(x0: 750, y0: 72, x1: 770, y1: 170), width: 842, height: 595)
        #expect(box == Rect(x0: 72, y0: 72, x1: 170, y1: 92))
        let ruling = quarter.turn(Ruling(axis: .vertical, position: 700, start: 72, end: 523), width: 842, height: 595)
        #expect(ruling == Ruling(axis: .horizontal, position: 142, start: 72, end: 523))
        #expect(TextOrientation(degrees: 180).turn(Rect(x0: 0, y0: 0, x1: 10, y1: 20), width: 100, height: 200)
                == Rect(x0: 90, y0: 180, x1: 100, y1: 200))
        #expect(TextOrientation(degrees: 270).size(width: 842, height: 595) == (595, 842))
    }

    @Test func orientationIsTakenFromHowGlyphsAdvance() {
        func chars(_ step: (Int) -> Rect) -> [PlacedCharacter] {
            (0..<6).map { PlacedCharacter(scalar: "a", box: step($0), fontSize: 10, isBold: false) }
        }
        let across = chars { i in Rect(x0: Double(10 + 6 * i), y0: 10, x1: Double(16 + 6 * i), y1: 20) }
        let down = chars { i in Rect(x0: 10, y0: Double(10 + 6 * i), x1: 20, y1: Double(16 + 6 * i)) }
        let up = chars { i in Rect(x0: 10, y0: Double(100 - 6 * i), x1: 20, y1: Double(106 - 6 * i)) }
        #expect(TextOrientation.detect(across) == .upright)
        #expect(TextOrientation.detect(down).degrees == 90)
        #expect(TextOrientation.detect(up).degrees == 270)
        #expect(TextOrientation.detect([]) == .upright)
    }
}
