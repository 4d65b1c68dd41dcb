import PageLayout

/// Recognition fed one page at a time, in page order: the path `extract` and `build` take,
/// so that a document's pages are never all held at once (issue 14: flat memory at any
/// page count). `ProgramRecognizer.recognize(pages:title:)` gives the same result for a
/// document already in memory (tests, `inspect`).
///
/// The contract between extraction and recognition: pages arrive in ascending page order,
/// each exactly once; `finish()` is called once, after the last page. What the recognizer
/// keeps between pages is its own business, bounded by its look-back window, not by the
/// document's length.
public struct PageStreamRecognizer {
    private let title: String?
    // First step: the pages are buffered and recognised at the end. The bounded window
    // replaces this buffer without changing the interface.
    private var pages: [Page] = []

    public init(title: String?) {
        self.title = title
    }

    /// The next page of the document.
    public mutating func add(_ page: Page) {
        precondition(pages.last.map { $0.number < page.number } ?? true, "pages must arrive in ascending order")
        pages.append(page)
    }

    /// The program read from all the pages added.
    public consuming func finish() -> RecognizedProgram {
        ProgramRecognizer.recognize(pages: pages, title: title)
    }
}
