/// Exit statuses that scripts can rely on, in one place.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// An input file could not be read (or a batch had failures).
    public static let inputFailure: Int32 = 1
    /// The command line was wrong.
    public static let usage: Int32 = 2
    /// `perfprog check`: the document's own arithmetic has mismatches.
    public static let checkMismatch: Int32 = 3
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

    var description: String { message }
}
