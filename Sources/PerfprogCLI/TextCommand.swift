import Extraction
import Foundation
import PageLayout

/// `perfprog text FILE.pdf [--pages 3-5] [--layout] [--password PW]`: the document's text.
struct TextCommand: Subcommand {
    static let name = "text"
    static let summary = "print a PDF's text (--layout keeps columns in place)"
    static let help = """
    usage: perfprog text FILE.pdf [--pages 3-5] [--layout] [--password PW]

    Prints the text of FILE.pdf, page by page as it is read (in order, holding only the
    pages being read: memory stays flat whatever the length); each page ends with a form feed.

    options:
      --pages LIST     only these pages: 3, 3-5 or 1,3-5 (default: all)
      --layout         keep columns in place, as pdftotext -layout does
      --password PW    the password of an encrypted PDF
      -j, --jobs N     read pages on N threads (default: the cores, at most 4)

    exit status: 0 success, 1 the file could not be read, 2 usage error,
    4 stdout could not be written (what was printed is incomplete)
    """
    static let valueOptions: Set<String> = ["pages", "password", "jobs", "j"]
    static let flagOptions: Set<String> = ["layout"]
    /// More threads than this stop paying off on one document (and crowd a shared machine).
    static let maximumWorkers = 4

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CommandError.usage(arguments.positional.isEmpty ? "missing FILE.pdf" : "expects one FILE.pdf")
        }
        // Text needs words only: drawn lines would cost a render of every page, fonts a
        // further pass over poppler's text (taken only on a page with legacy Turkish letters,
        // whose words depend on their fonts: the same words as extract's).
        let reader = try DocumentReader(path: path, password: arguments.value("password"), readsRulings: false)
        reader.readsFonts = false
        let numbers = try PageSelection.pages(arguments.value("pages"), pageCount: reader.pageCount, path: path)
        let layout = arguments.flag("layout")
        // Pages are independent: read them on the machine's cores, printed in order.
        let jobs = try arguments.int("jobs") ?? arguments.int("j")
        if let jobs, jobs < 1 { throw CommandError.usage("--jobs expects a number from 1, got \(jobs)") }
        let workers = jobs ?? min(ProcessInfo.processInfo.activeProcessorCount, maximumWorkers)
        // Printed as they come (memory flat in the page count), in order.
        try reader.forEachPage(numbers, workers: workers, continuing: { page in
            console.out((layout ? LayoutText.render(page) : LayoutText.plain(page)) + "\u{0C}")
            return true
        })
        DiagnosticReport.print(reader.diagnostics, command: name, console: console)
        return ExitStatus.success
    }
}
