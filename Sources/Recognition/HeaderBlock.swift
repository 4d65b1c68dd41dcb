import Dataset
import PageLayout
import TableGeometry

/// A table header can span several rows: a group row printed in a row of its own above the
/// column names (“Kaynak İhtiyacı 2024 (TL)”, “Ekonomik Kod 2024 (TL)”), separated by a gap
/// or a rule. These helpers put such rows back into one header band.
enum HeaderBlock {
    /// A header with fewer columns than this is only a group row; the column names follow.
    static let minimumColumns = 3
    /// A group row named by its year alone (“2024”, “2024 Yılı (TL)”) is this short.
    static let maximumYearGroupWords = 5

    /// Group headers side by side, centred at different heights (“Ekonomik” / “Kod (TL)” beside
    /// “Kaynak İhtiyacı (TL) 2024”), make a row of several lines but few words: no more than this.
    static let maximumGroupWords = 12

    /// A one-line row with no amounts and no row code that names a group of columns; with
    /// `severalLines`, also a short row of several lines (such a row is left out of the table
    /// above it, but not merged into the header below: its lines would be taken for columns).
    static func isGroupRow(_ band: RowBand, severalLines: Bool = false) -> Bool {
        guard band.lines.count == 1 || (severalLines && band.words.count <= maximumGroupWords),
              !GoalTableReader.hasAmounts(band), let first = band.words.first else { return false }
        // A row of years alone (“2021 2022 2023 2024 2025”) stands over the kinds of value, and a
        // row of kinds alone (“Gerçekleşme Tahmini Hedeflenen”) over the years.
        let yearsOnly = band.words.allSatisfy { Int($0.text).map(ProgramYear.isPlausible) ?? false }
        if yearsOnly || namesKindsAlone(band) || RelativeYear.namesYearsAlone(band) { return true }
        guard !RowKey.isCode(first.text) else { return false }
        let f = band.folded
        // A caption line naming the program over a table (“… Yılı Performans Programı – Faaliyetler ve
        // Kaynak İhtiyacı”, a list's) names no group of its columns, whatever words it shares with one.
        guard !Lexicon.names(.performanceProgram, .text, f, .within) else { return false }
        let hasYear = f.split(separator: " ").contains { Int($0).map(ProgramYear.isPlausible) ?? false }
        guard Lexicon.names(.resources, .columnHeader, f, .within) || Lexicon.names(.economicCode, .columnHeader, f, .within)
            || (hasYear && band.words.count <= maximumYearGroupWords) else { return false }
        // A level's labelled row right above a header (“Hedef” | “H11.2” | “Mevcut kaynakları …”)
        // names the goal's context, whatever word of a group its text holds (“kaynak”).
        return !namesLevel(band)
    }

    /// Whether a row is an aim's, target's or goal's labelled row.
    static func namesLevel(_ band: RowBand) -> Bool {
        LabelledRow.read(band).map { GoalContext.levels.contains($0.label) } ?? false
    }

    /// The kinds of an indicator's values (Gerçekleşen, Tahmin, Hedef).
    static let valueKinds: [Lexicon.Concept] = [.pastActual, .estimate, .targetValue]

    /// A row of value kinds alone, at least two of its words, each a kind's whole word
    /// (“Gerçekleşme Tahmini Hedeflenen”): the group row over the years under it.
    static func namesKindsAlone(_ band: RowBand) -> Bool {
        band.words.count >= 2 && band.words.allSatisfy { w in
            let f = Lexicon.fold(w.text)
            return valueKinds.contains { Lexicon.names($0, .columnHeader, f, .whole) }
        }
    }

    /// The rows as one header band; its vertical rules are those every row draws (a group row's
    /// spanning cell draws none under it, so a rule of the rows below does not part its words).
    static func merged(_ bands: [RowBand]) -> RowBand {
        // One row is its own header (and keeps what was asked of it).
        if bands.count == 1 { return bands[0] }
        let words = bands.flatMap(\.words)
        let tolerance = ColumnBoundaries.ruleAlignmentFraction * (words.map(\.scale).max() ?? 0)
        let rules = bands.dropFirst().reduce(bands[0].verticalRules) { kept, band in
            kept.filter { x in band.verticalRules.contains { abs($0 - x) <= tolerance } }
        }
        return RowBand(page: bands[0].page, lines: bands.flatMap(\.lines), separatedBy: bands[0].separatedBy, verticalRules: rules,
                       crossingRules: bands.flatMap(\.crossingRules))
    }

