import Dataset
import PageLayout

/// What recognition found in a document's pages.
public struct RecognizedProgram: Sendable {
    public var administration: String?
    public var year: Int?
    public var goals: [Goal] = []
    public var totals: [ProgramTotal] = []
    public var statedCounts: [StatedCount] = []
    public var statedShares: [StatedShare] = []
    /// Page-level notes ("page 41: cost table with no activity rows"), without the file name.
    public var diagnostics: [String] = []

    public func program(administration: String, year: Int) -> Program {
        Program(id: Identifiers.programID(administration: administration, year: year),
                administration: administration, year: year, goals: goals, totals: totals,
                statedCounts: statedCounts, statedShares: statedShares)
    }
}

/// Finds the domain tables of a performance program in its pages.
public enum ProgramRecognizer {
    public static func recognize(pages: [Page], title: String?) -> RecognizedProgram {
        RecognizedProgram()
    }
}
