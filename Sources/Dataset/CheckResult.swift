/// One comparison of what the document states with what its parts add up to (checks.csv).
public struct CheckResult: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable { case ok, mismatch }
    public var programID: String
    /// Stable name: `goal_total`, `activity_cost_total`, `program_total`, `activity_count`…
    public var check: String
    /// The id the check concerns (goal_id, activity_id, program_id).
    public var subject: String
    public var expected: String
    public var actual: String
    public var status: Status
    /// Where the stated figure is printed, for readers of the report (not a contract column).
    public var page: Int?
    /// A short human explanation (not a contract column).
    public var detail: String

    public init(programID: String, check: String, subject: String, expected: String, actual: String,
                status: Status, page: Int? = nil, detail: String = "") {
        self.programID = programID
        self.check = check
        self.subject = subject
        self.expected = expected
        self.actual = actual
        self.status = status
        self.page = page
        self.detail = detail
    }
}
