import Dataset
import PageLayout

/// Recognition fed one page at a time, in page order: the path `extract` and `build` take,
/// so that a document's pages are never all held at once (issue 14: flat memory at any
/// page count). `ProgramRecognizer.recognize(pages:title:)` feeds a document already in
/// memory through it (tests, `inspect`): one recognition either way.
///
/// The contract between extraction and recognition: pages arrive in ascending page order,
/// each exactly once; `finish()` is called once, after the last page. What the recognizer
/// keeps between pages is bounded by its windows, not by the document's length:
/// - the first `furnitureWindow` pages, until the running headers, footers and page
///   numbering are learnt from them (`PageFurniture.Model`); every page after is stripped
///   as it comes;
/// - the rows from a table's title to the titles after it (`ProgramRecognizer.RowWalk`);
/// - what the stated-figure readers carry over a page break, and the document's first lines
///   (the cover names the administration and the year).
public struct PageStreamRecognizer {
    /// Running headers and footers recur on nearly every page; this many pages show them
    /// often enough to tell them from a table's title that happens to open a few pages
    /// (furniture is text on at least `PageFurniture.recurrenceShare` of them).
    public static let furnitureWindow = 32
    /// The administration and the year are looked for in the document's first lines (the
    /// cover and the foreword), besides the running headers.
    static let openingLines = 400

    private let title: String?
    private var lastPage: Int?
    /// Pages held until the furniture is learnt, with their words folded.
    private var learning: [(page: Page, folded: FoldedLines)] = []
    private var furniture: PageFurniture.Model?
    private var figures: StatedFigureReader.Stream?
    private var opening: [TextLine] = []
    /// The program's year, read as soon as the lines it is read from are all in (the running
    /// lines learnt, the opening lines read) rather than after the last page, where it was the
    /// longest part left (16 M instructions of ~20 M for the Balıkesir sample).
    private var settledYear: Int??
    /// The administration, read once a goal table has named it (`idareAdi`, the first such
    /// name stands) and the opening lines are in.
    private var settledAdministration: (idareAdi: String, administration: String?)?
    private var walk = ProgramRecognizer.RowWalk()
    /// How the document names itself, read once its first pages are in (`learn`).
    private var name: DocumentName?
    /// The sections its headings open, which tell a document that names itself nowhere.
    private var sections = DocumentSections()
    /// The document names itself a document of another kind, or its sections so far are
    /// another kind's: its tables are no program's.
    private var namesAnotherKind: Bool { Self.isAnotherKind(name ?? sections.name) }
    private static func isAnotherKind(_ name: DocumentName?) -> Bool { name.map { $0.kind != .performanceProgram } ?? false }

    public init(title: String?) {
        self.title = title
    }

    /// The next page of the document.
    public mutating func add(_ page: Page) {
        precondition(lastPage.map { $0 < page.number } ?? true, "pages must arrive in ascending order")
        lastPage = page.number
        // Each word of the page folded once, for every reader of the page.
        let folded = FoldedLines(page)
        guard furniture != nil else {
            learning.append((page, folded))
            if learning.count >= Self.furnitureWindow { learn() }
            return
        }
        read(page, folded: folded)
    }

    /// Learns the furniture and the running lines from the pages held, then reads them.
    private mutating func learn() {
        let pages = learning.map(\.page)
        let model = PageFurniture.Model(learning: pages, folded: learning.map(\.folded))
        furniture = model
        let withText = pages.filter { !$0.lines.isEmpty }
        name = DocumentName.read(firstPage: withText.first, following: Array(withText.dropFirst()), runningLines: model.lines, title: title)
        figures = StatedFigureReader.Stream(runningLines: StatedCountTextReader.runningLines(pages))
        let held = learning
        learning = []
        for (page, folded) in held { read(page, folded: folded) }
    }

    private mutating func read(_ page: Page, folded: FoldedLines) {
        if opening.count < Self.openingLines { opening += page.lines.prefix(Self.openingLines - opening.count) }
        figures?.add(page, folded: folded.words)
        if name == nil { sections.add(page) }
        walk.add(furniture?.strip(page, folded: folded) ?? page, folded: folded)
        settleNames()
    }

