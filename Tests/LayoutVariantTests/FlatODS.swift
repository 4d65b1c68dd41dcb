import Foundation

/// A workbook as a flat OpenDocument spreadsheet (.fods, one XML file) that LibreOffice Calc
/// prints to PDF: each sheet one grid of columns (the union of its tables' column edges),
/// table cells merged across the grid columns they cover, codes ("03") as text cells, amounts
/// as number cells with a Turkish number format (or as formatted text), borders and shading as
/// cell styles, rows as high as their wrapped text, manual page breaks, and a page set up
/// without header or footer, fitted to the page's width.
struct FlatODS {
    let look: SheetLook
    /// Amounts with kuruş, and the currency printed with them (the number format's).
    let kurus: Bool
    let currency: Currency

    init(look: SheetLook, arrangement: Arrangement) {
        self.look = look
        kurus = arrangement.kurus
        currency = arrangement.currency
    }

    // MARK: Cells and rows

    private enum Content {
        case empty
        case text(String)
        /// A bold label before plain text in one cell ("A1" "Şehrimizin …").
        case labelled(String, String)
        /// A number cell: its value ("5500000.00") and the text Calc prints from its format.
        case number(String, printed: String)
    }
    private enum Role: Hashable { case header, body, heading, title, cover }
    private enum Alignment: String { case start, center, end }
    private struct CellStyle: Hashable {
        var role: Role
        var bold = false
        var size: Double
        var alignment = Alignment.start
        var number = false
    }
    private struct Placed {
        var content: Content
        var columns: Int
        var rows = 1
        var style: CellStyle
    }
    private struct Row {
        var cells: [Int: Placed] = [:]
        var breakBefore = false
        /// A fixed height in centimetres (the cover's spacer); otherwise as high as its text.
        var height: Double?
    }

    /// Room Calc keeps around a cell's text, in points (its default padding and the border).
    static let cellPadding = 5.0
    /// Glyph widths in ems, on the wide side of Arial's (digits 0.556, capitals up to 0.83 bold):
    /// enough for a column's figures and its cells' longest word.
    static let capitalWidth = 0.78, glyphWidth = 0.6, punctuationWidth = 0.33
    /// Arial Narrow's glyphs against Arial's.
    static let narrowWidth = 0.82
    /// The cover's lines, in points (as the other producers' covers).
    static let coverSizes = (administration: 18.0, year: 14.0)

    // MARK: Document

