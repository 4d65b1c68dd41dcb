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
    /// The three causes found when the first variants were written are fixed: header lines of
    /// vertically centred cells chained into one line (LineGrouping), a page number far from the
    /// foot of a small page read as a table row (PageFurniture), and a group header over a
    /// two-line title merged into one column (HeaderColumns); and, found by the second round, a
    /// cost-table name cut by a page break with nothing beside its rest was taken for an
    /// explanation (CostEntry.pageOpening). List a variant here, with what it gets wrong, only
    /// while a fix is pending.
    static let knownIssues: [String: (issue: Comment, matchedAtLeast: Int)] = [:]

    @Test(arguments: LayoutVariant.all)
    func extractionReadsBackTheGold(_ variant: LayoutVariant) throws {
        let gold = variant.printedProgram(try GoldProgram.load())
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

    @Test func otherWordingPrintsTheGuidelinesOtherHeaders() throws {
        let text = try typeset(.otherWording).joined()
        for header in ["Performans Göstergesi", "Ölçü Birimi", "Faaliyet / Proje"] {
            #expect(text.contains(header), "no \"\(header)\"")
        }
        #expect(!text.contains("Performans Göstergeleri"))
        // "Faaliyetlerinin" stays in an indicator's name; the header word alone must be gone.
        #expect(!text.split(whereSeparator: \.isWhitespace).contains("Faaliyetler"))
    }

    @Test func tightFiguresPrintADashForNoOffBudget() throws {
        let gold = try GoldProgram.load()
        let printed = LayoutVariant.tightFiguresDash.printedProgram(gold)
        let zeros = gold.goals.flatMap(\.activities).filter { $0.offBudget == .zero }.count
        #expect(zeros > 0)
        #expect(printed.goals.flatMap(\.activities).filter { $0.offBudget == nil }.count == zeros)
        // A dash with no letter beside it: the "-" cells (poppler may run them into the figures' words).
        let text = Array(try typeset(.tightFiguresDash).joined())
        let dashes = text.indices.filter { k in
            text[k] == "-" && !(k > 0 && text[k - 1].isLetter) && !(k + 1 < text.count && text[k + 1].isLetter)
        }
        #expect(dashes.count >= zeros)
    }

    @Test func longRowsWrapNamesAndCutAnExplanationAtAPageBreak() throws {
        let pages = try typeset(.longRowsBroken)
        // The explanation's tail begins on one page and ends on a later one.
        let first = "Bu bütçe ile yürütülecek", last = "sürekli izlenecektir."
        let cut = pages.indices.dropLast().contains { k in
            let page = pages[k].components(separatedBy: first).last ?? ""
            return pages[k].contains(first) && !page.contains(last) && pages[k + 1].contains(last)
        }
        #expect(cut, "no explanation row is cut by a page break")
    }

    private func typeset(_ variant: LayoutVariant, caller: String = #function) throws -> [String] {
        // Named apart from the extraction test's file and from other tests typesetting the same
        // variant: the tests run at the same time, and share one directory when the PDFs are kept.
        let label = "text-\(caller.prefix { $0.isLetter })-\(variant.name)"
        let scratch = try ScratchDirectory(label)
        let path = scratch.url.appendingPathComponent("\(label).pdf").path
        try ProgramTypesetter(program: variant.printedProgram(try GoldProgram.load()), variant: variant).write(to: path)
        return PopplerText.pages(path: path)
    }
}
