import Foundation

/// One `perfprog` subcommand. Each lives in its own file, `<Name>Command.swift`, and is
/// listed once in `PerfprogCommand.subcommands`.
protocol Subcommand: Sendable {
    /// The word after `perfprog`.
    static var name: String { get }
    /// One line for the command list of `perfprog --help`.
    static var summary: String { get }
    /// The full text of `perfprog NAME --help`.
    static var help: String { get }
    /// Options that take a value, and flags, without the leading dashes.
    static var valueOptions: Set<String> { get }
    static var flagOptions: Set<String> { get }
    /// Runs the command; returns the exit status. Throws `CommandError` for usage errors
    /// and unreadable inputs (mapped to statuses in one place, `PerfprogCommand.main`).
    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32
}
