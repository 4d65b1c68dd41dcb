import Extraction
import Foundation
import PageLayout

/// `perfprog words FILE.pdf --page N`: a page's words and lines with their boxes, as JSON
/// lines (a debug aid: what the later stages see).
struct WordsCommand: Subcommand {
    static let name = "words"
    static let summary = "print a page's words and lines with boxes as JSON lines"
    static let help = """
    usage: perfprog words FILE.pdf --page N|3-5|1,3-5 [--password PW]

    Prints the pages of FILE.pdf as JSON lines, page after page: first the page ("kind":"page": size, rotation
    applied, images), then each word ("kind":"word") and each line ("kind":"line") with its
    box in points (origin top-left, y down), top to bottom.

    options:
      --page LIST      the pages: 3, 3-5 or 1,3-5 (1-based; required; --pages is the same)
      --password PW    the password of an encrypted PDF

    exit status: 0 success, 1 the file could not be read, 2 usage error,
    4 stdout could not be written (what was printed is incomplete)
    """
    static let valueOptions: Set<String> = ["page", "pages", "password"]
    static let flagOptions: Set<String> = []

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CommandError.usage(arguments.positional.isEmpty ? "missing FILE.pdf" : "expects one FILE.pdf")
        }
        guard let spec = arguments.value("page") ?? arguments.value("pages") else { throw CommandError.usage("missing --page N") }
        let reader = try DocumentReader(path: path, password: arguments.value("password"), readsRulings: false)
        let numbers = try PageSelection.pages(spec, pageCount: reader.pageCount, path: path, option: "--page")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Printed as the pages are read: memory stays flat however many pages are named.
        var encodingError: (any Error)?
        try reader.forEachPage(numbers, continuing: { page in
            do {
                for record in WordsRecord.records(of: page) {
                    console.out(String(decoding: try encoder.encode(record), as: UTF8.self))
                }
                return true
            } catch {
                encodingError = error
                return false
            }
        })
        if let encodingError { throw encodingError }
        DiagnosticReport.print(reader.diagnostics, command: name, console: console)
        return ExitStatus.success
    }
}
