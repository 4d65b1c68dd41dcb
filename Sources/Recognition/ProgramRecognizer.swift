import Dataset
import PageLayout
import TableGeometry

/// What recognition found in a document's pages.
public struct RecognizedProgram: Sendable {
    public var administration: String?
    public var year: Int?
    public var goals: [Goal] = []
    public var totals: [ProgramTotal] = []
    public var statedCounts: [StatedCount] = []
    public var statedShares: [StatedShare] = []
    public var statedUnitCosts: [StatedUnitCost] = []
    /// Page-level notes ("page 41: cost table with no activity rows"), without the file name.
    public var diagnostics: [String] = []

    public func program(administration: String, year: Int) -> Program {
        Program(id: Identifiers.programID(administration: administration, year: year),
                administration: administration, year: year, goals: goals, totals: totals,
                statedCounts: statedCounts, statedShares: statedShares, statedUnitCosts: statedUnitCosts)
    }
}

/// Finds the domain tables of a performance program in its pages and builds the model.
public enum ProgramRecognizer {
    public static func recognize(pages: [Page], title: String?) -> RecognizedProgram {
        let stripped = PageFurniture.strip(pages)
        let bands = DocumentRows.rows(stripped)
        let recorder = TraceRecorder.current
        recorder?.record(rows: bands)
        var result = RecognizedProgram()
        var drafts: [(GoalDraft, [CostDraft], aim: GoalHeading?, goal: GoalHeading?)] = []
        var headings: [GoalHeading] = []
        var currentAim: GoalHeading?
        var administrationBands: [RowBand] = []
        var resourceBands: [RowBand] = []
        var i = 0
        while i < bands.count {
            let band = bands[i]
            switch DocumentRows.title(band) {
            case .goal?:
                let (draft, used) = GoalTableReader.read(bands[(i + 1)...], titlePage: band.page)
                recorder?.record(table: .goal, title: band, rows: bands[(i + 1)..<(i + 1 + used)])
                // Headings printed before the table: the nearest is the goal's, an earlier
                // one of another family is its aim's.
                let goalHeading = headings.last
                if let g = goalHeading, let aim = headings.dropLast().last(where: { $0.family != g.family }) { currentAim = aim }
                drafts.append((draft, [], currentAim, goalHeading))
                headings = []
                i += 1 + used
            case .cost?:
                let (cost, used) = CostTableReader.read(bands[(i + 1)...], titlePage: band.page)
                recorder?.record(table: .cost, title: band, rows: bands[(i + 1)..<(i + 1 + max(used, 0))],
                                 note: cost == nil ? "no header row or no rows under it" : drafts.isEmpty ? "no goal table before it" : nil)
                if let cost, !drafts.isEmpty { drafts[drafts.count - 1].1.append(cost) }
                else { result.diagnostics.append("page \(band.page): cost table with no goal table before it or no rows") }
                i += 1 + max(used, 0)
            case .administrationSummary?, .resourceSummary?:
                // A summary runs to the next title; only its labelled rows are read later.
                let kind: TableKind = DocumentRows.title(band) == .administrationSummary ? .administrationSummary : .resourceSummary
                var j = i + 1
                while j < bands.count, DocumentRows.title(bands[j]) == nil { j += 1 }
                let rows = bands[(i + 1)..<j]
                if kind == .administrationSummary { administrationBands += rows } else { resourceBands += rows }
                recorder?.record(table: kind, title: band, rows: rows)
                headings += rows.compactMap(GoalHeading.read)
                i = j
            case nil:
                if let h = GoalHeading.read(band) { headings.append(h) }
                i += 1
            }
        }
        result.goals = drafts.enumerated().map { k, d in
            GoalAssembler.goal(no: k + 1, draft: d.0, costs: d.1, aim: d.aim, heading: d.goal, notes: &result.diagnostics)
        }
        let admin = SummaryTableReader.readAdministration(administrationBands)
        var totals = admin.totals + SummaryTableReader.readResources(resourceBands)
        if !totals.contains(where: { $0.measure == .total }), let stated = SummaryTableReader.statedTotalCost(bands) {
            totals.append(stated)
        }
        result.totals = ProgramTotalOrder.sorted(totals)
        // Counts, every "Pay" of the summary table (with its printed decimals) and the
        // per-unit table, read from the documents' own vocabulary.
        let stated = StatedFigureReader.readAll(pages: pages)
        result.statedCounts = stated.counts
        result.statedShares = stated.shares.isEmpty ? admin.shares : stated.shares
        result.statedUnitCosts = stated.unitCosts
        let idareAdi = drafts.lazy.compactMap { $0.0.labels[.administration]?.value }.first
        let allLines = pages.flatMap(\.lines)
        result.administration = AdministrationReader.administration(idareAdi: idareAdi, lines: PageFurniture.furniture(pages) + allLines.prefix(400))
        result.year = AdministrationReader.year(lines: PageFurniture.furniture(pages) + allLines.prefix(400), title: title)
        return result
    }
}

/// program_totals rows in the contract's reading order: by measure, the code-less rows
/// first (budget, off-budget, both), then per economic code.
enum ProgramTotalOrder {
    static func sorted(_ totals: [ProgramTotal]) -> [ProgramTotal] {
        func sourceRank(_ s: ProgramTotal.Source?) -> Int { s == .budget ? 0 : s == .offBudget ? 1 : 2 }
        let measures = ProgramTotal.Measure.allCases
        return totals.sorted {
            (measures.firstIndex(of: $0.measure)!, $0.economicCode?.rawValue ?? "", sourceRank($0.source))
                < (measures.firstIndex(of: $1.measure)!, $1.economicCode?.rawValue ?? "", sourceRank($1.source))
        }
    }
}
