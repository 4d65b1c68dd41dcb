import Testing

/// The justified look's hyphenation and what a variant's expected program reads from it.
@Suite struct HyphenationTests {
    @Test func wordsBreakBeforeAConsonantThatOpensASyllable() {
        // Per-for-mans: only "Perfor-mans" leaves three letters on either side.
        #expect(LineBreaker.syllableBreaks("Performans") == [3, 6])
        #expect(LineBreaker.syllableBreaks("Başkanlığı") == [3, 6])
        // Codes, figures and short words are never broken.
        #expect(LineBreaker.syllableBreaks("PG1.1.1").isEmpty && LineBreaker.syllableBreaks("(adet)").isEmpty)
        #expect(LineBreaker.syllableBreaks("Hedef").isEmpty)
    }

    @Test func theExpectedTextKeepsTheHyphenWhereTheFieldIsFirstPrinted() {
        let printed = HyphenatedTexts()
        printed.record("Performans Hedefi (1):", lines: ["Perfor-", "mans Hedefi (1):"])
        printed.record("F1 Deniz yüzey temizliği", lines: ["F1 Deniz yü-", "zey temizliği"])
        printed.record("Deniz yüzey temizliği", lines: ["Deniz yüzey temizliği"])
        #expect(printed.read("Deniz yüzey temizliği") == "Deniz yü-zey temizliği")
        #expect(printed.read("Performans Hedefi") == "Perfor-mans Hedefi")
        // Not whole words of any printed cell: as it is.
        #expect(printed.read("Deniz yüz") == "Deniz yüz")
    }

    /// A field printed in two forms (a unit hyphenated in a narrow column, whole in a wide one):
    /// the cells that print it are set again without hyphens, so that the field reads alike.
    @Test func aFieldPrintedInTwoFormsIsSetWithoutHyphens() {
        let printed = HyphenatedTexts()
        printed.record("Fen İşleri Dairesi Başkanlığı", lines: ["Fen İşleri Dairesi Baş-", "kanlığı"])
        printed.record("Fen İşleri Dairesi Başkanlığı", lines: ["Fen İşleri Dairesi Başkanlığı"])
        printed.record("Deniz yüzey temizliği", lines: ["Deniz yü-", "zey temizliği"])
        #expect(printed.ambiguous(fields: ["Fen İşleri Dairesi Başkanlığı", "Deniz yüzey temizliği"]) == ["Fen İşleri Dairesi Başkanlığı"])
        let again = HyphenatedTexts(withheld: ["Fen İşleri Dairesi Başkanlığı"])
        #expect(again.withheld.contains("Fen İşleri Dairesi Başkanlığı"))
    }
}
