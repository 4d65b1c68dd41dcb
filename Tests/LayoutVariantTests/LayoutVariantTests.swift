import Dataset
import Foundation
import Pipeline
import Testing

/// The first five Balıkesir 2024 goals re-typeset in layouts the parser has not seen,
/// extracted with the real pipeline and compared with the gold fact by fact. Each variant
/// changes one thing from the ruled original, so a failing variant names what breaks.
@Suite struct LayoutVariantTests {
    /// What a variant's extraction is known to get wrong, and how many facts it gets right
    /// today (so the variant still fails if it gets worse). A variant not listed must match exactly.
    static let knownIssues: [String: (issue: Comment, matchedAtLeast: Int)] = [
        LayoutVariant.ruled.name: (centredHeaderLinesChain, 197),
        LayoutVariant.unruled.name: (centredHeaderLinesChain, 197),
        LayoutVariant.narrowNames.name: (centredHeaderLinesChain, 197),
        LayoutVariant.shortPages.name: ("""
            short pages: the page number centred 30 pt above the foot of a 419.5 pt page lies outside \
            PageFurniture's 7% band and is read as a row of the table that runs to the foot: indicator '9' \
            (page 9), activity '10' (page 10), explanations '11' and '12' (pages 11, 12); and \(centredHeaderLinesChain)
            """, 172),
        LayoutVariant.shadedHeaders.name: ("""
            H1.4 activity table: 'Bütçe Dışı' (two lines) and 'Toplam' (one line) centred under 'Kaynak İhtiyacı \
            2024 (TL)' leave one phrase on the line under the group header, so it is read as a stacked header \
            and merged with 'Toplam' (column 'Bütçe Toplam Dışı'): F1 and F2 lose off_budget and total
            """, 201),
    ]
    static let centredHeaderLinesChain: Comment = """
        H1.5 cost table: the header lines of vertically centred cells (4.7 pt apart, 9.3 pt word boxes) chain \
        into one line in LineGrouping, the 03 column reads 'Hizmet 03 Mal Alım ve Giderleri' and the eight 03 costs are lost
        """

    @Test(arguments: LayoutVariant.all)
    func extractionReadsBackTheGold(_ variant: LayoutVariant) throws {
        let gold = try GoldProgram.load()
        let scratch = try ScratchDirectory(variant.name)
        let path = scratch.url.appendingPathComponent("\(variant.name).pdf").path
        try ProgramTypesetter(program: gold, variant: variant).write(to: path)

        let extracted: Program?
        var failure = ""
        do {
            extracted = try ProgramExtractor.extract(path: path).program
        } catch {
            extracted = nil
            failure = error.description
        }
        let comparison = FactComparison(gold: ProgramFacts(gold), extracted: extracted.map { ProgramFacts($0) } ?? ProgramFacts())
        print("layout variant \(variant.name): \(comparison)\(failure.isEmpty ? "" : "\n  extraction failed: \(failure)")")

        #expect(comparison.total > 0)
        if let known = Self.knownIssues[variant.name] {
            #expect(comparison.matched >= known.matchedAtLeast, "\(variant.name) got worse: \(comparison)")
            withKnownIssue(known.issue) {
                #expect(failure.isEmpty && comparison.isExact, "\(variant.name): \(comparison)")
            }
        } else {
            #expect(failure.isEmpty, "\(variant.name): \(failure)")
            #expect(comparison.isExact, "\(variant.name): \(comparison)")
        }
    }

    // MARK: The typesetter prints what each variant says

    @Test func coverAndTablesAreTextWithTheirTurkishLetters() throws {
        let pages = try typeset(.ruled)
        let cover = try #require(pages.first)
        #expect(cover.contains("BALIKESİR BÜYÜKŞEHİR BELEDİYESİ"))
        #expect(cover.contains("2024 YILI PERFORMANS PROGRAMI"))
        let first = try #require(pages.dropFirst().first)
        for text in ["Balıkesir Büyükşehir Belediyesi", "A1 Vatandaşın ihtiyaçları", "H1.1 Mavi bayraklı plajları",
                     "PERFORMANS HEDEFİ TABLOSU", "Performans Göstergeleri", "Ölçü", "Kaynak İhtiyacı 2024 (TL)",
                     "Dışı", "FAALİYET MALİYETLERİ TABLOSU", "İklim Değişikliği", "800.000", "1.600.000", "Genel Toplam"] {
            #expect(first.contains(text), "page 2 lacks \"\(text)\"")
        }
        #expect(pages.joined().contains("Sahillerimize yeni kimlik kazandırmak, turizme katkı sağlamak için kullanılan bütçedir."))
        #expect(pages.joined().contains("90.000"))
    }

    @Test func shortPagesBreakTablesAndRepeatTheirHeaders() throws {
        let gold = try GoldProgram.load()
        let short = try typeset(.shortPages)
        let original = try typeset(.ruled)
        #expect(short.count > original.count)
        // Each goal has one cost table; more "Faaliyet Adı" headers than goals means repeated headers.
        let costHeaders = short.map { $0.components(separatedBy: "Faaliyet Adı").count - 1 }.reduce(0, +)
        #expect(costHeaders > gold.goals.count)
    }

    @Test func shadedHeadersPrintKurus() throws {
        let pages = try typeset(.shadedHeaders)
        #expect(pages.joined().contains("1.191.600.000,00"))
        #expect(!pages.joined().contains("1.191.600.000 "))
    }

    private func typeset(_ variant: LayoutVariant) throws -> [String] {
        // Named apart from the extraction test's file: the tests run at the same time.
        let scratch = try ScratchDirectory("text-\(variant.name)")
        let path = scratch.url.appendingPathComponent("text-\(variant.name).pdf").path
        try ProgramTypesetter(program: try GoldProgram.load(), variant: variant).write(to: path)
        return PopplerText.pages(path: path)
    }
}
