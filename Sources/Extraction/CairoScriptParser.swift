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

    private struct Matrix {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (a * x + c * y + e, b * x + d * y + f) }
    }

    static func parse(_ script: String, pageHeight: Double) -> ([Ruling], [ShadedBox]) {
        var rulings: [Ruling] = []
        var boxes: [ShadedBox] = []
        var matrix = Matrix()
        var grey = 0.0
        var segments: [(Double, Double, Double, Double)] = []
        var rects: [Rect] = []
        var current: (Double, Double)? = nil
        var start: (Double, Double)? = nil
        var stack: [Double] = []
        var arrayValues: [Double]? = nil

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

        for line in script.split(separator: "\n", omittingEmptySubsequences: true) {
            // Font programs and glyph runs are long or base85: nothing for us there.
            if line.utf8.count > 400 || line.contains("<~") || line.contains("glyphs") { stack.removeAll(); continue }
            for token in line.split(separator: " ", omittingEmptySubsequences: true) {
                if let v = Double(token) {
                    if arrayValues != nil { arrayValues?.append(v) } else { stack.append(v) }
                    continue
                }
                if token.hasPrefix("[") {
                    arrayValues = []
                    if let v = Double(token.dropFirst()) { arrayValues?.append(v) }
                    continue
                }
                if token.hasSuffix("]") {
                    if let v = Double(token.dropLast()) { arrayValues?.append(v) }
                    continue
                }
                switch token {
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
                case "identity": arrayValues = nil; stack.append(.nan)  // marker for set-matrix
                case "set-matrix":
                    if let v = arrayValues, v.count == 6 {
                        matrix = Matrix(a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5])
                    } else {
                        matrix = Matrix()
                    }
                    arrayValues = nil
                default: break
                }
                if !token.isEmpty, Double(token) == nil, token != "identity" { stack.removeAll() }
            }
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