    /// The header starting at `index`: with the group row above it (same page) and, when
    /// the row at `index` is itself only a group row, the row of column names below it.
    /// Returns the header band and the range of `bands` it covers.
    /// A row that opens with a row's code set as one (“PG1.2.1”, “F1”, “1.1”) is data, not a
    /// header's second row, whatever figures it holds (“- 100” are no amounts).
    static func opensWithRowCode(_ band: RowBand) -> Bool {
        guard let first = band.lines.first?.words.first?.text else { return false }
        return RowKey.isCode(first) && RowKey.isInlineCode(first)
    }

    /// A heading set over a table's header naming what the table holds (“Performans Göstergeleri”
    /// over “2022 2023 2024” and “Kod | Performans Göstergesi | …”, “Faaliyetler” over “Kaynak
    /// İhtiyacı (TL)” and “No | Faaliyet / Proje | Bütçe | …”): one line of one cell, no amounts,
    /// over a header (past its group row) that names the same table itself with its columns. The
    /// heading is no header row: its words would make a column of their own. The index of the
    /// header under it, or nil when the row at `i` is no such heading.
    static func headerUnderHeading(_ bands: ArraySlice<RowBand>, at i: Int, isHeader: (RowBand) -> Bool) -> Int? {
        let band = bands[i]
        guard band.lines.count == 1, band.words.count <= maximumHeadingWords, !GoalTableReader.hasAmounts(band),
              LabelledRow.firstRiver(band.words.sorted { $0.box.x0 < $1.box.x0 }) == nil else { return nil }
        // The header right under it, or under its group row (which may name the table's concept too:
        // “No | Faaliyet ve Projeler | Kaynak İhtiyacı (TL)” over the sources is the header itself).
        func header(_ k: Int) -> Bool { k < bands.endIndex && bands[k].page == band.page && isHeader(bands[k]) }
        var k = i + 1
        if !header(k), k < bands.endIndex, bands[k].page == band.page, isGroupRow(bands[k]) { k += 1 }
        guard header(k), !GoalTableReader.hasAmounts(bands[k]) else { return nil }
        // A header of its columns: enough of them in its row, or a lower row under it naming the rest
        // (not a body row, which a header of few columns would take in: a heading over a table cut
        // off at the page's edge is left as it was).
        let below = k + 1 < bands.endIndex && bands[k + 1].page == band.page && !GoalTableReader.hasAmounts(bands[k + 1])
            && (isUnitsRow(bands[k + 1]) || isLowerRow(bands[k + 1], under: bands[k]))
        return below || bands[k].headerColumns.count >= minimumColumns ? k : nil
    }
    /// A heading over a table names it in a few words.
    static let maximumHeadingWords = 4

    static func header(in bands: ArraySlice<RowBand>, at index: Int, lowerBound: Int) -> (RowBand, Range<Int>) {
        var start = index
        var end = index + 1
        if start - 1 >= max(lowerBound, bands.startIndex), bands[start - 1].page == bands[index].page, isGroupRow(bands[start - 1]) {
            start -= 1
        }
        // The row below is asked about first: reading the columns is the costliest question.
        if end < bands.endIndex, bands[end].page == bands[index].page, !GoalTableReader.hasAmounts(bands[end]),
           !opensWithRowCode(bands[end]),
           bands[index].headerColumns.count < minimumColumns || isUnitsRow(bands[end]) || isLowerRow(bands[end], under: bands[index]) {
            end += 1
        } else if end < bands.endIndex, let lower = lowerRowAcrossPageBreak(bands[end], under: bands[index]) {
            // The header's lower row opens the next page, its upper row ended the page before.
            return (merged(Array(bands[start...index]) + [lower]), start..<(end + 1))
        }
        return (merged(Array(bands[start..<end])), start..<end)
    }

