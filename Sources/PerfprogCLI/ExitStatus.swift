/// Exit statuses that scripts can rely on, in one place.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// An input file could not be read: for `build` and `extract`, some file failed, and the
    /// dataset (the tables) was still written with every good one.
    public static let inputFailure: Int32 = 1
    /// The command line was wrong.
    public static let usage: Int32 = 2
    /// `perfprog check`: the document's own arithmetic has mismatches.
    public static let checkMismatch: Int32 = 3
    /// Nothing was published: the output could not be written (a full disk, a file-size limit,
    /// a read-only place; on stdout, what was printed is incomplete), another build or extract
    /// holds its lock, a limit or `--timeout` stopped `extract` or the build itself, or no file
    /// of a build gave a program while the previous dataset has programs (with none there is
    /// nothing to keep: the empty dataset and its report are published, status 1). The
    /// previous dataset, tables or file are left as they were.
    /// Its own status: under 1 a script could not tell "published with failures" from this.
    public static let notPublished: Int32 = 4
}

/// An error that ends a command, with its message and exit status.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var status: Int32
    /// Whether the line "see: perfprog COMMAND --help" follows (the help says nothing of a
    /// path that cannot be used).
    var pointsToHelp = true

    static func usage(_ message: String) -> CommandError { CommandError(message: message, status: ExitStatus.usage) }
    /// The command line names a path that cannot be used: a usage error, said in one line.
    static func unusablePath(_ message: String) -> CommandError {
        CommandError(message: message, status: ExitStatus.usage, pointsToHelp: false)
    }
    static func input(_ message: String) -> CommandError { CommandError(message: message, status: ExitStatus.inputFailure) }
    /// The output could not be written or is locked: nothing was published (status 4).
    static func output(_ message: String) -> CommandError {
        CommandError(message: message, status: ExitStatus.notPublished, pointsToHelp: false)
    }

    var description: String { message }
}
