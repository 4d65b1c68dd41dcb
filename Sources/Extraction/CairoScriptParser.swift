import PageLayout

/// Reads drawn lines and filled boxes back from a cairo script. Only the path operators
/// poppler emits are understood (`n m l c h rectangle stroke fill set-matrix set-source`);
/// text and font data are skipped. Coordinates are in device space: top-left origin, points.
enum CairoScriptParser {
    /// A stroke or fill thinner than this (points) is a rule, not a box.
    static let ruleThickness = 2.5
    /// A segment whose ends differ by less than this across its axis is straight.
    static let axisTolerance = 0.8
    /// Fills at least this light are page or cell backgrounds of white: not shading.
    static let whiteLevel = 0.98
    /// A shorter segment is a tick or a glyph-like mark, not a ruling.
    static let minimumRulingLength = 3.0
    /// Path commands are short lines; longer ones carry font or image data.
    static let maximumLineLength = 400

    private struct Matrix {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (a * x + c * y + e, b * x + d * y + f) }
    }

    static func parse(_ script: [UInt8], pageHeight: Double) -> ([Ruling], [ShadedBox]) {
        var rulings: [Ruling] = []
        var boxes: [ShadedBox] = []
        var matrix = Matrix()
        var grey = 0.0
        var segments: [(Double, Double, Double, Double)] = []
        var rects: [Rect] = []
        var current: (Double, Double)? = nil
        var start: (Double, Double)? = nil
        var stack: [Double] = []
        // Numbers inside "[ … ]" go to `arrayValues`; the closed array waits in `lastArray`
        // for the operator after it (set-matrix; set-font-matrix and the like are ignored).
        // Closing the array ends it: numbers after it are operands again.
        var arrayValues: [Double]? = nil
        var lastArray: [Double]? = nil

        func flushStroke() {
            for (x0, y0, x1, y1) in segments {
                if abs(y0 - y1) < axisTolerance, abs(x1 - x0) >= minimumRulingLength {
                    rulings.append(Ruling(axis: .horizontal, position: (y0 + y1) / 2, start: x0, end: x1))
                } else if abs(x0 - x1) < axisTolerance, abs(y1 - y0) >= minimumRulingLength {
                    rulings.append(Ruling(axis: .vertical, position: (x0 + x1) / 2, start: y0, end: y1))
                }
            }
            for r in rects { rectangleEdges(r) }
        }
        func rectangleEdges(_ r: Rect) {
            rulings.append(Ruling(axis: .horizontal, position: r.y0, start: r.x0, end: r.x1))
            rulings.append(Ruling(axis: .horizontal, position: r.y1, start: r.x0, end: r.x1))
            rulings.append(Ruling(axis: .vertical, position: r.x0, start: r.y0, end: r.y1))
            rulings.append(Ruling(axis: .vertical, position: r.x1, start: r.y0, end: r.y1))
        }
        func flushFill() {
            var all = rects
            // A closed four-sided straight path is a rectangle too.
            if rects.isEmpty, !segments.isEmpty,
               let r = Rect.enclosing(segments.flatMap { [Rect(x0: $0.0, y0: $0.1, x1: $0.0, y1: $0.1), Rect(x0: $0.2, y0: $0.3, x1: $0.2, y1: $0.3)] }),
               segments.allSatisfy({ abs($0.0 - $0.2) < axisTolerance || abs($0.1 - $0.3) < axisTolerance }) {
                all.append(r)
            }
            for r in all {
                if r.height < ruleThickness, r.width >= minimumRulingLength {
                    rulings.append(Ruling(axis: .horizontal, position: r.midY, start: r.x0, end: r.x1))
                } else if r.width < ruleThickness, r.height >= minimumRulingLength {
                    rulings.append(Ruling(axis: .vertical, position: r.midX, start: r.y0, end: r.y1))
                } else if grey < whiteLevel, r.width >= ruleThickness, r.height >= ruleThickness {
                    boxes.append(ShadedBox(box: r, grey: grey))
                }
            }
        }
        func clearPath() { segments.removeAll(); rects.removeAll(); current = nil; start = nil }

        script.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                // Font programs and glyph runs are long or base85: nothing for us there.
                if lineEnd - lineStart > maximumLineLength || ScriptBytes.skippable(bytes, lineStart, lineEnd) {
                    stack.removeAll(); continue
                }
                var t = lineStart
                while t < lineEnd {
                    while t < lineEnd && bytes[t] == 0x20 { t += 1 }
                    var e = t
                    while e < lineEnd && bytes[e] != 0x20 { e += 1 }
                    if e > t { handle(ScriptBytes.Token(bytes: bytes, start: t, end: e)) }
                    t = e
                }
            }
        }
        func handle(_ token: ScriptBytes.Token) {
            if let v = token.number {
                if arrayValues != nil { arrayValues!.append(v) } else { stack.append(v) }
                return
            }
            if token.first == UInt8(ascii: "[") {
                arrayValues = []
                if let v = token.dropFirst().number { arrayValues!.append(v) }
                return
            }
            if token.last == UInt8(ascii: "]") {
                if let v = token.dropLast().number { arrayValues?.append(v) }
                lastArray = arrayValues
                arrayValues = nil
                return
            }
            switch token.word {
            case "n": clearPath()
            case "m" where stack.count >= 2:
                let p = matrix.apply(stack[stack.count - 2], stack[stack.count - 1])
                current = p; start = p
            case "l" where stack.count >= 2:
                let p = matrix.apply(stack[stack.count - 2], stack[stack.count - 1])
                if let c = current { segments.append((c.0, c.1, p.0, p.1)) }
                current = p
            case "c" where stack.count >= 6:
                current = matrix.apply(stack[stack.count - 2], stack[stack.count - 1])
            case "h":
                if let c = current, let s = start { segments.append((c.0, c.1, s.0, s.1)); current = s }
            case "rectangle" where stack.count >= 4:
                let n = stack.count
                let (x0, y0) = matrix.apply(stack[n - 4], stack[n - 3])
                let (x1, y1) = matrix.apply(stack[n - 4] + stack[n - 2], stack[n - 3] + stack[n - 1])
                rects.append(Rect(x0: x0, y0: y0, x1: x1, y1: y1))
            case "stroke", "stroke+": flushStroke()
            case "fill", "fill+": flushFill()
            case "g" where !stack.isEmpty: grey = stack[stack.count - 1]
            case "rgb" where stack.count >= 3:
                let n = stack.count
                grey = 0.299 * stack[n - 3] + 0.587 * stack[n - 2] + 0.114 * stack[n - 1]
            case "identity": lastArray = nil
            case "set-matrix":
                if let v = lastArray, v.count == 6 {
                    matrix = Matrix(a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5])
                } else {
                    matrix = Matrix()
                }
                lastArray = nil
            default: break
            }
            if token.word != "identity" { stack.removeAll(); lastArray = nil }
        }
        _ = pageHeight
        return (RulingMerge.merge(rulings), boxes)
    }
}

