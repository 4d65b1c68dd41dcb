import Pipeline

/// What a worker process writes to its result file: a parsed program or a typed failure,
/// and the worker's peak resident memory.
public struct WorkerResult: Sendable, Codable, Equatable {
    public var parsed: ParsedProgram?
    public var failure: WorkerFailure?
    /// VmHWM of the worker process, in kB, read just before it wrote the result.
    public var peakMemoryKB: Int?

    public init(parsed: ParsedProgram? = nil, failure: WorkerFailure? = nil, peakMemoryKB: Int? = nil) {
        self.parsed = parsed
        self.failure = failure
        self.peakMemoryKB = peakMemoryKB
    }
}

/// Why the worker's PDF gave no program (the pipeline's typed error, made portable).
public struct WorkerFailure: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// The PDF could not be read (missing, not a PDF, damaged, encrypted, scanned).
        case extraction
        /// The PDF reads but holds no goal table, or names itself another kind of document.
        case notAPerformanceProgram = "not_a_performance_program"
        /// No administration name or year was found.
        case noAdministration = "no_administration"
        /// The file holds more than one program (the goal numbering starts again).
        case severalPrograms = "several_programs"
    }
    public var kind: Kind
    /// The pipeline's message, naming the file (and page).
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public init(_ error: PipelineError) {
        switch error {
        case .extraction: kind = .extraction
        case .notAPerformanceProgram, .anotherDocument: kind = .notAPerformanceProgram
        case .noAdministration: kind = .noAdministration
        case .severalPrograms: kind = .severalPrograms
        }
        message = error.description
    }
}
