import PageLayout

/// What a table says about itself on lines of their own: a note under it (“(*) 2024 yılı
/// değerleri tahmindir.”) and, where it goes on over a page, its caption there (“Tablo 3
/// (Devamı)”, “PERFORMANS HEDEFİ TABLOSU (Devamı)”, “(devamı)”). Neither is a row, a title nor
/// a heading: such lines are left out of the document's rows (`DocumentRows`), and the table
/// goes on under them as under a page break (before, a note ended the last indicator's name and
/// a continued title opened a second goal table).
enum TableNote {
    /// A line that is a table's note or its continued caption.
    static func isLeftOut(_ line: TextLine) -> Bool { isNote(line) || isContinuedCaption(line) }

    /// A note opens with its mark, asterisks in parentheses or not (“(*)”, “*”, “**”), before its words.
    static func isNote(_ line: TextLine) -> Bool {
        guard line.words.count > 1, let mark = line.words.first?.text else { return false }
        var asterisks = 0
        for c in mark.unicodeScalars {
            if c == "*" { asterisks += 1 } else if c != "(" && c != ")" { return false }
        }
        return asterisks > 0
    }

    /// A continued table's caption ends with the continuation word in parentheses (“(Devamı)”): an
    /// activity's name ending in the word itself (“… yapımının devamı”) is no caption.
    static func isContinuedCaption(_ line: TextLine) -> Bool {
        // A word not opening with the bracket's byte opens with no bracket (most lines' last words).
        guard let last = line.words.last?.text, last.utf8.first == UInt8(ascii: "("), last.hasPrefix("("), last.hasSuffix(")") else { return false }
        return Lexicon.isWord(last, .continuation, .title)
    }
}
