/// Page text as characters on a grid, the way `pdftotext -layout` prints it: each word
/// starts at the column its left edge falls on, so table columns stay in place. A column
/// holds one Unicode scalar (Turkish letters are precomposed: one scalar, one letter;
/// counting grapheme clusters instead costs more than the rest of the rendering).
public enum LayoutText {
    /// Vertical gaps are shown as at most this many blank lines: enough to see a break
    /// between blocks without printing a page's worth of empty lines.
    public static let maximumBlankLines = 2
    /// A gap between two lines shorter than this fraction of the usual line height is
    /// ordinary (even loose) leading, not a break: no blank line. A whole empty line must
    /// fit in the gap, with room to spare.
    public static let blankLineGapFraction = 1.2
    /// Words closer than this fraction of the font size are separated by an ordinary word
    /// space (about 0.25 em) and printed with one space, whatever the grid says: a title in
    /// a larger font would otherwise be spread over the columns of the body text.
    public static let wordSpaceFraction = 0.6
    /// Width of one column when a page has no words to measure, in points (≈ 10 pt text).
    public static let fallbackColumnWidth = 5.0

    /// The page's lines with words placed on a character grid; every line ends in "\n".
    public static func render(_ page: Page) -> String {
        let lines = page.lines.filter { !$0.words.isEmpty }
        guard !lines.isEmpty else { return "" }
        let column = columnWidth(of: lines)
        let left = lines.map(\.box.x0).min() ?? 0
        let usualHeight = median(lines.map(\.box.height)) ?? 0
        // Built as UTF-8 bytes: appending small Strings is several times slower, and this
        // runs for every line of every page.
        var out: [UInt8] = []
        out.reserveCapacity(lines.count * 120)
        var previous: Rect? = nil
        for line in lines {
            if let previous, usualHeight > 0 {
                let gap = line.box.y0 - previous.y1
                if gap > blankLineGapFraction * usualHeight {
                    let blanks = min(maximumBlankLines, max(1, Int(gap / usualHeight)))
                    out.append(contentsOf: repeatElement(newline, count: blanks))
                }
            }
            appendGridLine(line, column: column, left: left, to: &out)
            out.append(newline)
            previous = line.box
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The page's lines in reading order, words separated by one space; every line ends in "\n".
    public static func plain(_ page: Page) -> String {
        var out = ""
        for line in page.lines where !line.words.isEmpty {
            out += line.text
            out += "\n"
        }
        return out
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    static func appendGridLine(_ line: TextLine, column: Double, left: Double, to out: inout [UInt8]) {
        var length = 0  // in columns (Unicode scalars) since the start of the line
        var previous: Word? = nil
        for word in line.words {
            var wanted = Int(((word.box.x0 - left) / column).rounded())
            if let previous, word.box.x0 - previous.box.x1 < wordSpaceFraction * word.scale {
                wanted = length + 1
            }
            previous = word
            // Never glue two words together: a wide word before pushes the next one right.
            let start = max(wanted, length == 0 ? 0 : length + 1)
            if start > length {
                out.append(contentsOf: repeatElement(space, count: start - length))
                length = start
            }
            for byte in word.text.utf8 {
                out.append(byte)
                // Every byte but a UTF-8 continuation byte starts a scalar: one column.
                if byte & 0xC0 != 0x80 { length += 1 }
            }
        }
    }

    /// The typical width of one character on the page: the median over its words.
    static func columnWidth(of lines: [TextLine]) -> Double {
        var widths: [Double] = []
        for line in lines {
            for word in line.words where !word.text.isEmpty {
                widths.append(word.box.width / Double(word.text.unicodeScalars.count))
            }
        }
        guard let m = median(widths), m > 0 else { return fallbackColumnWidth }
        return m
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }
}
