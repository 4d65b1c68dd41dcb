/// How a producer writes the same text at the level of characters: what Word, Excel,
/// LibreOffice and InDesign put into a PDF's text where the samples hold plain letters,
/// spaces and dots. The canvas draws every line through `drawn(_:)` (`PDFCanvas`), and the
/// typesetter writes amounts through `amount(_:)`; what the reader must read stays the gold's.
enum TextQuirk: String, CaseIterable, Sendable {
    /// The characters as typed.
    case none
    /// Typographic ligatures: "fi", "fl", "ff", "ffi", "ffl" drawn as one glyph. The regular
    /// face's text is the ligature's own character (U+FB01 …, InDesign, Word with ligatures on);
    /// the bold face's ToUnicode maps the one glyph to its letters ("fi": two characters, one box).
    case ligatures
    /// Spaces of other kinds: every second space between words a no-break space (U+00A0) or a
    /// narrow one (U+202F) in turn, thousands grouped with a narrow no-break space
    /// ("5 500 000,00", a Number format with a space separator), and a word hyphenated at a
    /// line's end drawn with a soft hyphen (U+00AD) as its hyphen.
    case spacing
    /// The currency before the amount ("TL 5.500.000,00"), and zeros the arrangement prints as
    /// a dash printed as an em dash ("—").
    case currency
    /// Turkish letters made the non-Turkish way: words in capitals upper-cased without the
    /// dotted capital ("PERFORMANS HEDEFI", "KAYSERI"), and "İ" in other words written decomposed,
    /// "I" + combining dot above (U+0307).
    case latinCase
    /// Titles (display faces) tracked `subsetTracking` em whatever the producer's habit: their
    /// Turkish capitals come from cairo's second font subset, parted from their word's letters
    /// by the tracking alone ("HEDEF" | "İ").
    case subsetTracked

    /// The tracking of `subsetTracked` titles, in em: where poppler joins a word's letters of
    /// one font itself but parts a letter of another at the same gap.
    static let subsetTracking = 0.25
    /// The narrow no-break space that groups thousands in `spacing`.
    static let thousandsSpace = "\u{202F}"

    /// The ligatures, longest first, with the single character each is drawn as.
    static let ligatureCharacters: [(letters: String, ligature: Character)] = [
        ("ffi", "\u{FB03}"), ("ffl", "\u{FB04}"), ("ff", "\u{FB00}"), ("fi", "\u{FB01}"), ("fl", "\u{FB02}"),
    ]

    /// A line as the producer draws it: the characters of its glyphs, one each. For
    /// `ligatures`, a ligature character stands for its letters (drawn with their text where
    /// `PDFCanvas` maps it back); for `spacing`, a line ending in a hyphen after a letter (a word
    /// broken at the line's end) ends in a soft hyphen. A `turned` line (a vertical header cell)
    /// keeps its "İ" composed: poppler parts turned text at a combining mark, each letter a line
    /// of its own (a limit left: the reader cannot put such a cell together).
    func drawn(_ line: String, turned: Bool = false) -> String {
        switch self {
        case .none, .currency, .subsetTracked:
            return line
        case .ligatures:
            var out = ""
            var rest = Substring(line)
            while let first = rest.first {
                if let (letters, ligature) = Self.ligatureCharacters.first(where: { rest.hasPrefix($0.letters) }) {
                    out.append(ligature)
                    rest = rest.dropFirst(letters.count)
                } else {
                    out.append(first)
                    rest = rest.dropFirst()
                }
            }
            return out
        case .spacing:
            var out = ""
            var spaces = 0
            for character in line {
                guard character == " " else { out.append(character); continue }
                spaces += 1
                out += spaces % 2 == 0 ? " " : spaces % 4 == 1 ? "\u{A0}" : "\u{202F}"
            }
            if out.hasSuffix("-"), out.dropLast().last?.isLetter == true { out = out.dropLast() + "\u{AD}" }
            return out
        case .latinCase:
            return line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                let letters = word.filter(\.isLetter)
                if letters.count > 1 && letters.allSatisfy(\.isUppercase) {
                    return String(word.map { $0 == "İ" ? "I" : $0 })
                }
                return turned ? String(word) : word.replacingOccurrences(of: "İ", with: "I\u{307}")
            }.joined(separator: " ")
        }
    }

    /// The letters a ligature character stands for, if it is one.
    static func letters(of character: Character) -> String? {
        ligatureCharacters.first { $0.ligature == character }?.letters
    }

    /// An amount's figure as this producer prints it: `figure` is the Turkish one ("5.500.000,00").
    func figure(_ figure: String) -> String {
        switch self {
        case .spacing: return figure.replacingOccurrences(of: ".", with: Self.thousandsSpace)
        case .currency: return "TL " + figure
        default: return figure
        }
    }

    /// A zero printed as a dash, as this producer prints it.
    var dash: String { self == .currency ? "—" : "-" }
}
