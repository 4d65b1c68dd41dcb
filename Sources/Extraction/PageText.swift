import CPoppler
import Foundation
import PageLayout

/// A character as poppler places it, before words are formed.
struct PlacedCharacter {
    var scalar: Unicode.Scalar
    var box: Rect
    var fontSize: Double
    var isBold: Bool
}

/// A run of text sharing one font, as poppler's text attributes describe it.
struct FontRun {
    var start: Int
    var end: Int
    var fontSize: Double
    /// Bold is told by the font name (`isBold(fontName:)`): PDFs rarely carry a weight any
    /// other way.
    var isBold: Bool

    static func isBold(fontName: String) -> Bool {
        let name = fontName.lowercased()
        return ["bold", "black", "heavy", "semibold", "demi"].contains { name.contains($0) }
    }
}

extension Unicode.Scalar {
    /// A space, line break or other blank: ends a word. Unicode's White_Space set, spelled
    /// out: looking the property up dominates the time of word building otherwise.
    var isBlank: Bool {
        switch value {
        case 0...0x20, 0x7F, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

enum PageText {
    /// The characters of one page with their boxes and fonts. poppler gives one rectangle
    /// per Unicode scalar of `poppler_page_get_text`, in the same order. A page of more than
    /// `limit` glyphs (characters other than blanks) is refused before its fonts are read
    /// or a character is placed.
    static func characters(of page: OpaquePointer, readsFonts: Bool = true,
                           limit: Int = PageLimits.maximumGlyphs) throws(TooManyGlyphs) -> [PlacedCharacter] {
        guard let cText = poppler_page_get_text(page) else { return [] }
        let text = String(cString: cText)
        g_free(cText)

        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else { return [] }
        defer { g_free(rects) }
        if Int(count) > limit {
            let glyphs = text.unicodeScalars.reduce(0) { $0 + ($1.isBlank ? 0 : 1) }
            if glyphs > limit { throw TooManyGlyphs(count: glyphs) }
        }

        let runs = readsFonts ? fontRuns(of: page) : []
        var out: [PlacedCharacter] = []
        out.reserveCapacity(Int(count))
        var runIndex = 0
        for (i, scalar) in text.unicodeScalars.enumerated() where i < Int(count) {
            while runIndex < runs.count && runs[runIndex].end < i { runIndex += 1 }
            let run = runIndex < runs.count && runs[runIndex].start <= i ? runs[runIndex] : nil
            let r = rects[i]
            out.append(PlacedCharacter(scalar: scalar, box: Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2),
                                       fontSize: run?.fontSize ?? 0, isBold: run?.isBold ?? false))
        }
        return out
    }

    static func fontRuns(of page: OpaquePointer) -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        // A page has many runs but few fonts, mostly one run after another in the same
        // font: the name is compared in C and read and judged only when it changes.
        var previousName: UnsafeMutablePointer<gchar>? = nil
        var previousBold = false
        var node: UnsafeMutablePointer<GList>? = list
        while let n = node {
            if let data = n.pointee.data {
                let a = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                if let name = a.font_name {
                    if let previous = previousName, strcmp(previous, name) == 0 {
                        // same font as the run before
                    } else {
                        previousBold = FontRun.isBold(fontName: String(cString: name))
                    }
                    previousName = name
                } else {
                    previousName = nil
                    previousBold = false
                }
                runs.append(FontRun(start: Int(a.start_index), end: Int(a.end_index), fontSize: a.font_size, isBold: previousBold))
            }
            node = n.pointee.next
        }
        return runs.sorted { $0.start < $1.start }
    }

    static func imageCount(of page: OpaquePointer) -> Int {
        guard let list = poppler_page_get_image_mapping(page) else { return 0 }
        defer { poppler_page_free_image_mapping(list) }
        return Int(g_list_length(list))
    }

    static func size(of page: OpaquePointer) -> (Double, Double) {
        var w = 0.0, h = 0.0
        poppler_page_get_size(page, &w, &h)
        return (w, h)
    }
}
