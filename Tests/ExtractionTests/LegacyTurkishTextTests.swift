import Testing
import PageLayout
@testable import Extraction

/// Text layers of legacy Turkish fonts (`LegacyTurkishText`): read as the letters they print
/// where the page's evidence says a font is broken, and left alone everywhere else.
@Suite struct LegacyTurkishTextTests {
    /// One line per entry, its words in the given font, spaces as blank characters.
    func page(_ lines: [(text: String, font: Int32)]) -> [PlacedCharacter] {
        var out: [PlacedCharacter] = []
        for (row, line) in lines.enumerated() {
            let y = 100 + Double(row) * 20
            for (i, scalar) in line.text.unicodeScalars.enumerated() {
                let x0 = 50 + Double(i) * 6
                out.append(PlacedCharacter(scalar: scalar, font: line.font, box: Rect(x0: x0, y0: y, x1: x0 + 6, y1: y + 10),
                                           fontSize: 10, isBold: false))
            }
        }
        return out
    }

    func read(_ lines: [(text: String, font: Int32)]) -> [String] {
        WordBuilder.words(from: page(lines)).map(\.text)
    }

    @Test func extendedALettersOfABrokenFontAreTurkish() {
        // Word 2010's "Times New Roman TUR": Ġ for İ, ġ for Ş, Ģ for ş; its ı and ğ are right.
        let words = read([("PERFORMANS HEDEFĠ", 0), ("BELEDĠYE BAġKANLIĞI", 0), ("ĠġLETME geliĢtirilmesi iĢlemleri", 0)])
        #expect(words == ["PERFORMANS", "HEDEFİ", "BELEDİYE", "BAŞKANLIĞI", "İŞLETME", "geliştirilmesi", "işlemleri"])
    }

    @Test func latin1LettersOfABrokenFontAreTurkish() {
        // Windows-1254 read as Latin-1: Ý ý Þ þ Ð ð; ç, ö, ü are the same in both.
        let words = read([("PERFORMANS HEDEFÝ", 0), ("Stratejik Amaç 1: Ýþletme yapýlmasý", 0), ("Müdürlüðü ÞUBE ÐÖÇ", 0)])
        #expect(words == ["PERFORMANS", "HEDEFİ", "Stratejik", "Amaç", "1:", "İşletme", "yapılması", "Müdürlüğü", "ŞUBE", "ĞÖÇ"])
    }

    @Test func anSLettersCaseComesFromItsWordOrThePage() {
        // A font that writes Ģ for "Ş" and ģ for "ş" (the other assignment): the words tell.
        #expect(read([("BAĢKANLIĞI geliģtirme", 0), ("Ģube ve Ģehir", 0)]) == ["BAŞKANLIĞI", "geliştirme", "Şube", "ve", "Şehir"])
        // Word 2010's assignment: ġ for "Ş" seen in capitals, so "ġube" opening a word is "Şube";
        // Ģ seen in small letters, so "Ģekilde" is "şekilde".
        #expect(read([("BAġKANLIĞI iĢlemleri", 0), ("ġube Ģekilde", 0)]) == ["BAŞKANLIĞI", "işlemleri", "Şube", "şekilde"])
        // Only small words tell: "ģ" is the small letter, so "Ģ" opening a word is the capital.
        #expect(read([("Ģehrin geliģimi", 0)]) == ["Şehrin", "gelişimi"])
        // No word tells: PDEfe's table (ġ the capital, Ģ the small letter). (The font's "ü", "ğ"
        // prove it writes Turkish: "Şube" alone does not obey vowel harmony.)
        #expect(read([("ġube Ģekilde Müdürlüğü", 0)]) == ["Şube", "şekilde", "Müdürlüğü"])
        // "ĠĢ": no letter after the first is cased by itself; the page's capitals decide.
        #expect(read([("ĠġLETME Ġġ ÇÖZÜM", 0)]) == ["İŞLETME", "İŞ", "ÇÖZÜM"])
    }