    /// A header cut by the page break between its two rows (a browser breaks a table so,
    /// repeating neither): the page's last row is the header's upper row, and the next page's
    /// first row, holding nothing under its first column, no amounts, code or count, its lower
    /// row (“Bütçe | Bütçe Dışı | Toplam” under “Faaliyetler | Kaynak İhtiyacı 2024 (TL)”). That
    /// row, set right under the upper one, as the page would have printed it; nil if it is none.
    static func lowerRowAcrossPageBreak(_ band: RowBand, under header: RowBand) -> RowBand? {
        guard band.page == header.page + 1, band.separatedBy == .pageStart, !GoalTableReader.hasAmounts(band),
              !opensWithRowCode(band), isLowerRow(band, under: header) else { return nil }
        let dy = header.box.y1 - band.box.y0
        let moved = band.lines.map { line in
            TextLine(words: line.words.map { w in
                Word(text: w.text, box: Rect(x0: w.box.x0, y0: w.box.y0 + dy, x1: w.box.x1, y1: w.box.y1 + dy),
                     fontSize: w.fontSize, isBold: w.isBold, rotation: w.rotation)
            })
        }
        return RowBand(page: header.page, lines: moved, separatedBy: band.separatedBy, verticalRules: band.verticalRules)
    }

    /// A header cell merged over two header rows and set at their top (Word's default) leaves
    /// the lower row's part of its column blank, and a gap may part the rows: a row under a
    /// header that holds nothing under the header's first column is the header's lower row
    /// (“Gerçekleşen Tahmin Hedef” under “Performans Göstergeleri 2022 2023 2024”, “Döner Sermaye
    /// …” under “Ekonomik Kod … Bütçe Dışı Kaynak …”). A body row starts in its key column, or,
    /// its first cell blank (an indicator printed without its number), holds counts: a lower row
    /// names columns, and its only figures are years (“2022 2023 2024”) or economic codes (“03”).
    static func isLowerRow(_ band: RowBand, under header: RowBand) -> Bool {
        guard let left = band.words.map(\.box.x0).min(), let first = header.headerColumns.first, left > first.x1 else { return false }
        return !band.words.contains { isCount($0.text) }
    }

    /// The units of the columns above, alone on a row: “TL | Pay | TL | Pay” under “Bütçe İçi |
    /// Bütçe Dışı | Toplam” (each source a group over its amount and its share), “(TL) (%)”.
    /// Every word names a currency or a share, so the row is the header's lower row however its
    /// words stand under the columns (the first unit may sit left of the first group's edge).
    static func isUnitsRow(_ band: RowBand) -> Bool {
        band.words.count >= 2 && band.words.allSatisfy { w in
            let f = Lexicon.fold(w.text)
            // “(%)” folds to nothing: a percent sign is a share's unit.
            if f.isEmpty { return w.text.contains("%") }
            return unitConcepts.contains { Lexicon.names($0, .columnHeader, f, .whole) }
        }
    }

    /// What a units row's words name.
    static let unitConcepts: [Lexicon.Concept] = [.currency, .share]

    /// A whole number that is neither a year nor an economic code, with or without a percent sign
    /// (“12”, “%20”): a figure of a body row.
    static func isCount(_ text: String) -> Bool {
        let digits = text.hasPrefix("%") ? String(text.dropFirst()) : text.hasSuffix("%") ? String(text.dropLast()) : text
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }), let n = Int(digits) else { return false }
        return !ProgramYear.isPlausible(n) && EconomicCode(rawValue: digits) == nil
    }

    /// The header found (`found`, as `header(in:at:lowerBound:)` gives it), or, when it is cut by
    /// the page break, its part on the next page: a spreadsheet breaks a page between a header's
    /// rows and prints the cells spanning both on each page, so the part over the body (a band
    /// `isHeader` knows, first on the next page) names the columns; a browser's repeated header
    /// over a table that starts at the foot of a page is the same header again.
    static func continued(_ found: (RowBand, Range<Int>), in bands: ArraySlice<RowBand>,
                          isHeader: (RowBand) -> Bool) -> (RowBand, Range<Int>) {
        let (header, covered) = found
        guard covered.upperBound < bands.endIndex, bands[covered.upperBound].page != header.page,
              isHeader(bands[covered.upperBound]) else { return found }
        return self.header(in: bands, at: covered.upperBound, lowerBound: covered.upperBound)
    }
}
