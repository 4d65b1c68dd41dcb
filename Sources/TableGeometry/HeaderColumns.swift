import PageLayout

/// Reads the columns of a table from its header rows: words close together on a line form a
/// phrase; phrases stacked over each other form one column; a phrase that stands over the
/// gutter between two phrases below it is a spanning header and names their group.
public enum HeaderColumns {
    /// Words of one header cell are separated by ordinary spaces (~0.25 em); columns by
    /// much more. A gap under this fraction of the font size keeps words in one phrase.
    public static let phraseGapFraction = 0.9
    /// Phrases on different lines whose extents overlap by at least this many points (or
    /// one contains the other's centre) sit in the same column.
    public static let stackOverlap = 1.0
    /// A top header phrase this many times wider than the phrases under it is a group header.
    /// (1.5 would take a two-line title such as "Bütçe" over "Dışı", 1.53 wide, for a group.)
    public static let groupWidthRatio = 1.7
    /// The lines of one vertical header cell (text turned 90° or 270°) stand side by side,
    /// one leading apart: boxes closer across than this fraction of the font size, and
    /// overlapping along the text, are one cell. The next column's text is a cell padding
    /// and a rule further away.
    public static let verticalLineGapFraction = 0.5
    /// A drawn vertical rule parts two header words when it stands in the gap between them, give
    /// or take this fraction of the font size (a glyph's box may reach a little past its ink).
    /// Narrow cells with little padding (a word processor's 1.4 pt) set two cells' words closer
    /// than `phraseGapFraction`, as close as 0.4 em; only the rule between them tells them apart.
    public static let ruleInGapFraction = 0.1
    /// Under the gutter between two phrases of the line above, a gap this fraction of the font
    /// size is more than a word space (0.23–0.31 em in common text faces, Verdana's 0.35), so two
    /// cells: a word processor's narrow cells set "Gerçekleşen" and "Tahmin" 0.41 em apart
    /// under "2022" and "2023".
    public static let gutterGapFraction = 0.36
    /// A phrase's word space is its narrowest gap of at least this fraction of the font size
    /// (narrower gaps are a word poppler cut in two, not a space).
    public static let wordSpaceFloorFraction = 0.15
    /// A gap in a phrase this many times its word space, and a river wide
    /// (`ColumnBoundaries.minimumRiverFraction`), parts two cells set on one line in narrow
    /// columns ("Birim 2023 Beklenen 2024 Hedefi": spaces 0.24 em, cells 0.74 and 0.84 em apart);
    /// one cell's words are set with even spaces.
    public static let cellGapOverWordSpace = 2.5
    /// A word centred over a phrase below it stands this close to its middle, as a fraction of the
    /// font size (a producer centres both in one column; glyph boxes end a little off their advances).
    public static let centredWordFraction = 0.2

    struct Phrase {
        var words: [Word]
        var box: Rect
        var line: Int
        var text: String { Word.spaced(words) }
        var isVertical: Bool { words[0].isVertical }

        /// `words` is never empty: a phrase starts with a word.
        init(words: [Word], line: Int) {
            self.words = words
            self.box = Rect.enclosing(words.lazy.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
            self.line = line
        }
    }

    /// The columns of a header row, parted also at the rules it draws and, given the words of
    /// the table's body under it, at the body's white-space rivers (`splitAtBodyRivers`).
    /// `bodyWidened`: the body's `ColumnBoundaries.widenedSpaces`, where the caller found them already.
    public static func columns(header: RowBand, body: [Word] = [], bodyWidened: [ClosedRange<Double>]? = nil) -> [Column] {
        columns(headerLines: header.lines, verticalRules: header.verticalRules, crossingRules: header.crossingRules, body: body,
                bodyWidened: bodyWidened)
    }