/// Joins collinear pieces of the same rule (grids are often drawn cell by cell).
enum RulingMerge {
    /// Pieces closer than this along their axis, at the same position, are one rule.
    static let joinGap = 1.5
    static let positionTolerance = 0.8

    static func merge(_ rulings: [Ruling]) -> [Ruling] {
        var out: [Ruling] = []
        for axis in [Ruling.Axis.horizontal, .vertical] {
            let sorted = rulings.filter { $0.axis == axis }.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
            var group: [Ruling] = []
            func flush() {
                guard !group.isEmpty else { return }
                var byStart = group.sorted { $0.start < $1.start }
                var cur = byStart.removeFirst()
                for r in byStart {
                    if r.start <= cur.end + joinGap { cur.end = max(cur.end, r.end) } else { out.append(cur); cur = r }
                }
                out.append(cur)
                group.removeAll()
            }
            for r in sorted {
                if let first = group.first, abs(r.position - first.position) > positionTolerance { flush() }
                group.append(r)
            }
            flush()
        }
        return out
    }
}

/// Byte-level reading of a cairo script (a page's script is ~100 KB; strings would be slow).
enum ScriptBytes {
    struct Token {
        var bytes: UnsafeBufferPointer<UInt8>
        var start: Int
        var end: Int

        var first: UInt8? { start < end ? bytes[start] : nil }
        var last: UInt8? { start < end ? bytes[end - 1] : nil }
        func dropFirst() -> Token { Token(bytes: bytes, start: min(start + 1, end), end: end) }
        func dropLast() -> Token { Token(bytes: bytes, start: start, end: max(end - 1, start)) }
        var word: String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }

        /// A plain decimal number (`-12.5`, `.5`, `3`), or nil.
        var number: Double? {
            var i = start
            guard i < end else { return nil }
            var negative = false
            if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var value = 0.0, scale = 0.0, digits = 0
            while i < end {
                let b = bytes[i]
                if b >= 0x30 && b <= 0x39 {
                    digits += 1
                    if scale == 0 { value = value * 10 + Double(b - 0x30) } else { value += Double(b - 0x30) * scale; scale /= 10 }
                } else if b == UInt8(ascii: "."), scale == 0 {
                    scale = 0.1
                } else {
                    return nil
                }
                i += 1
            }
            guard digits > 0 else { return nil }
            return negative ? -value : value
        }
    }

    static let fontMarker: [UInt8] = Array("<~".utf8)
    static let glyphsMarker: [UInt8] = Array("glyphs".utf8)

    static func skippable(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        contains(bytes, start, end, fontMarker) || contains(bytes, start, end, glyphsMarker)
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
        guard end - start >= needle.count else { return false }
        var i = start
        while i + needle.count <= end {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
