import PageLayout

/// Text layers written by legacy Turkish fonts, read back as the Turkish letters they print.
/// Two families are common in municipal PDFs from older producers (the reader sees the text
/// layer, not the glyphs, so "PERFORMANS HEDEFĠ" matches no phrase of the lexicon):
///
/// - `.extendedA`: a font whose ToUnicode puts Turkish capitals on Latin Extended-A neighbours —
///   "Ġ" (U+0120) for "İ", "ġ" (U+0121) for "Ş", "Ģ"/"ģ" (U+0122/U+0123) for "ş" ("BAġKANLIĞI",
///   "ĠġLETME", "geliĢtirme"); its "ı", "ğ", "ç", "ö", "ü" are right. Word 2010 with "Times
///   New Roman TUR" writes it (the table in SCgrS/PDEfe, src/renderer/metin.js: Ġ→İ, ġ→Ş, Ģ→ş,
///   ģ→ş; text copied from such PDFs on GitHub reads "geliĢtirmeye", "kiĢinin", "Ģekilde", and a
///   DergiPark PDF there prints "Ġstanbul"). Other fonts of the kind swap which of ġ/Ģ/ģ is the
///   capital, so an S-letter's case is read from its word (`sLetterCases`), not from the code point.
/// - `.latin1`: Windows-1254 (Turkish) bytes read as Latin-1, the six letters where the two code
///   pages differ: "Ý"/"ý" for "İ"/"ı", "Þ"/"þ" for "Ş"/"ş", "Ð"/"ð" for "Ğ"/"ğ" (Wikipedia,
///   Help:Turkish characters: ISO 8859-9 replaces exactly these Icelandic letters of 8859-1;
///   exedesign/FocalReader's tools/README_OCR.md repairs "ý→ı, ð→ğ, þ→ş" in Turkish PDFs).
///
/// Decided per page and per font (poppler-glib's font name, subset tag dropped) from evidence:
/// a font is repaired only where it prints no real letter of the kind its legacy letters stand
/// for (a font that writes "ş" right writes no "Ģ" for it), shows legacy letters inside at least
/// `minimumBrokenWords` words made of Turkish letters, and its text proves Turkish: it prints a
/// letter Turkish has that its family leaves right (`isKeptTurkish`), or enough of its words read
/// as Turkish words once repaired (`reads`) — two foreign names in a signature's italic
/// ("Sigurður Guðmundsson", "Ģirts Ģederts") do not. A word is repaired only where every font of
/// its legacy letters is. A word with a letter Turkish does not use ("Þórður") is left as it is.
/// Words without any legacy letter (nearly all) cost one test of their non-ASCII scalars (`isLegacy`).
enum LegacyTurkishText {
    /// The two ways legacy fonts write Turkish letters.
    enum Family: CaseIterable {
        case extendedA, latin1
    }

    /// Words with legacy letters one font must show on a page before it is repaired: one
    /// odd word is a name (an Icelandic "Ýr", a Latvian "Ģirts"), while a page set in a broken font
    /// shows its letters in many words ("ı" alone is about one letter in twenty of Turkish text,
    /// "ş" and "İ" one in fifty).
    static let minimumBrokenWords = 2
    /// Letters a word must have to count as evidence: a letter alone is no Turkish word (a list
    /// marker, a letter-spaced title's letter). Such letters are still repaired in a broken font.
    static let minimumEvidenceLetters = 2

    /// Whether `value` lies in the legacy letters' range ("Ð" U+00D0 … "ģ" U+0123): one comparison
    /// per character in the word builder's loop, which then asks `isLegacy` out of line.
    @inline(__always)
    static func mayBeLegacy(_ value: UInt32) -> Bool { value &- 0xD0 <= 0x123 - 0xD0 }

    /// Whether `value` is a scalar one of the families writes for a Turkish letter.
    @inline(__always)
    static func isLegacy(_ value: UInt32) -> Bool {
        switch value {
        case 0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE, 0x120...0x123: return true
        default: return false
        }
    }

    /// The family a legacy scalar belongs to.
    static func family(of value: UInt32) -> Family? {
        switch value {
        case 0x120...0x123: return .extendedA
        case 0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE: return .latin1
        default: return nil
        }
    }

    /// Whether `value` is a real Turkish letter that a font of `family` cannot print right and
    /// still write legacy letters: the letters the family's scalars stand for.
    static func isGenuine(_ value: UInt32, of family: Family) -> Bool {
        switch family {
        case .extendedA: return value == 0x130 || value == 0x15E || value == 0x15F  // İ Ş ş
        case .latin1: return value == 0x130 || value == 0x131 || value == 0x15E || value == 0x15F
            || value == 0x11E || value == 0x11F  // İ ı Ş ş Ğ ğ
        }
    }

