/// `report.json`: one entry per input file, and the run's totals. The only place of a
/// build where times appear (the tables never depend on them).
public struct BuildReport: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        case ok
        case failed
        /// Unchanged since a parse in the cache (same SHA-256, same parser version).
        case skippedUnchanged = "skipped-unchanged"
    }

    /// A check of the document's own arithmetic that does not add up, with what an analyst
    /// needs to find it in the PDF: the goal, the page, and both amounts (canonical).
    public struct FailedCheck: Sendable, Codable, Equatable {
        public var check: String
        public var subject: String
        public var expected: String
        public var actual: String
        /// The goal the subject belongs to (nil for program-wide checks) and its title.
        public var goalID: String?
        public var goalTitle: String?
        /// Where the stated figure is printed.
        public var page: Int?
        /// What is compared (column, economic code, unit or row): tells apart checks that
        /// share a name and subject.
        public var detail: String?

        public init(check: String, subject: String, expected: String, actual: String, goalID: String? = nil,
                    goalTitle: String? = nil, page: Int? = nil, detail: String? = nil) {
            self.check = check
            self.subject = subject
            self.expected = expected
            self.actual = actual
            self.goalID = goalID
            self.goalTitle = goalTitle
            self.page = page
            self.detail = detail
        }

        enum CodingKeys: String, CodingKey {
            case check, subject, expected, actual, page, detail
            case goalID = "goal_id"
            case goalTitle = "goal_title"
        }
    }

    public struct FileEntry: Sendable, Codable, Equatable {
        public var path: String
        public var sha256: String?
        public var status: Status
        public var programID: String?
        /// Rows per table of this file's program.
        public var counts: [String: Int]?
        public var checksFailed: [FailedCheck]
        public var durationSeconds: Double
        /// The worker's peak resident memory (VmHWM), in kB, when it reported one.
        public var peakMemoryKB: Int?
        /// Whether this file's program is in the published dataset.
        public var published: Bool
        /// Why the file failed, naming the file.
        public var error: String?
        /// Anything else worth knowing (a duplicate that was not published).
        public var note: String?
        /// The program this file gave before, whose last good version stays published
        /// because the file failed now.
        public var keptPrevious: String?
        /// The parse's non-fatal problems (tables recognised only in part, poppler warnings),
        /// the first `BuildReport.maxDiagnostics` of them.
        public var diagnostics: [String]
        /// The program's activities added up (Toplam, canonical), for the report page.
        public var activitiesTotal: String? = nil
        /// Every diagnostic stating what the program left unread (tables or columns not
        /// understood, amounts outside any recognised table: `LeftUnread`), never cut short:
        /// an analyst must know when a new template was read only in part. Nil without a parse.
        public var leftUnread: [String]? = nil

        enum CodingKeys: String, CodingKey {
            case path, sha256, status, counts, published, error, note, diagnostics
            case programID = "program_id"
            case checksFailed = "checks_failed"
            case durationSeconds = "duration_seconds"
            case peakMemoryKB = "peak_memory_kb"
            case keptPrevious = "kept_previous"
            case activitiesTotal = "activities_total"
            case leftUnread = "left_unread"
        }
    }

    public var parserVersion: String
    public var output: String
    public var jobs: Int
    public var durationSeconds: Double
    public var filesOK: Int
    public var filesUnchanged: Int
    public var filesFailed: Int
    /// Every program_id in the published dataset.
    public var programs: [String]
    /// Programs kept as previously published because their new files conflict or failed.
    public var keptPrevious: [String]
    /// Set when nothing was published: every file failed and the previous dataset (with
    /// programs) was left as it was, report.json included. Says why.
    public var notPublished: String?
    public var files: [FileEntry]
    /// Programs added, removed (with the reason) and updated since the dataset this build
    /// replaced; nil when there was none.
    public var changes: DatasetChanges? = nil

    enum CodingKeys: String, CodingKey {
        case output, jobs, programs, files
        case parserVersion = "parser_version"
        case durationSeconds = "duration_seconds"
        case filesOK = "files_ok"
        case filesUnchanged = "files_skipped_unchanged"
        case filesFailed = "files_failed"
        case keptPrevious = "kept_previous"
        case notPublished = "not_published"
        case changes
    }

    public static let fileName = "report.json"
    /// The same report as a page to look at (`BuildReportPage`).
    public static let pageFileName = "report.html"
    /// Enough to see what went wrong in a document; the rest is counted, not listed.
    public static let maxDiagnostics = 20

    /// Every file gave a program that is published or knowingly set aside (duplicates).
    public var allSucceeded: Bool { filesFailed == 0 }
}
