/// One cache entry: what the parser made of a PDF's bytes.
public struct CachedParse: Sendable, Codable, Equatable {
    public var parsed: ParsedProgram?
    public var failure: WorkerFailure?
    /// The file the parse was made from; a failure's message names it, and a later copy
    /// under another name gets its own name in the message.
    public var path: String

    public init(parsed: ParsedProgram? = nil, failure: WorkerFailure? = nil, path: String) {
        self.parsed = parsed
        self.failure = failure
        self.path = path
    }

    /// The failure's message for the file now found at `path`.
    func failureMessage(for path: String) -> String? {
        failure.map { $0.message.replacingOccurrences(of: self.path, with: path) }
    }
}
