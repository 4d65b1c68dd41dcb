import PageLayout

extension DocumentReader {
    /// Every page, handed to `body` one at a time in page order (the memory-bounded path:
    /// the caller keeps what it needs of each page, the reader keeps none). Read on up to
    /// `workers` threads; a document without a text layer is refused as `allPages` refuses it.
    ///
    /// Pages arrive in ascending order, each once. An error thrown by `body` stops the reading.
    public func forEachPage(workers: Int = 1, _ body: (Page) throws(ExtractionError) -> Void) throws(ExtractionError) {
        // First step: read, then hand over. Bounded read-ahead replaces this without changing
        // the interface.
        let pages = try pages(Array(stride(from: 1, through: pageCount, by: 1)), workers: workers)
        for page in pages { try body(page) }
    }
}
