import PageLayout
import Testing

/// LineGrouping reads a page of upright words by their indices (`uprightLines`) and a page
/// that also holds turned words by sorting the upright ones (`upright`): the two paths must
/// group and order upright words alike.
@Suite struct LineGroupingTests {
    @Test func uprightWordsGroupAlikeWithOrWithoutATurnedWord() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var words: [Word] = []
        for k in 0..<400 {
            // Few baselines and columns with jitter: ties in y and in x, and lines half a line apart.
            let y = 100 + 12 * Double(next(20)) + 3 * Double(next(3))
            let x = 50 + 40 * Double(next(12))
            let height = [8.0, 10, 14][next(3)]
            words.append(Word(text: "w\(k)", box: Rect(x0: x, y0: y, x1: x + 20 + Double(next(15)), y1: y + height),
                              fontSize: 0.8 * height))
        }
        let upright = LineGrouping.lines(from: words)
        let turned = Word(text: "turned", box: Rect(x0: 900, y0: 100, x1: 910, y1: 160), fontSize: 8, rotation: 90)
        let mixed = LineGrouping.lines(from: words + [turned]).filter { $0.words[0].rotation == 0 }
        #expect(upright.count > 20)
        #expect(upright.map { $0.words.map(\.text) } == mixed.map { $0.words.map(\.text) })
        #expect(upright.map(\.box) == mixed.map(\.box))
    }
}