    @Test func aFontPrintingRealTurkishLettersIsLeftAlone() {
        // A genuine Icelandic name in a font that writes "ş" and "ı" right.
        let words = read([("Belediye Başkanlığı Ýmir Þórsson", 0), ("Ýrsa Hansen ve Ýmir", 0)])
        #expect(words == ["Belediye", "Başkanlığı", "Ýmir", "Þórsson", "Ýrsa", "Hansen", "ve", "Ýmir"])
    }

    @Test func oneOddWordIsANameNotABrokenFont() {
        // One word with "Ý" in a font of its own (no real Turkish letter there), beside clean text.
        let words = read([("Stratejik Amaç Başkanlığı", 0), ("Ýmir", 1)])
        #expect(words == ["Stratejik", "Amaç", "Başkanlığı", "Ýmir"])
    }

    @Test func eachFontIsDecidedByItsOwnLetters() {
        // Font 0 is broken; font 1 prints "ş" right, so its "Ýmir" is a name.
        let words = read([("PERFORMANS HEDEFÝ Ýþletme", 0), ("Ýmir Başkan", 1)])
        #expect(words == ["PERFORMANS", "HEDEFİ", "İşletme", "Ýmir", "Başkan"])
    }

    @Test func foreignNamesInAFontOfTheirOwnStayAsTheyAre() {
        // Two words of legacy letters in a signature's italic, beside clean Turkish: Icelandic
        // and Latvian names, not a broken font ("Sigurğur", "Şirts Şederts" were read).
        #expect(read([("Belediye Başkanlığı Stratejik Amaç 1 Ağaçlandırma", 0), ("Kaynak: Sigurður Guðmundsson, Reykjavik", 1)])
            == ["Belediye", "Başkanlığı", "Stratejik", "Amaç", "1", "Ağaçlandırma", "Kaynak:", "Sigurður", "Guðmundsson,", "Reykjavik"])
        #expect(read([("Belediye Başkanlığı Stratejik Amaç", 0), ("Consultants: Ģirts Ģederts, Ġorġ Borg", 1)])
            == ["Belediye", "Başkanlığı", "Stratejik", "Amaç", "Consultants:", "Ģirts", "Ģederts,", "Ġorġ", "Borg"])
        // The same names in a font of their own on a page whose body font is broken: still names.
        #expect(read([("PERFORMANS HEDEFÝ Ýþletme yapýlmasý", 0), ("Sigurður Guðmundsson", 1)])
            == ["PERFORMANS", "HEDEFİ", "İşletme", "yapılması", "Sigurður", "Guðmundsson"])
    }

    @Test func aFontIsRepairedOnlyWhereItEarnedIt() {
        // Font 0 is broken; font 1 prints no real Turkish letter and shows one word: a name.
        #expect(read([("PERFORMANS HEDEFÝ Ýþletme yapýlmasý", 0), ("Consultant: Ýmir", 1)])
            == ["PERFORMANS", "HEDEFİ", "İşletme", "yapılması", "Consultant:", "Ýmir"])
    }

    @Test func aLongWordIsReadInOnePass() {
        // Two words of 24,000 letters, half of them S-letters: each letter's case is read in one
        // walk over its word (one scan of the whole word per S-letter took minutes of CPU).
        let long = String(repeating: "aġ", count: 12_000)
        let words = read([(long + " " + long, 0)])
        #expect(words == [String(repeating: "aş", count: 12_000), String(repeating: "aş", count: 12_000)])
    }

    @Test func wordsWithLettersTurkishDoesNotUseAreLeftAlone() {
        // On a broken page, a word with "ó" is no Turkish word: its "Þ" stays.
        let words = read([("HEDEFÝ Ýþletme Þórður", 0)])
        #expect(words == ["HEDEFİ", "İşletme", "Þórður"])
    }

    @Test func aLetterAloneIsRepairedOnARepairedPageOnly() {
        // Letter-spaced capitals come as one-letter words: repaired where the page is.
        #expect(read([("B A ġ K A N", 0), ("BAġKANLIĞI ĠġLETME", 0)]) == ["B", "A", "Ş", "K", "A", "N", "BAŞKANLIĞI", "İŞLETME"])
        #expect(read([("B A ġ K A N", 0)]) == ["B", "A", "ġ", "K", "A", "N"])
    }

    /// The reader names a page whose words it repaired (`DocumentReader.page`): the count is of the
    /// words read with other letters, none on a clean page or where a font did not earn it.
    @Test func theWordsRepairedAreCounted() {
        func repaired(_ lines: [(text: String, font: Int32)]) -> Int {
            var count = 0
            _ = WordBuilder.words(from: page(lines), repaired: &count)
            return count
        }
        #expect(repaired([("PERFORMANS HEDEFĠ", 0), ("BELEDĠYE BAġKANLIĞI", 0)]) == 3)
        #expect(repaired([("PERFORMANS HEDEFÝ", 0), ("Ýþletme yapýlmasý", 0)]) == 3)
        #expect(repaired([("PERFORMANS HEDEFİ TABLOSU", 0), ("İşletme Müdürlüğü", 0)]) == 0)
        #expect(repaired([("Sigurður Guðmundsson", 1), ("PERFORMANS HEDEFİ", 0)]) == 0)
        #expect(LegacyTurkishText.note(page: 4, words: 3).hasPrefix("page 4: 3 words of a legacy Turkish font"))
    }

    @Test func cleanTextIsUntouched() {
        let clean = [("PERFORMANS HEDEFİ TABLOSU", Int32(0)), ("İşletme Müdürlüğü Şube Ağaçlandırma", 0)]
        #expect(read(clean) == ["PERFORMANS", "HEDEFİ", "TABLOSU", "İşletme", "Müdürlüğü", "Şube", "Ağaçlandırma"])
    }

    /// A PDF whose text layer carries the legacy letters (cairo writes them as the text), read
    /// with poppler's font names: each font decided by its own letters.
    @Test func aPDFsFontsAreDecidedByTheirOwnLetters() throws {
        let pdf = GeneratedPDF(name: "legacy-turkish-fonts")
        // A broken regular face; the bold face prints "ş" right, so its "Ýmir" is a name.
        pdf.text("BELEDĠYE BAġKANLIĞI", x: 50, y: 100)
        pdf.text("PERFORMANS HEDEFĠ geliĢtirilmesi", x: 50, y: 120)
        pdf.text("Başkanlığı Ýmir", x: 50, y: 140, bold: true)
        pdf.nextPage()
        // Windows-1254 read as Latin-1 in the regular face; the bold heading is decided by its
        // own words (two that read as Turkish), the bold name below by itself (a name).
        pdf.text("Stratejik Amaç 1: Ýþletme yapýlmasý", x: 50, y: 100)
        pdf.text("HEDEFÝ ÝÞLETME", x: 50, y: 120, bold: true)
        pdf.nextPage()
        // Clean Turkish with a genuine Icelandic name in the same face: untouched.
        pdf.text("Belediye Başkanlığı Ýmir Þórsson ve Ýrsa", x: 50, y: 100)
        let path = pdf.finish()
        let reader = try DocumentReader(path: path)
        let lines = try (1...3).map { try reader.page($0).lines.map(\.text) }
        // A reader without fonts (`perfprog text`) reads these pages with them: the same words
        // (all glyphs in one unnamed font, the bold face's "ş" kept the regular face's letters).
        let plain = try DocumentReader(path: path, readsRulings: false)
        plain.readsFonts = false
        #expect(try (1...3).map { try plain.page($0).lines.map(\.text) } == lines)
        #expect(lines[0] == ["BELEDİYE BAŞKANLIĞI", "PERFORMANS HEDEFİ geliştirilmesi", "Başkanlığı Ýmir"])
        #expect(lines[1] == ["Stratejik Amaç 1: İşletme yapılması", "HEDEFİ İŞLETME"])
        #expect(lines[2] == ["Belediye Başkanlığı Ýmir Þórsson ve Ýrsa"])
    }

    @Test func onlyTheFamiliesLettersAreLegacy() {
        let legacy = Set("ĠġĢģÝýÞþÐð".unicodeScalars.map(\.value))
        for value in UInt32(0)...0x17F { #expect(LegacyTurkishText.isLegacy(value) == legacy.contains(value)) }
    }
}
