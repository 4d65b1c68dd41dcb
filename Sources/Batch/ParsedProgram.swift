import Dataset
import Pipeline

/// A program parsed from one PDF, as a worker hands it to the build and as the cache keeps
/// it: the program, the checks of its own arithmetic, and the non-fatal diagnostics.
public struct ParsedProgram: Sendable, Codable, Equatable {
    public var program: Program
    public var checks: [CheckResult]
    public var diagnostics: [String]
    /// Pages of failed checks and unread tables as the parser saw them (for report.html).
    public var pictures: [PagePicture]?

    public init(program: Program, checks: [CheckResult], diagnostics: [String] = []) {
        self.program = program
        self.checks = checks
        self.diagnostics = diagnostics
    }

    public init(_ extracted: ExtractedProgram) {
        self.init(program: extracted.program, checks: extracted.checks, diagnostics: extracted.diagnostics)
    }
}