    func document(_ sheets: [ArrangementSheets.Sheet]) -> String {
        var styles: [CellStyle] = []
        func styleName(_ style: CellStyle) -> String {
            if let k = styles.firstIndex(of: style) { return "ce\(k + 1)" }
            styles.append(style)
            return "ce\(styles.count)"
        }
        var tables: [String] = []
        var columnWidths: [Double] = []
        func columnStyle(_ width: Double) -> String {
            let rounded = (width * 1000).rounded() / 1000
            if let k = columnWidths.firstIndex(of: rounded) { return "co\(k + 1)" }
            columnWidths.append(rounded)
            return "co\(columnWidths.count)"
        }
        for sheet in sheets {
            let (grid, rows) = layOut(sheet)
            var xml = ["<table:table table:name=\"\(escaped(sheet.name))\" table:style-name=\"ta1\">"]
            xml += zip(grid, grid.dropFirst()).map { "<table:table-column table:style-name=\"\(columnStyle(($1 - $0) * look.textWidth))\"/>" }
            var covered = Set<[Int]>()
            for (r, row) in rows.enumerated() {
                let rowStyle = row.height != nil ? "ro3" : row.breakBefore ? "ro2" : "ro1"
                var cells = ""
                for g in 0..<(grid.count - 1) {
                    if let cell = row.cells[g] {
                        for dr in 0..<cell.rows { for dg in 0..<cell.columns where dr > 0 || dg > 0 { covered.insert([r + dr, g + dg]) } }
                        cells += self.cell(cell, style: styleName(cell.style))
                    } else if covered.contains([r, g]) {
                        cells += "<table:covered-table-cell/>"
                    } else {
                        cells += "<table:table-cell/>"
                    }
                }
                xml.append("<table:table-row table:style-name=\"\(rowStyle)\">\(cells)</table:table-row>")
            }
            xml.append("</table:table>")
            tables.append(xml.joined(separator: "\n"))
        }
        let spacer = rowsSpacer
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document \(Self.namespaces) office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
            <office:font-face-decls><style:font-face style:name="\(look.family.rawValue)" svg:font-family="'\(look.family.rawValue)'"/></office:font-face-decls>
            <office:styles>
            \(numberStyle)
            <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="\(look.family.rawValue)" fo:font-size="\(look.fontSize)pt"/></style:style>
            </office:styles>
            <office:automatic-styles>
            <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="\(look.pageWidth)cm" fo:page-height="\(look.pageHeight)cm" style:print-orientation="\(look.landscape ? "landscape" : "portrait")" fo:margin-top="\(SheetLook.topMargin)cm" fo:margin-bottom="\(SheetLook.topMargin)cm" fo:margin-left="\(SheetLook.sideMargin)cm" fo:margin-right="\(SheetLook.sideMargin)cm" style:print="objects charts drawings zero-values" style:scale-to-X="1" style:scale-to-Y="0"/><style:header-style/><style:footer-style/></style:page-layout>
            \(columnWidths.enumerated().map { "<style:style style:name=\"co\($0.offset + 1)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\($0.element)cm\"/></style:style>" }.joined(separator: "\n"))
            <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
            <style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="page"/></style:style>
            <style:style style:name="ro3" style:family="table-row"><style:table-row-properties style:row-height="\(spacer)cm" style:use-optimal-row-height="false"/></style:style>
            <style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
            <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
            \(styles.enumerated().map { cellStyle($0.element, name: "ce\($0.offset + 1)") }.joined(separator: "\n"))
            </office:automatic-styles>
            <office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1"><style:header style:display="false"/><style:header-left style:display="false"/><style:footer style:display="false"/><style:footer-left style:display="false"/></style:master-page></office:master-styles>
            <office:body><office:spreadsheet>
            \(tables.joined(separator: "\n"))
            </office:spreadsheet></office:body></office:document>

            """
    }

    /// The cover's space above its lines: a third of the page.
    private var rowsSpacer: Double { ((look.pageHeight - 2 * SheetLook.topMargin) / 3 * 100).rounded() / 100 }

    private static let namespaces = [
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0", "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    ].sorted { $0.key < $1.key }.map { "xmlns:\($0.key)=\"\($0.value)\"" }.joined(separator: " ")

    /// "#.##0" or "#.##0,00" in Turkish (dots between thousands), with the arrangement's currency.
    private var numberStyle: String {
        let decimals = kurus ? 2 : 0
        let number = "<number:number number:decimal-places=\"\(decimals)\" number:min-decimal-places=\"\(decimals)\" number:min-integer-digits=\"1\" number:grouping=\"true\"/>"
        let (prefix, suffix) = currency == .liraSign ? ("<number:text>₺</number:text>", "") : currency == .suffixTL ? ("", "<number:text> TL</number:text>") : ("", "")
        return "<number:number-style style:name=\"N1\" number:language=\"tr\" number:country=\"TR\">\(prefix)\(number)\(suffix)</number:number-style>"
    }

    private func cellStyle(_ style: CellStyle, name: String) -> String {
        var cell = ["fo:wrap-option=\"wrap\"", "style:text-align-source=\"fix\""]
        let table = style.role == .header || style.role == .body
        if table {
            let line = "0.75pt solid #000000"
            switch look.rules {
            case .grid: cell.append("fo:border=\"\(line)\"")
            case .rules: cell += ["fo:border-top=\"\(line)\"", "fo:border-bottom=\"\(line)\""]
            case .none: if style.role == .header { cell.append("fo:background-color=\"#e6e6e6\"") }
            }
        }
        cell.append("style:vertical-align=\"\(style.role == .header || style.role == .cover ? "middle" : look.bottomAligned ? "bottom" : "top")\"")
        let text = "fo:font-size=\"\(style.size)pt\"" + (style.bold ? " fo:font-weight=\"bold\"" : "")
        return "<style:style style:name=\"\(name)\" style:family=\"table-cell\" style:parent-style-name=\"Default\"\(style.number ? " style:data-style-name=\"N1\"" : "")>"
            + "<style:table-cell-properties \(cell.joined(separator: " "))/>"
            + "<style:paragraph-properties fo:text-align=\"\(style.alignment.rawValue)\"/>"
            + "<style:text-properties \(text)/></style:style>"
    }

    private func cell(_ cell: Placed, style: String) -> String {
        var attributes = "table:style-name=\"\(style)\""
        if cell.columns > 1 { attributes += " table:number-columns-spanned=\"\(cell.columns)\"" }
        if cell.rows > 1 { attributes += " table:number-rows-spanned=\"\(cell.rows)\"" }
        switch cell.content {
        case .empty:
            return "<table:table-cell \(attributes)/>"
        case .text(let text):
            return "<table:table-cell \(attributes) office:value-type=\"string\"><text:p>\(escaped(text))</text:p></table:table-cell>"
        case .labelled(let label, let text):
            return "<table:table-cell \(attributes) office:value-type=\"string\"><text:p><text:span text:style-name=\"T1\">\(escaped(label))</text:span> \(escaped(text))</text:p></table:table-cell>"
        case .number(let value, let printed):
            return "<table:table-cell \(attributes) office:value-type=\"float\" office:value=\"\(value)\"><text:p>\(escaped(printed))</text:p></table:table-cell>"
        }
    }

    // MARK: Layout

    /// The sheet's grid (column edges as fractions of the text width) and its rows.
    private func layOut(_ sheet: ArrangementSheets.Sheet) -> (grid: [Double], rows: [Row]) {
        let parts = sheet.parts.map { part -> ArrangementSheets.Part in
            if case .table(let spec) = part { return .table(fitted(spec)) }
            return part
        }
        var edges: Set<Double> = [0, 1]
        for case .table(let spec) in parts { edges.formUnion(Self.edges(spec)) }
        let grid = edges.sorted()
        let all = grid.count - 1
        func index(_ edge: Double) -> Int { grid.firstIndex(of: edge) ?? 0 }

        var rows: [Row] = []
        var breakNext = false
        func append(_ row: Row) {
            var row = row
            if breakNext { row.breakBefore = true; breakNext = false }
            rows.append(row)
        }
        let size = look.fontSize
        for part in parts {
            switch part {
            case .pageBreak:
                breakNext = true
            case .cover(let administration, let year):
                append(Row(height: rowsSpacer))
                for (text, points) in [(administration, Self.coverSizes.administration), (year, Self.coverSizes.year)] {
                    append(Row(cells: [0: Placed(content: .text(text), columns: all,
                                                 style: CellStyle(role: .cover, bold: true, size: points, alignment: .center))]))
                }
            case .heading(let label, let text, let level):
                let style = CellStyle(role: .heading, bold: level != .heading, size: size + (level == .aim ? 2.5 : 2))
                append(Row(cells: [0: Placed(content: style.bold ? .text("\(label) \(text)") : .labelled(label, text), columns: all, style: style)]))
            case .title(let text):
                append(Row(cells: [0: Placed(content: .text(text), columns: all,
                                             style: CellStyle(role: .title, bold: true, size: size + 1.5, alignment: .center))]))
            case .table(let spec):
                let edges = Self.edges(spec)
                func span(_ columns: Range<Int>) -> (start: Int, count: Int) {
                    let start = index(edges[columns.lowerBound])
                    return (start, index(edges[columns.upperBound]) - start)
                }
                let first = rows.count
                for _ in 0..<spec.headerRowCount { append(Row()) }
                for cell in spec.header {
                    let (start, count) = span(cell.columns)
                    rows[first + cell.rows.lowerBound].cells[start] = Placed(
                        content: .text(cell.text), columns: count, rows: cell.rows.count,
                        style: CellStyle(role: .header, bold: true, size: size, alignment: .center))
                }
                // A column no header cell covers (a code column under no title) is an empty header cell.
                for r in 0..<spec.headerRowCount {
                    for c in spec.columnWidths.indices where !spec.header.contains(where: { $0.rows.contains(r) && $0.columns.contains(c) }) {
                        let (start, count) = span(c..<(c + 1))
                        rows[first + r].cells[start] = Placed(content: .empty, columns: count,
                                                              style: CellStyle(role: .header, bold: true, size: size, alignment: .center))
                    }
                }
                for tableRow in spec.rows {
                    var row = Row()
                    for c in spec.columnWidths.indices where !tableRow.cells.contains(where: { $0.columns.contains(c) }) {
                        let (start, count) = span(c..<(c + 1))
                        row.cells[start] = Placed(content: .empty, columns: count, style: CellStyle(role: .body, size: size))
                    }
                    for cell in tableRow.cells {
                        let (start, count) = span(cell.columns)
                        let alignment: Alignment = cell.alignment == .trailing ? .end : cell.alignment == .centre ? .center : .start
                        let number = cell.alignment == .trailing ? numberValue(cell.text) : nil
                        row.cells[start] = Placed(content: number.map { .number($0, printed: cell.text) } ?? .text(cell.text), columns: count,
                                                  style: CellStyle(role: .body, bold: tableRow.bold, size: size, alignment: alignment,
                                                                   number: number != nil))
                    }
                    append(row)
                }
                append(Row())
            }
        }
        return (grid, rows)
    }

    /// A table's column edges as fractions of the text width, rounded so that two tables'
    /// edges a hair apart are one edge of the grid.
    private static func edges(_ spec: TableSpec) -> [Double] {
        var edges = [0.0]
        for width in spec.columnWidths { edges.append(edges[edges.count - 1] + width) }
        return edges.map { ($0 * Self.edgeSteps).rounded() / Self.edgeSteps }
    }
    /// Edges fall on 1/200ths of the text width (about a millimetre).
    static let edgeSteps = 200.0

    /// The spec with every column but the name's at least as wide as its widest figure and its
    /// cells' longest word, the width taken from the name column: as an analyst widens a column
    /// Calc would print "###" in or break a word in (and as a browser sizes a table's columns).
    private func fitted(_ spec: TableSpec) -> TableSpec {
        var copy = spec
        guard spec.columnWidths.count > 1 else { return spec }
        let em = look.fontSize * (look.family == .narrow ? Self.narrowWidth : 1)
        func width<S: StringProtocol>(_ text: S) -> Double {
            text.reduce(0) { $0 + ($1.isUppercase ? Self.capitalWidth : $1.isLetter || $1.isNumber ? Self.glyphWidth : Self.punctuationWidth) } * em
        }
        func longestWord(_ text: String) -> Double { text.split(separator: " ").map { width($0) }.max() ?? 0 }
        let textWidthPoints = look.textWidth / 2.54 * 72
        for c in spec.columnWidths.indices where c != spec.nameColumn {
            var longest = 0.0
            for cell in spec.header where cell.columns == c..<(c + 1) { longest = max(longest, longestWord(cell.text)) }
            for row in spec.rows {
                for cell in row.cells where cell.columns == c..<(c + 1) {
                    longest = max(longest, cell.alignment == .leading ? longestWord(cell.text) : width(cell.text))
                }
            }
            let needed = (longest + Self.cellPadding) / textWidthPoints
            if needed > copy.columnWidths[c] {
                copy.columnWidths[spec.nameColumn] -= needed - copy.columnWidths[c]
                copy.columnWidths[c] = needed
            }
        }
        return copy
    }

    /// The value of an amount printed as the arrangement prints amounts ("5.500.000,00 TL"),
    /// for a number cell whose format prints it alike; nil for anything else (text stays text).
    private func numberValue(_ text: String) -> String? {
        guard look.figures == .numbers else { return nil }
        var body = Substring(text)
        switch currency {
        case .none: break
        case .suffixTL:
            guard body.hasSuffix(" TL") else { return nil }
            body = body.dropLast(3)
        case .liraSign:
            guard body.hasPrefix("₺") else { return nil }
            body = body.dropFirst()
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (parts.count == 2) == kurus, parts.count <= 2, parts.last.map({ !kurus || $0.count == 2 }) ?? false else { return nil }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              !(head.first == "0" && (head.count > 1 || groups.count > 1)),
              parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return groups.joined() + (kurus ? "." + parts[1] : "")
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