    /// A letter of the Turkish alphabet (with the circumflexed vowels and q, w, x of loan words).
    static func isTurkishLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC7, 0xE7, 0xD6, 0xF6, 0xDC, 0xFC, 0xC2, 0xE2, 0xCE, 0xEE, 0xDB, 0xFB: return true  // Ç ç Ö ö Ü ü Â â Î î Û û
        case 0x11E, 0x11F, 0x130, 0x131, 0x15E, 0x15F: return true  // Ğ ğ İ ı Ş ş
        default: return false
        }
    }

    /// `.latin1`'s letters: Windows-1254's reading of the Latin-1 ones.
    static func latin1Letter(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0xDD: return "İ"
        case 0xFD: return "ı"
        case 0xDE: return "Ş"
        case 0xFE: return "ş"
        case 0xD0: return "Ğ"
        case 0xF0: return "ğ"
        default: return nil
        }
    }

    /// An S-letter of `.extendedA` (ġ Ģ ģ) whose word does not tell its case is read as the
    /// PDEfe table reads it: "ġ" the capital, "Ģ" and "ģ" the small letter.
    static func defaultIsCapital(_ value: UInt32) -> Bool { value == 0x121 }

    /// A legacy letter as the word builder found it: its word's index on the page and its font.
    struct Letter {
        var word: Int
        var font: Int32
    }

    /// Notes `ch` in `letters` when it is a legacy letter, of the word that will have index `word`.
    /// Out of line: the word builder's loop stays as small as it was (its word taken inline).
    @inline(never)
    static func note(_ ch: PlacedCharacter, word: Int, in letters: inout [Letter]) {
        if isLegacy(ch.scalar.value) { letters.append(Letter(word: word, font: ch.font)) }
    }

    /// A word holding legacy letters: its index on the page and the fonts they were drawn in.
    struct Suspect {
        var index: Int
        var fonts: [Int32]
    }

    /// The page's words with the legacy letters of broken fonts read as Turkish letters.
    /// `letters` come in the words' order; `characters` are the page's characters the words
    /// were built from (the fonts' evidence). A word is repaired only where every font its
    /// legacy letters come from earned it on its own (`isBroken`): one broken body font does not
    /// make a bold face's name ("Consultant: Ýmir") Turkish.
    /// Returns how many words were repaired: the reader names the page in its diagnostics, so an
    /// analyst knows the page's text was not the PDF's own (`DocumentReader.page`).
    @discardableResult
    static func repair(_ words: inout [Word], letters: [Letter], characters: [PlacedCharacter]) -> Int {
        var repaired = 0
        var suspects: [Suspect] = []
        for letter in letters where letter.word < words.count {
            if suspects.last?.index == letter.word { suspects[suspects.count - 1].fonts.append(letter.font) }
            else { suspects.append(Suspect(index: letter.word, fonts: [letter.font])) }
        }
        // The fonts that print some real letter of each family's kind, and those that print a
        // letter Turkish has which the family leaves right (the proof a font writes Turkish).
        var genuine: [Family: Set<Int32>] = [:]
        var turkish: [Family: Set<Int32>] = [:]
        for ch in characters where ch.scalar.value >= 0xC7 {
            for family in Family.allCases {
                if isGenuine(ch.scalar.value, of: family) { genuine[family, default: []].insert(ch.font) }
                if isKeptTurkish(ch.scalar.value, of: family) { turkish[family, default: []].insert(ch.font) }
            }
        }
        for family in Family.allCases {
            let clean = genuine[family] ?? []
            // The words of this family, all of whose legacy letters come from fonts printing no real letter of its kind.
            var candidates: [Suspect] = []
            var evidence: [Int32: Int] = [:]
            var readsTurkish: [Int32: Int] = [:]
            for suspect in suspects {
                guard let found = Letters(words[suspect.index].text), found.family == family,
                      !suspect.fonts.contains(where: clean.contains) else { continue }
                candidates.append(suspect)
                guard found.isEvidence else { continue }
                let fonts = Set(suspect.fonts)
                for font in fonts { evidence[font, default: 0] += 1 }
                if reads(words[suspect.index].text, asTurkishIn: family) {
                    for font in fonts { readsTurkish[font, default: 0] += 1 }
                }
            }
            // A font is broken when it shows its legacy letters in enough words, and its text
            // proves Turkish: it prints letters Turkish has beside them, or enough of its words
            // read as Turkish words once repaired.
            let proven = turkish[family] ?? []
            var broken = Set(evidence.compactMap { font, count -> Int32? in
                guard count >= minimumBrokenWords else { return nil }
                return proven.contains(font) || (readsTurkish[font] ?? 0) >= minimumTurkishWords ? font : nil
            })
            guard !broken.isEmpty else { continue }
            // Beside a broken font, a face that shows a single such word is broken too where it
            // prints letters Turkish has (a table cell's "BaĢkanlığı" set in a face of its own);
            // a face without them ("Consultant: Ýmir") is not.
            for font in evidence.keys where proven.contains(font) { broken.insert(font) }
            candidates.removeAll { !$0.fonts.allSatisfy(broken.contains) }
            switch family {
            case .latin1:
                repaired += candidates.count
                for suspect in candidates {
                    words[suspect.index].text = String(String.UnicodeScalarView(words[suspect.index].text.unicodeScalars.map {
                        latin1Letter($0.value) ?? $0
                    }))
                }
            case .extendedA:
                var votes = CaseVotes()
                for suspect in candidates { votes.count(words[suspect.index].text) }
                for suspect in candidates { words[suspect.index].text = readExtendedA(words[suspect.index].text, votes: votes) }
                repaired += candidates.count
            }
        }
        return repaired
    }

    /// How the reader states a page whose words it repaired (`DocumentReader.page`).
    static func note(page: Int, words: Int) -> String {
        "page \(page): \(words) word\(words == 1 ? "" : "s") of a legacy Turkish font's text layer read with Turkish letters"
            + " (\u{120}, \u{122}, \u{DD}, \u{DE}, \u{FD} … as \u{130}, \u{15E}, \u{131} …): the PDF's own text differs"
    }

    /// Words of one font that must read as Turkish once repaired (`reads`) for the font to be
    /// broken without printing a letter Turkish keeps: a foreign name or two may happen to obey
    /// Turkish vowel harmony ("Guðmundsson", "Ģederts"), a page of Turkish shows it word after word.
    static let minimumTurkishWords = 2

    /// Whether `value` is a letter Turkish writes that a font of `family` prints right beside its
    /// legacy letters: `.extendedA` keeps ı, ğ, ç, ö, ü (which Latvian and Maltese, the languages
    /// of Ġ/ġ/Ģ/ģ, do not have); `.latin1` keeps ç (Icelandic, the language of Ý/Þ/Ð, has ö but
    /// no ç, and Turkish "ç" is about one letter in a hundred).
    static func isKeptTurkish(_ value: UInt32, of family: Family) -> Bool {
        switch family {
        case .extendedA:
            switch value {
            case 0x131, 0x11E, 0x11F, 0xC7, 0xE7, 0xD6, 0xF6, 0xDC, 0xFC: return true  // ı Ğ ğ Ç ç Ö ö Ü ü
            default: return false
            }
        case .latin1: return value == 0xC7 || value == 0xE7  // Ç ç
        }
    }

    /// Whether a word of `family`, read as Turkish, is shaped as Turkish words are: its vowels
    /// agree in backness (vowel harmony: a Turkish stem and every suffix on it take front vowels
    /// e i ö ü or back ones a ı o u — "Başkanlığı", "İşletme", "geliştirilmesi"), it has at least
    /// two of them (one vowel agrees with anything), and a "ğ" follows a vowel (Turkish "ğ" only
    /// lengthens the vowel before it: "Sigurður" read as "Sigurğur" is no Turkish word).
    static func reads(_ text: String, asTurkishIn family: Family) -> Bool {
        var front = 0, back = 0
        var previousIsVowel = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            let value: UInt32
            switch family {
            case .latin1: value = latin1Letter(scalar.value)?.value ?? scalar.value
            case .extendedA: value = scalar.value == 0x120 ? 0x130 : scalar.value
            }
            var isVowel = true
            switch value {
            case 0x65, 0x45, 0x69, 0x130, 0xF6, 0xD6, 0xFC, 0xDC: front += 1  // e E i İ ö Ö ü Ü
            case 0x61, 0x41, 0x131, 0x49, 0x6F, 0x4F, 0x75, 0x55: back += 1  // a A ı I o O u U
            case 0x11E, 0x11F:
                guard previousIsVowel else { return false }
                isVowel = false
            default: isVowel = false
            }
            previousIsVowel = isVowel
        }
        return front + back >= 2 && (front == 0 || back == 0)
    }

    /// A word's letters, when they are Turkish letters and the legacy letters of one family.
    struct Letters {
        var family: Family
        var count: Int

        init?(_ text: String) {
            var found: Family? = nil
            var count = 0
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                count += 1
                if let family = LegacyTurkishText.family(of: scalar.value) {
                    if let other = found, other != family { return nil }
                    found = family
                } else if !isTurkishLetter(scalar) {
                    return nil
                }
            }
            guard let found else { return nil }
            self.family = found
            self.count = count
        }

        var isEvidence: Bool { count >= minimumEvidenceLetters }
    }

    /// The case each S-letter of `.extendedA` takes in its word, in their order, from the word's
    /// other letters after its first (the first is a capital in any title-case word): all small,
    /// small ("BaĢkanlığı"); all capitals, capital ("BAġKANLIĞI"). Nil where the word does not
    /// tell: the letter opens a word whose rest is small ("Ģekilde" or "Şube"), or no other letter
    /// after the first is cased ("ĠĢ": "İŞ" or "İş"). One count over the word, then one walk
    /// keeping the nearest cased letter (a word of n letters costs n, not n per S-letter).
    static func sLetterCases(_ letters: [Unicode.Scalar]) -> [Bool?] {
        func isCapital(_ letter: Unicode.Scalar) -> Bool { letter.value == 0x120 || letter.properties.isUppercase }
        var capitals = 0, small = 0
        for letter in letters.dropFirst() where !isSLetter(letter.value) {
            if isCapital(letter) { capitals += 1 } else if letter.properties.isLowercase { small += 1 }
        }
        var cases: [Bool?] = []
        // Mixed case: the nearest cased letter before it (after the first) decides ("ĠSKĠ'nin" hardly occurs).
        var nearest: Bool? = nil
        for (k, letter) in letters.enumerated() {
            guard isSLetter(letter.value) else {
                if k > 0 {
                    if isCapital(letter) { nearest = true } else if letter.properties.isLowercase { nearest = false }
                }
                continue
            }
            if capitals > 0 && small == 0 { cases.append(true) }
            else if small > 0 && capitals == 0 { cases.append(k > 0 ? false : nil) }
            else if capitals > 0 && small > 0 && k > 0 { cases.append(nearest) }
            else { cases.append(nil) }
        }
        return cases
    }

    static func isSLetter(_ value: UInt32) -> Bool { value >= 0x121 && value <= 0x123 }

    /// How each S-letter's code point is read where its word tells its case: a font writes one
    /// code point for each of "Ş" and "ş", so where a word does not tell, the page's others do.
    struct CaseVotes {
        private var capitals: [UInt32: Int] = [:]
        private var small: [UInt32: Int] = [:]

        mutating func count(_ text: String) {
            let letters = Array(text.unicodeScalars.filter { $0.properties.isAlphabetic })
            for (letter, context) in zip(letters.filter { isSLetter($0.value) }, sLetterCases(letters)) {
                switch context {
                case true?: capitals[letter.value, default: 0] += 1
                case false?: small[letter.value, default: 0] += 1
                case nil: break
                }
            }
        }

        /// Whether `value` stands for the capital: by the page's votes for it; where they tie, by
        /// the votes for the other S-letters (a font writing "ģ" for "ş" writes another for "Ş":
        /// "Ģube" beside "geliģtirme"); where those tie too, by the default table.
        func isCapital(_ value: UInt32) -> Bool {
            if let own = lean(value) { return own }
            let others = (0x121...0x123).filter { $0 != value }.compactMap(lean)
            if !others.isEmpty, others.allSatisfy({ $0 == others[0] }) { return !others[0] }
            return defaultIsCapital(value)
        }

        /// Which case `value`'s votes lean to, nil when they tie.
        private func lean(_ value: UInt32) -> Bool? {
            let up = capitals[value] ?? 0, down = small[value] ?? 0
            return up == down ? nil : up > down
        }
    }

    /// A word of `.extendedA` read as Turkish: "Ġ" is "İ", an S-letter "Ş" or "ş" by its word's case, else by the page's votes.
    static func readExtendedA(_ text: String, votes: CaseVotes) -> String {
        let cases = sLetterCases(Array(text.unicodeScalars.filter { $0.properties.isAlphabetic }))
        var next = 0
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x120:
                out.append("İ")
            case 0x121...0x123:
                // An S-letter is alphabetic, so it is one of `cases` in order.
                let capital = cases[next] ?? votes.isCapital(scalar.value)
                next += 1
                out.append(capital ? "Ş" : "ş")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
