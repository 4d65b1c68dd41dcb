import PageLayout
import TableGeometry

/// A row of the form “Label: value” whose label may wrap (“Stratejik / Amaç 1:”) beside a
/// value that wraps too: the label is the words left of the value's left edge.
struct LabelledRow {
    var label: Lexicon.Label
    /// What the label itself carries after its words: “1” of “Stratejik Amaç 1:”, “(1)”.
    var labelCode: String
    var value: String
    var page: Int

    /// Whether a printed word is one of the labels' own words (a stem's word with its suffix too).
    static func isLabelWord(_ word: String) -> Bool {
        let w = Lexicon.fold(word)
        return labelWords.contains { $0.stem ? w.hasPrefix($0.word) : w == $0.word }
    }
    private static let labelWords: [(word: String, stem: Bool)] = Lexicon.Label.allCases.flatMap { label in
        label.phrases.flatMap { p in
            let words = p.folded.split(separator: " ").map(String.init)
            return words.enumerated().map { k, w in (w, p.stem && k == words.count - 1) }
        }
    }

    /// The label's words end with one that ends in ":"; the value starts right of it.
    static func read(_ band: RowBand) -> LabelledRow? {
        let words = band.words
        guard let colon = words.filter({ $0.text.hasSuffix(":") }).min(by: { $0.box.x0 < $1.box.x0 }) else {
            return readWithoutColon(band)
        }
        let edge = colon.box.x1
        // The value starts at the leftmost word right of the colon; label words (which may
        // be wider than the colon word, “Performans” over “Hedefi (1):”) start left of it.
        // Words of the label's own vocabulary (“Hedef” beside a code “3.4:” under it) are
        // not the value's first words.
        // (“Stratejik Hedef” over “3.4:”): a label word continues a label word before it on
        // its line at a word space; the value's own first word “Hedef” (of “Hedef
        // kitlemizin…") follows no label word.
        func continuesLabel(_ w: Word) -> Bool {
            guard isLabelWord(w.text) else { return false }
            return words.contains { v in
                v.box.x0 < edge && v.box.x1 <= w.box.x0 && w.box.x0 - v.box.x1 <= w.scale
                    && v.box.verticalOverlap(w.box) > 0.5 * min(v.box.height, w.box.height)
            }
        }
        let valueLeft = words.filter { $0.box.x0 > edge && !continuesLabel($0) }.map(\.box.x0).min() ?? .infinity
        // The label ends with the colon word; text below it at the left margin is the value
        // wrapping to the full width of the row.
        let labelBottom = colon.box.midY + 0.5 * colon.box.height
        // A label-vocabulary word aligned with the value (“Hedef kitlemizin…”) is the value's.
        let alignment = 0.5 * colon.scale
        let labelWords = words.filter { $0.box.x0 < valueLeft - alignment && $0.box.midY <= labelBottom }
        let valueWords = words.filter { !($0.box.x0 < valueLeft - alignment && $0.box.midY <= labelBottom) }
        let labelText = LineGrouping.lines(from: labelWords).map(\.text).joined(separator: " ")
        let folded = Lexicon.fold(labelText)
        guard let label = Lexicon.Label.allCases.first(where: { Lexicon.leadingPhrase($0.concept, .rowLabel, folded) != nil }),
              let phrase = Lexicon.leadingPhrase(label.concept, .rowLabel, folded) else { return nil }
        // The code is what the label prints after its words ("1", "1.1", "(1)").
        let rawLabel = labelText.trimmingCharacters(in: .whitespaces)
        let labelWordsCount = phrase.wordCount
        let codePart = rawLabel.split(separator: " ").dropFirst(labelWordsCount).joined(separator: " ")
        var code = codePart
        while code.hasSuffix(":") { code.removeLast() }
        code = code.trimmingCharacters(in: .whitespaces)
        if let read = CodeReader.code(code) { code = read }
        else if code.hasPrefix("("), code.hasSuffix(")") { code = String(code.dropFirst().dropLast()) }
        // A colon printed twice (“Açıklamalar: : Belediyemiz…”) belongs to the label.
        var value = Substring(Cell(words: valueWords).text)
        while value.first == ":" { value = value.dropFirst().drop { $0 == " " } }
        return LabelledRow(label: label, labelCode: code.trimmingCharacters(in: .whitespaces), value: String(value), page: band.page)
            .withCodeFromValue()
    }

    /// A label set apart from its value by at least this many font sizes stands in a cell
    /// of its own: the colon left off (“Amaç” | “1 Şehrimizin…”).
    static let columnGapFraction = 1.0

    /// A row whose first words are the label of an aim, target or goal (with the code after
    /// them, if any), set apart from the rest as a cell of its own. Only these levels: other
    /// labels (“Faaliyet Adı”) open table headers too when printed without a colon.
    static func readWithoutColon(_ band: RowBand) -> LabelledRow? {
        guard let line = band.lines.first, line.words.count >= 2 else { return nil }
        let words = line.words
        let folded = Lexicon.foldEach(words.map(\.text))
        for label in GoalContext.levels {
            guard var end = Lexicon.leads(folded, at: 0, label.concept, .rowLabel) else { continue }
            func apart(_ k: Int) -> Bool { words[k].box.x0 - words[k - 1].box.x1 >= columnGapFraction * words[k].scale }
            var code = ""
            if end < words.count, !apart(end), let c = CodeReader.code(words[end].text) { code = c; end += 1 }
            guard end < words.count, apart(end) else { return nil }
            let labelWords = Set(words[..<end].map(\.box))
            let valueWords = band.words.filter { !labelWords.contains($0.box) }
            return LabelledRow(label: label, labelCode: code, value: Cell(words: valueWords).text, page: band.page)
                .withCodeFromValue()
        }
        return nil
    }

    /// An aim, target or goal whose label carries no code may print it first in the value
    /// (“Stratejik Amaç:” | “1 Şehrimizin…”, “PERFORMANS HEDEFİ: H4.1 …”).
    func withCodeFromValue() -> LabelledRow {
        guard labelCode.isEmpty, GoalContext.levels.contains(label),
              let first = value.split(separator: " ").first, let code = CodeReader.code(String(first)),
              value.split(separator: " ").count > 1 else { return self }
        // A year opening the text is the text's (“2024 yılında…”).
        if let n = Int(code), ProgramYear.isPlausible(n) { return self }
        var row = self
        row.labelCode = code
        row.value = String(value.dropFirst(first.count).drop { $0 == " " })
        return row
    }
}

import Foundation
