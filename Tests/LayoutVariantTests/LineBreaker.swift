/// Breaks a cell's text into lines that fit its width, at spaces, as a word processor
/// wraps text in a table cell. A word wider than the cell stays whole on its own line.
enum LineBreaker {
    static func lines(_ text: String, width: Double, font: TypeFace, canvas: PDFCanvas) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || canvas.width(of: candidate, in: font) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Letters a hyphenated word keeps on either side of its break, as word processors'
    /// hyphenation zones leave at least two or three ("Perfor-" / "mans", never "P-" / "erformans").
    static let hyphenMinimum = 3

    /// Lines as `lines` wraps them, but with automatic hyphenation (Word, InDesign): a word that
    /// does not fit the line's end is broken at its last syllable boundary that leaves the line
    /// within the width, with a hyphen; its rest starts the next line (and may break again).
    static func hyphenatedLines(_ text: String, width: Double, font: TypeFace, canvas: PDFCanvas) -> [String] {
        var lines: [String] = []
        var current = ""
        var words = text.split(separator: " ").map(String.init).reversed() as [String]
        while let word = words.popLast() {
            let candidate = current.isEmpty ? word : current + " " + word
            if canvas.width(of: candidate, in: font) <= width || (current.isEmpty && syllableBreaks(word).isEmpty) {
                current = candidate
                continue
            }
            let lead = current.isEmpty ? "" : current + " "
            if let cut = syllableBreaks(word).last(where: { canvas.width(of: lead + word.prefix($0) + "-", in: font) <= width }) {
                lines.append(lead + word.prefix(cut) + "-")
                current = ""
                words.append(String(word.dropFirst(cut)))
            } else {
                lines.append(current)
                current = ""
                words.append(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Where a word of letters only may be broken, in letters from its start: before a
    /// consonant followed by a vowel (Turkish syllables: "Per-for-mans"), leaving
    /// `hyphenMinimum` letters on either side. A word with digits or marks is never broken.
    static func syllableBreaks(_ word: String) -> [Int] {
        let letters = Array(word)
        guard letters.allSatisfy(\.isLetter), letters.count >= 2 * hyphenMinimum else { return [] }
        let vowels = Set("aeıioöuüAEIİOÖUÜâîûÂÎÛ")
        return (hyphenMinimum...(letters.count - hyphenMinimum)).filter { k in
            !vowels.contains(letters[k]) && k + 1 < letters.count && vowels.contains(letters[k + 1])
        }
    }
}

/// What a document printed where a word processor hyphenated a cell's text: the cell's text
/// and the text the contract reads from its lines (`WrappedText.join`: "Perfor-" + "mans" is
/// "Perfor-mans"), in print order, so that a variant's expected program says what is printed.
/// A field printed in several places must read alike in all (the reader may take any): cells
/// where it would not are set without hyphens (`withheld`, `ArrangementTypesetter.write`).
final class HyphenatedTexts {
    private(set) var printed: [(text: String, read: String)] = []
    /// Cell texts set without hyphenation.
    let withheld: Set<String>

    init(withheld: Set<String> = []) {
        self.withheld = withheld
    }

    func record(_ text: String, lines: [String]) {
        var read = ""
        for line in lines {
            if read.isEmpty { read = line } else if read.hasSuffix("-"), read.dropLast().last?.isLetter == true, line.first?.isLetter == true {
                read += line
            } else { read += " " + line }
        }
        printed.append((text, read))
    }

    /// A field's text as first printed: where the first cell that holds it whole (alone, or
    /// after a code or before more words) broke its words, with those hyphens.
    func read(_ field: String) -> String {
        guard !field.isEmpty else { return field }
        return printed.lazy.compactMap { Self.form(of: field, text: $0.text, read: $0.read) }.first ?? field
    }

    /// The cell texts that print one of `fields` in more than one form, with the cells already withheld.
    func ambiguous(fields: [String]) -> Set<String> {
        var out = withheld
        for field in Set(fields) where !field.isEmpty {
            var forms: [String: [String]] = [:]
            for (text, read) in printed {
                if let form = Self.form(of: field, text: text, read: read) { forms[form, default: []].append(text) }
            }
            if forms.count > 1 { out.formUnion(forms.values.joined()) }
        }
        return out
    }

    /// The field as a cell printed it, where the cell's text holds it as whole words. The read
    /// text is the cell's with hyphens inserted: walk both and keep the field's span.
    private static func form(of field: String, text: String, read: String) -> String? {
        guard let range = wholeWords(field, in: text) else { return nil }
        guard text != read else { return field }
        var out = ""
        var r = read.startIndex
        for (offset, c) in text.enumerated() {
            while r < read.endIndex, read[r] != c, read[r] == "-" {
                if offset > range.lowerBound && offset < range.upperBound { out.append("-") }
                r = read.index(after: r)
            }
            if range.contains(offset) { out.append(c) }
            if r < read.endIndex { r = read.index(after: r) }
        }
        return out
    }

    /// The character offsets of `field` in `text` where it stands as whole words.
    private static func wholeWords(_ field: String, in text: String) -> Range<Int>? {
        let t = Array(text), f = Array(field)
        guard f.count <= t.count else { return nil }
        for start in 0...(t.count - f.count) where Array(t[start..<(start + f.count)]) == f {
            let end = start + f.count
            if (start == 0 || t[start - 1] == " ") && (end == t.count || t[end] == " ") { return start..<end }
        }
        return nil
    }
}
