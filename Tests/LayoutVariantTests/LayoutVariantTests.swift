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
    /// Every variant reads back exactly today. The three causes found when the variants were
    /// written are fixed: header lines of vertically centred cells chained into one line
    /// (LineGrouping), a page number far from the foot of a small page read as a table row
    /// (PageFurniture), and a group header over a two-line title merged into one column
    /// (HeaderColumns). List a variant here, with what it gets wrong, only while a fix is pending.
    static let knownIssues: [String: (issue: Comment, matchedAtLeast: Int)] = [:]

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