    /// The lines the administration and the year are read from: the running lines and the
    /// document's first lines.
    private var namingLines: [TextLine] { (furniture?.lines ?? []) + opening }

    /// Reads the year and the administration once what they are read from can no longer change.
    private mutating func settleNames() {
        guard furniture != nil, opening.count >= Self.openingLines else { return }
        if settledYear == nil { settledYear = .some(readYear(lines: namingLines)) }
        if settledAdministration == nil, let idareAdi = walk.idareAdi {
            settledAdministration = (idareAdi, AdministrationReader.administration(idareAdi: idareAdi, lines: namingLines))
        }
    }

    /// A program bound behind its council decision: the year its own name prints, never the
    /// decision's pages' count of the programs they name.
    private func readYear(lines: [TextLine]) -> Int? {
        let ownYear = name.flatMap { $0.boundBehindDecision ? AdministrationReader.year(lines: [], title: $0.words) : nil }
        return ownYear ?? AdministrationReader.year(lines: lines, title: title)
    }

    /// The goals drafted from the pages added so far, from the `start`th on (0-based), coded
    /// as `finish()` will code them; empty while the document has not yet named a goal table
    /// by its title (a document that never does has its goals dropped by `finish()`). What
    /// the caller needs to refuse a file holding a second program as soon as it starts.
    public func draftedGoals(from start: Int) -> [Goal] {
        guard walk.titledGoalTables > 0, !namesAnotherKind, start < walk.draftCount else { return [] }
        return (start..<walk.draftCount).map(walk.draftedGoal)
    }

    /// Grows each time the goals drafted so far are coded again (no target stands for a goal
    /// after all): the caller drafts them again from the first.
    public var recodings: Int { walk.recodings }

    /// The program read from all the pages added.
    public consuming func finish() -> RecognizedProgram {
        if furniture == nil { learn() }
        let lines = namingLines
        let year = settledYear ?? readYear(lines: lines)
        let settledAdministration = settledAdministration
        // The administration (unless read already) is read while the goals are assembled.
        var (result, _, administrationShares, titledGoalTables, unreadSummaries, bareYears, namedTargetYears, named) = walk.finish { idareAdi in
            if let settled = settledAdministration, settled.idareAdi == idareAdi { return (settled.administration, year) }
            return (AdministrationReader.administration(idareAdi: idareAdi, lines: lines), year)
        }
        // Counts, every “Pay” of the summary table (with its printed decimals) and the
        // per-unit table, read from the documents' own vocabulary.
        let stated = figures?.finish() ?? StatedFigures()
        result.statedCounts = stated.counts
        result.statedShares = stated.shares.isEmpty ? administrationShares : stated.shares
        result.statedUnitCosts = stated.unitCosts
        // “İdarenin Toplam Kaynak İhtiyacı” may be the per-unit table (its cost lines read above).
        for (page, kind) in unreadSummaries where !(kind == .resourceSummary && !stated.unitCosts.isEmpty) {
            result.diagnostics.append(LeftUnread.note("page \(page): \(kind.rawValue) found but not understood: no header naming its columns, or no program line under it"))
        }
        (result.administration, result.year) = named
        BareYearColumn.settle(&result, bareYears, namedTargetYears: namedTargetYears)
        RelativeYear.settle(&result)
        let name = name ?? sections.name
        result.documentName = name
        if let name, Self.isAnotherKind(name) {
            // An activity report, a budget, a decision or a plan: whatever program-like tables it
            // holds (an activity report's goals with targets and results, even under a
            // “Performans Hedefi Tablosu” title) are its own, not a program's.
            if !result.goals.isEmpty {
                result.diagnostics.append(LeftUnread.note("\(result.goals.count) goal table(s) found, but the document appears to be "
                                                          + "\(name.kind.described): \(name.evidence)"))
            }
            result.goals = []
        } else if titledGoalTables == 0 && result.year == nil && !result.goals.isEmpty {
            // Tables found by their headers alone, in a document that never calls itself a
            // performance program (no “… Yılı Performans Programı”): a budget, a decision or an
            // activity report with a table of amounts. Not read as a program.
            result.diagnostics.append(LeftUnread.note("\(result.goals.count) untitled goal table(s) found, but the document never names itself a performance program"))
            result.goals = []
        }
        return result
    }
}