    /// `verticalRules`: the x of the vertical rules drawn across the whole header (a grid's cell
    /// edges, `RowBand.verticalRules`); a phrase never runs across one. `crossingRules`: rules
    /// that may stand across only some of its lines (`RowBand.crossingRules`): one parts two
    /// words of a line it runs across, top to bottom, as a group cell's column cells are
    /// parted under it ("Bütçe İçi | Bütçe Dışı | Toplam" under "Kaynak İhtiyacı 2025").
    public static func columns(headerLines: [TextLine], verticalRules: [Double] = [], crossingRules: [Ruling] = [],
                               body: [Word] = [], bodyWidened: [ClosedRange<Double>]? = nil) -> [Column] {
        let lines = headerLines.sorted { $0.box.y0 < $1.box.y0 }
        func ruleBetween(_ a: Word, _ b: Word) -> Bool {
            let tolerance = ruleInGapFraction * max(a.scale, b.scale)
            func inGap(_ x: Double) -> Bool { x >= a.box.x1 - tolerance && x <= b.box.x0 + tolerance }
            if verticalRules.contains(where: inGap) { return true }
            guard !crossingRules.isEmpty else { return false }
            let both = a.box.union(b.box)
            let reach = RowSegmenter.ruleReachFraction * both.height
            return crossingRules.contains { inGap($0.position) && $0.standsAcross(both, reach: reach) }
        }
        var phrases: [Phrase] = []
        for (i, line) in lines.enumerated() {
            var current: [Word] = []
            // A vertical line's words stand over each other, in reading order already.
            let ordered = line.words.first?.isVertical == true ? line.words : line.words.sorted(by: { $0.box.x0 < $1.box.x0 })
            // A justified line's widened spaces are a paragraph's (a body row asked for its columns).
            let widened = line.words.first?.isVertical == true ? [] : JustifiedSpacing.widenedGaps(ordered)
            for (k, w) in ordered.enumerated() {
                if let last = current.last,
                   (w.box.x0 - last.box.x1 > phraseGapFraction * max(last.scale, w.scale) && !(k > 0 && k - 1 < widened.count && widened[k - 1]))
                    || (!w.isVertical && ruleBetween(last, w)) {
                    phrases.append(Phrase(words: current, line: i))
                    current = []
                }
                current.append(w)
            }
            if !current.isEmpty { phrases.append(Phrase(words: current, line: i)) }
        }
        // The body's blocks, found once for the rivers and the reaches.
        let blocks = body.isEmpty ? [] : RowRivers.blocks(of: body, widened: bodyWidened)
        phrases = splitOverColumns(splitUnderGutters(phrases.flatMap(splitAtWideGaps)))
        let turned = turnedCells(phrases, blocks: blocks)
        phrases = splitAtBodyRivers(phrases, body: body, blocks: blocks, turned: turned)
        func stacked(_ a: Phrase, _ b: Phrase) -> Bool {
            a.line != b.line && (a.box.horizontalOverlap(b.box) >= stackOverlap
                || (a.box.x0...a.box.x1).contains(b.box.midX) || (b.box.x0...b.box.x1).contains(a.box.midX))
        }
        // Spanning: a phrase that bridges the gutter between two phrases below it that stand
        // side by side (in two columns). The two need not share a line: cells centred
        // vertically put a two-line title's lines half a line off a one-line neighbour's.
        // A phrase standing on the body reaches as far as the body under it alone (a right-aligned
        // figure column is wider than its header cell's text), so a group header centred over
        // several columns bridges them even where it stands over one column's title only.
        let reaches = bodyReaches(phrases, body: body, blocks: blocks, turned: turned)
        var spanning = Set<Int>()
        for (i, p) in phrases.enumerated() {
            // Turned lines side by side are one cell, never a group over the other's column.
            func reach(_ k: Int) -> (x0: Double, x1: Double) {
                p.isVertical && phrases[k].isVertical ? (phrases[k].box.x0, phrases[k].box.x1) : reaches[k]
            }
            let below = phrases.indices.filter { phrases[$0].line > p.line
                && (stacked(p, phrases[$0]) || (reach($0).x0 < p.box.x1 && reach($0).x1 > p.box.x0)) }
            let bridges = below.contains { l in
                below.contains { r in
                    phrases[r].box.x0 > phrases[l].box.x1 && p.box.x0 <= reach(l).x1 && p.box.x1 >= reach(r).x0
                }
            }
            if bridges { spanning.insert(i) }
        }
        let gutterSpans = gutterGroups(phrases, spanning: spanning, stacked: stacked, blocks: blocks)
        spanning.formUnion(gutterSpans.keys)
        func sideBySide(_ a: Phrase, _ b: Phrase) -> Bool {
            a.isVertical && b.isVertical && a.box.verticalOverlap(b.box) > 0
                && max(a.box.x0 - b.box.x1, b.box.x0 - a.box.x1)
                    < verticalLineGapFraction * max(a.words[0].scale, b.words[0].scale)
        }
        // Union the remaining phrases that stack, and the lines of one vertical cell.
        var parent = Array(phrases.indices)
        func find(_ i: Int) -> Int { parent[i] == i ? i : find(parent[i]) }
        for i in phrases.indices where !spanning.contains(i) {
            for j in phrases.indices where j > i && !spanning.contains(j)
                && (stacked(phrases[i], phrases[j]) || sideBySide(phrases[i], phrases[j])) {
                parent[find(j)] = find(i)
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in phrases.indices where !spanning.contains(i) { groups[find(i), default: []].append(i) }
        var columns: [(column: Column, members: [Int])] = groups.values.map { members in
            var ps = members.map { phrases[$0] }.sorted { ($0.line, $0.box.x0) < ($1.line, $1.box.x0) }
            // The lines of a vertical cell read across: left to right when they run up,
            // right to left when they run down.
            if ps.allSatisfy(\.isVertical) {
                ps.sort { $0.words[0].rotation == 90 ? $0.box.x0 > $1.box.x0 : $0.box.x0 < $1.box.x0 }
            }
            // A top phrase much wider than everything under it is a group header that
            // happens to stand over one column only ("Kaynak İhtiyacı 2024" beside a
            // neighbour it does not reach): it names the group, not the column's extent.
            var group: String? = nil
            if ps.count > 1, let top = ps.first, top.line < ps[1].line {
                let below = ps.dropFirst().map(\.box.width).max() ?? 0
                if top.box.width > groupWidthRatio * below {
                    group = top.text
                    ps.removeFirst()
                }
            }
            let box = Rect.enclosing(ps.lazy.map(\.box))!
            // The phrases' words spaced at once: the text of each phrase joined with a space.
            return (Column(x0: box.x0, x1: box.x1, title: Word.spaced(ps.flatMap(\.words)), group: group), members)
        }
        columns.sort { $0.column.x0 < $1.column.x0 }
        // A spanning phrase names the columns it stands over: those it half covers, and those
        // whose title it stands on (a narrow "Dışı" over the "TL" and "Pay" it bridges).
        for s in spanning.sorted() {
            let p = phrases[s]
            for k in columns.indices where columns[k].column.x1 > p.box.x0 && columns[k].column.x0 < p.box.x1 {
                let c = columns[k].column
                let overlap = min(c.x1, p.box.x1) - max(c.x0, p.box.x0)
                let standsOnTitle = columns[k].members.contains { phrases[$0].line > p.line && stacked(p, phrases[$0]) }
                if overlap >= 0.5 * min(c.x1 - c.x0, p.box.width) || standsOnTitle {
                    columns[k].column.group = [c.group, p.text].compactMap { $0 }.joined(separator: " ")
                }
            }
        }
        for (s, bridged) in gutterSpans.sorted(by: { $0.key < $1.key }) {
            for k in columns.indices where columns[k].members.contains(where: bridged.contains) {
                columns[k].column.group = [columns[k].column.group, phrases[s].text].compactMap { $0 }.joined(separator: " ")
            }
        }
        return columns.map(\.column)
    }

    /// A group centred over the gutter between two titles set narrower than their columns
    /// (“Maliyet” over “Bütçe İçi” | “Bütçe Dışı”) overlaps neither title and reaches neither
    /// body: it bridges the nearest phrases under it on either side when it stands in their
    /// gutter, nothing stands under it, and neither of their columns holds a phrase on its line
    /// or above (a title set at the top beside wrapped titles is no group), and the body under
    /// them holds no third column between theirs (“Faaliyet Adı” set at the top between turned
    /// code titles heads the names under it). Each such phrase with the two it bridges.
    static func gutterGroups(_ phrases: [Phrase], spanning: Set<Int>, stacked: (Phrase, Phrase) -> Bool,
                             blocks: [(x0: Double, x1: Double)] = []) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (i, p) in phrases.enumerated() where !spanning.contains(i) && !p.isVertical {
            let lower = phrases.indices.filter { phrases[$0].line > p.line }
            guard !lower.contains(where: { stacked(p, phrases[$0]) }),
                  let l = lower.lazy.filter({ phrases[$0].box.x1 <= p.box.x0 + stackOverlap }).max(by: { phrases[$0].box.x1 < phrases[$1].box.x1 }),
                  let r = lower.lazy.filter({ phrases[$0].box.x0 >= p.box.x1 - stackOverlap }).min(by: { phrases[$0].box.x0 < phrases[$1].box.x0 })
            else { continue }
            let topped = [l, r].contains { k in
                phrases.indices.contains { q in q != i && phrases[q].line <= p.line && stacked(phrases[q], phrases[k]) }
            }
            // The body under the two bridged titles holds their two columns; a third between
            // them is the column the phrase heads.
            let columnsUnder = blocks.lazy.filter { b in
                (phrases[l].box.x0...phrases[r].box.x1).contains(0.5 * (b.x0 + b.x1))
            }.count
            if !topped && columnsUnder <= 2 { out[i] = [l, r] }
        }
        return out
    }

    /// A phrase parted where a gap is much wider than its own word spaces (`cellGapOverWordSpace`).
    static func splitAtWideGaps(_ phrase: Phrase) -> [Phrase] {
        guard phrase.words.count >= 3, !phrase.isVertical else { return [phrase] }
        let words = phrase.words
        let em = words.map(\.scale).max() ?? 0
        let gaps = zip(words, words.dropFirst()).map { $1.box.x0 - $0.box.x1 }
        guard let space = gaps.filter({ $0 >= wordSpaceFloorFraction * em }).min() else { return [phrase] }
        let cut = max(cellGapOverWordSpace * space, ColumnBoundaries.minimumRiverFraction * em)
        // Mostly no gap is that wide: the phrase stands as it is.
        guard gaps.contains(where: { $0 >= cut }) else { return [phrase] }
        var out: [Phrase] = [], current = [words[0]]
        for (k, gap) in gaps.enumerated() {
            if gap >= cut { out.append(Phrase(words: current, line: phrase.line)); current = [] }
            current.append(words[k + 1])
        }
        out.append(Phrase(words: current, line: phrase.line))
        return out
    }

    /// A phrase whose words each stand centred over a column of the lines below, one word to a
    /// column, is one cell per word: narrow columns' titles set with only their cells' padding
    /// between them (“Gerçekleşme Tahmini Hedeflenen” 0.82 em apart, each over its year). Every
    /// phrase below it must stand centred under one of its words; a group header centred over
    /// its columns has no word centred over each (`centredWordFraction`).
    static func splitOverColumns(_ phrases: [Phrase]) -> [Phrase] {
        phrases.flatMap { phrase -> [Phrase] in
            guard phrase.words.count > 1, !phrase.isVertical else { return [phrase] }
            let below = phrases.filter { $0.line > phrase.line && $0.box.horizontalOverlap(phrase.box) > 0 }
            let tolerance = centredWordFraction * (phrase.words.map(\.scale).max() ?? 0)
            func centred(_ w: Word, _ q: Phrase) -> Bool { abs(w.box.midX - q.box.midX) <= tolerance }
            guard !below.isEmpty, phrase.words.allSatisfy({ w in below.contains { centred(w, $0) } }),
                  below.allSatisfy({ q in phrase.words.contains { centred($0, q) } }) else { return [phrase] }
            return phrase.words.map { Phrase(words: [$0], line: phrase.line) }
        }
    }

    /// A phrase whose words sit closer than `phraseGapFraction` may still be two cells: when
    /// a gap inside it (wider than an ordinary word space) lies under the gutter between two
    /// side-by-side phrases of a line above ("Sermaye Yurt İçi" under "Döner" and "Diğer"),
    /// it is split there. Only lines above count: a group header over the gutter of the
    /// line below is a spanning header, not two cells.
    static func splitUnderGutters(_ phrases: [Phrase]) -> [Phrase] {
        var out: [Phrase] = []
        for phrase in phrases {
            // One word, or no gutter above it: nothing to split (the phrase stands as it is).
            guard phrase.words.count > 1 else { out.append(phrase); continue }
            let above = phrases.compactMap { $0.line < phrase.line && $0.box.horizontalOverlap(phrase.box) > 0 ? $0.box : nil }
            var gutters: [(Double, Double)] = []
            for left in above {
                for right in above where right.x0 > left.x1 {
                    gutters.append((left.x1, right.x0))
                }
            }
            guard !gutters.isEmpty else { out.append(phrase); continue }
            var current: [Word] = []
            for w in phrase.words {
                if let last = current.last {
                    let gap = (last.box.x1, w.box.x0)
                    let wide = gap.1 - gap.0 >= gutterGapFraction * max(last.scale, w.scale)
                    if wide && gutters.contains(where: { gap.0 < $0.1 && gap.1 > $0.0 }) {
                        out.append(Phrase(words: current, line: phrase.line))
                        current = []
                    }
                }
                current.append(w)
            }
            out.append(Phrase(words: current, line: phrase.line))
        }
        return out
    }

    /// A river of the body parts a header phrase's words only when body words stand under each
    /// side on at least this many rows: one row's words may leave a gap that lines up by chance.
    static let riverEvidenceRows = 2

    /// Header cells set with little padding run together into one phrase, the gap between two
    /// cells no wider than a word space (a 7 pt "Bütçe Ödeneği Bütçe Dışı Kaynak" over two figure
    /// columns, no rule between them). The body tells the cells apart: where a white-space river
    /// of the body (a band no body word crosses, `RowRivers.blocks`) runs up into a gap between
    /// two of the phrase's words, and body words stand under the words on either side of it, the
    /// phrase is two cells there (a right-aligned figure column's river starts at its right edge,
    /// which its right-aligned header cell shares). Only a phrase with no header text below it
    /// stands on the body: a group header spans the rivers between its columns. So does a phrase
    /// one of whose sides stands on the body while the other is a wrapped title's first line over
    /// its column's words (`isWrappedTitleTop`): bold letter-spaced titles less than an em apart,
    /// "Bütçe" over "Dışı" beside "Toplam", "Faaliyetler" beside "Harcama" over "Birimi".
    /// `blocks`: the body's (`RowRivers.blocks(of: body)`), found once by the caller.
    static func splitAtBodyRivers(_ phrases: [Phrase], body: [Word], blocks: [(x0: Double, x1: Double)],
                                  turned: [TurnedCell] = []) -> [Phrase] {
        guard !body.isEmpty else { return phrases }
        let rivers = zip(blocks, blocks.dropFirst()).map { (from: $0.x1, to: $1.x0) }
        guard !rivers.isEmpty else { return phrases }
        return phrases.flatMap { phrase -> [Phrase] in
            guard phrase.words.count >= 2, !phrase.isVertical else { return [phrase] }
            let whole = standsOnBody(phrase, phrases, turned: turned)
            var out: [Phrase] = [], current = [phrase.words[0]]
            for (k, (a, b)) in zip(phrase.words, phrase.words.dropFirst()).enumerated() {
                let left = (current[0].box.x0, a.box.x1), right = (b.box.x0, phrase.box.x1)
                if let river = rivers.first(where: { $0.from < b.box.x0 && $0.to > a.box.x1 }),
                   rowsUnder(body.filter { $0.box.x1 <= river.from && $0.box.x1 > left.0 && $0.box.x0 < left.1 }) >= riverEvidenceRows,
                   rowsUnder(body.filter { $0.box.x0 >= river.to && $0.box.x1 > right.0 && $0.box.x0 < right.1 }) >= riverEvidenceRows,
                   whole || standsBesideWrappedTitle(Phrase(words: current, line: phrase.line),
                                                     Phrase(words: Array(phrase.words[(k + 1)...]), line: phrase.line),
                                                     phrases, turned: turned, body: body, river: river) {
                    out.append(Phrase(words: current, line: phrase.line))
                    current = []
                }
                current.append(b)
            }
            // Not parted: the phrase as it is (the same words make the same phrase).
            guard !out.isEmpty else { return [phrase] }
            out.append(Phrase(words: current, line: phrase.line))
            return out
        }
    }

    /// Each phrase's x extent widened, where it stands on the body, by the body's blocks
    /// (`RowRivers.blocks`) under it and under no other phrase standing on the body (a block
    /// under several is text run across columns); otherwise its own box.
    /// `blocks`: the body's (`RowRivers.blocks(of: body)`), found once by the caller.
    static func bodyReaches(_ phrases: [Phrase], body: [Word], blocks: [(x0: Double, x1: Double)],
                            turned: [TurnedCell] = []) -> [(x0: Double, x1: Double)] {
        func under(_ b: (x0: Double, x1: Double), _ box: Rect) -> Bool { b.x1 > box.x0 && b.x0 < box.x1 }
        // Asked once per phrase: each phrase's answer serves every other phrase's reach.
        let stands = phrases.map { standsOnBody($0, phrases, turned: turned) }
        let onBody = zip(phrases, stands).compactMap { $1 ? $0.box : nil }
        return zip(phrases, stands).map { q, standsOn in
            if q.isVertical, let cell = turned.first(where: { $0.box == q.box }) { return cell.reach }
            guard !q.isVertical, standsOn else { return (q.box.x0, q.box.x1) }
            let own = blocks.filter { b in under(b, q.box) && !onBody.contains { $0 != q.box && under(b, $0) } }
            return (min(q.box.x0, own.map(\.x0).min() ?? .infinity), max(q.box.x1, own.map(\.x1).max() ?? -.infinity))
        }
    }

    /// One side of a gap stands on the body and the other is a wrapped title's first line, whose
    /// lower lines stand over body words of their own on their side of the river.
    /// The side on the body heads the figures under it only where no header text below it heads
    /// them already (`headsItsBody`).
    static func standsBesideWrappedTitle(_ left: Phrase, _ right: Phrase, _ phrases: [Phrase], turned: [TurnedCell],
                                         body: [Word], river: (from: Double, to: Double)) -> Bool {
        let leftBody = body.filter { $0.box.x1 <= river.from }, rightBody = body.filter { $0.box.x0 >= river.to }
        if standsOnBody(right, phrases, turned: turned) {
            return headsItsBody(right, phrases, body: rightBody) && isWrappedTitleTop(left, phrases, turned: turned, body: leftBody)
        }
        return standsOnBody(left, phrases, turned: turned) && headsItsBody(left, phrases, body: leftBody)
            && isWrappedTitleTop(right, phrases, turned: turned, body: rightBody)
    }

    /// No header phrase on a line below `side` stands over the body words under it: a right-aligned
    /// figure column's widest figures reach left under the end of a group header set over its
    /// neighbour ("2024" of "Kaynak İhtiyacı 2024", centred over "Bütçe Dışı", over the first
    /// figures of Toplam's "39.899.000,00"), yet "Toplam", below, heads those figures: the group's
    /// end is no column title of its own, and its phrase is not parted there.
    static func headsItsBody(_ side: Phrase, _ phrases: [Phrase], body: [Word]) -> Bool {
        let under = body.filter { $0.box.x1 > side.box.x0 && $0.box.x0 < side.box.x1 }
        return !phrases.contains { q in
            q.line > side.line && !q.isVertical && under.contains { $0.box.x1 > q.box.x0 && $0.box.x0 < q.box.x1 }
        }
    }

    /// The header text under the phrase is the rest of its own cell, a title wrapped in it: lines
    /// set across (a turned title under it heads a column of a group), each within the phrase's
    /// extent, the phrase no wider than a group header is (`groupWidthRatio`) over them, and the
    /// lines over `body`, the words of their column (a group's title set beside the figures
    /// under the group's word is not: "Kaynak İhtiyacı 2024" over "Bütçe Dışı", "2024" over its "0").
    static func isWrappedTitleTop(_ phrase: Phrase, _ phrases: [Phrase], turned: [TurnedCell], body: [Word]) -> Bool {
        let under = phrases.filter { $0.line > phrase.line && $0.box.horizontalOverlap(phrase.box) > 0 }
        guard let widest = under.map(\.box.width).max(), let lines = Rect.enclosing(under.map(\.box)),
              under.allSatisfy({ !$0.isVertical && $0.box.x0 >= phrase.box.x0 - stackOverlap && $0.box.x1 <= phrase.box.x1 + stackOverlap }),
              !turned.contains(where: { $0.box.y0 >= phrase.box.y1 && $0.reach.x1 > phrase.box.x0 && $0.reach.x0 < phrase.box.x1 })
        else { return false }
        return phrase.box.width <= groupWidthRatio * widest && body.contains { $0.box.x1 > lines.x0 && $0.box.x0 < lines.x1 }
    }

    /// No header text stands under the phrase: the body does. A turned header cell below it
    /// stands under it as far as its column reaches (`turnedCells`): a group header centred
    /// over two turned code titles ("Ekonomik Kod" over "03 Mal ve Hizmet" and "06 Sermaye")
    /// stands in the white space between their narrow text, over their figures, not on the body.
    static func standsOnBody(_ phrase: Phrase, _ phrases: [Phrase], turned: [TurnedCell] = []) -> Bool {
        !phrases.contains { $0.line > phrase.line && $0.box.horizontalOverlap(phrase.box) > 0 }
            && !turned.contains { $0.box.y0 >= phrase.box.y1 && $0.reach.x1 > phrase.box.x0 && $0.reach.x0 < phrase.box.x1 }
    }

    /// A turned (vertical) header phrase and the column it heads on the body.
    struct TurnedCell {
        var box: Rect
        var reach: (x0: Double, x1: Double)
    }

    /// Each turned header phrase with its column's reach: its box widened by the body's blocks
    /// (`RowRivers.blocks`) under its text that no unturned phrase beside it stands over, nor
    /// another turned cell (a block under several is text run across columns). Turned text is a
    /// line or two wide, set in the middle of a column as wide as its figures; a phrase wholly
    /// above it (its group) is no neighbour.
    static func turnedCells(_ phrases: [Phrase], blocks: [(x0: Double, x1: Double)]) -> [TurnedCell] {
        guard !blocks.isEmpty else { return [] }
        let turned = phrases.filter(\.isVertical).sorted { $0.box.x0 < $1.box.x0 }
        // The lines of one turned cell stand side by side, a leading apart: numbered as one cell.
        var cell: [Int] = []
        for (k, q) in turned.enumerated() {
            let joins = k > 0 && q.box.verticalOverlap(turned[k - 1].box) > 0
                && q.box.x0 - turned[k - 1].box.x1 < verticalLineGapFraction * max(q.words[0].scale, turned[k - 1].words[0].scale)
            cell.append(k == 0 ? 0 : joins ? cell[k - 1] : cell[k - 1] + 1)
        }
        return turned.indices.map { k in
            let q = turned[k]
            let own = blocks.filter { b in
                b.x1 > q.box.x0 && b.x0 < q.box.x1
                    && !phrases.contains { p in !p.isVertical && p.box.y1 > q.box.y0 && b.x1 > p.box.x0 && b.x0 < p.box.x1 }
                    && !turned.indices.contains { j in cell[j] != cell[k] && b.x1 > turned[j].box.x0 && b.x0 < turned[j].box.x1 }
            }
            return TurnedCell(box: q.box, reach: (min(q.box.x0, own.map(\.x0).min() ?? .infinity),
                                                  max(q.box.x1, own.map(\.x1).max() ?? -.infinity)))
        }
    }

    /// How many rows `words` stand on: words one under another, none overlapping the one above.
    static func rowsUnder(_ words: [Word]) -> Int {
        var rows = 0, bottom = -Double.infinity
        for w in words.sorted(by: { $0.box.y0 < $1.box.y0 }) where w.box.midY > bottom {
            rows += 1
            bottom = w.box.y1
        }
        return rows
    }
}
