import Foundation
import PageLayout
import Threads

extension DocumentReader {
    /// Fewer pages than this per thread are read on one: opening the document again
    /// (parsing its xref and catalog) costs about as much as reading a few pages.
    public static let minimumPagesPerWorker = 8
    /// Pages each reading thread may read ahead of the page being handed over: the pages held
    /// at once stay below threads × this, whatever the document's length.
    public static let readAheadPages = 8
    /// A document whose first pages are all images without text is looked at no further
    /// than this many pages …
    public static let scannedOpeningPages = 4
    /// … and this many pages spread over the rest, read for text alone: a scanned cover or
    /// foreword before a text layer does not refuse the document.
    public static let scannedProbePages = 4

    /// Every page, handed to `body` one at a time in page order (the memory-bounded path:
    /// the caller keeps what it needs of each page, the reader keeps none). Read on up to
    /// `workers` threads, each with its own poppler document (the first with this reader's),
    /// together at most `workers` × `readAheadPages` pages ahead of `body`; a document
    /// without a text layer is refused as `allPages` refuses it, and one whose first pages
    /// are scanned and whose other pages show no text is refused after its first pages.
    ///
    /// Pages arrive in ascending order, each once. An error thrown by `body` stops the reading.
    public func forEachPage(workers: Int = 1, _ body: (Page) throws(ExtractionError) -> Void) throws(ExtractionError) {
        try forEachPage(workers: workers, continuing: { page throws(ExtractionError) -> Bool in
            try body(page)
            return true
        })
    }

    /// The same, until `body` returns false: the reading stops there, without error and
    /// without the text-layer check of the whole document (the caller has what it needed).
    /// `numbers` (ascending, 1-based) reads only those pages, checked for a text layer as
    /// `pages(_:)` checks them; the look at a seemingly scanned document's other pages is
    /// made when the whole document is read.
    public func forEachPage(_ numbers: [Int]? = nil, workers: Int = 1,
                            continuing body: (Page) throws(ExtractionError) -> Bool) throws(ExtractionError) {
        let numbers = numbers ?? Array(stride(from: 1, through: pageCount, by: 1))
        let wholeDocument = numbers.count == pageCount
        var tally = TextLayerCheck.Tally()
        var probed = !wholeDocument
        func take(_ page: Page) throws(ExtractionError) -> Bool {
            tally.add(page)
            if !probed, tally.pages == min(Self.scannedOpeningPages, pageCount), tally.looksScanned {
                probed = true
                if !(try restHasText(after: tally.pages)) { throw .noTextLayer(path: info.path, pages: tally.imageOnly) }
            }
            return try body(page)
        }
        let threads = max(1, min(workers, numbers.count / Self.minimumPagesPerWorker))
        // Read here when one thread is enough, or when the system refuses every other one.
        var finished = threads > 1 ? try readAhead(numbers, threads: threads, take) : nil
        if finished == nil {
            finished = true
            for number in numbers where !(try take(try page(number))) {
                finished = false
                break
            }
        }
        if finished == true { try tally.validate(path: info.path, glyphLimit: glyphLimit, diagnostics: &diagnostics) }
    }

    /// Whether some of a few pages after `opened`, spread over the rest of the document,
    /// has readable text.
    private func restHasText(after opened: Int) throws(ExtractionError) -> Bool {
        let rest = pageCount - opened
        guard rest > 0 else { return false }
        let probe = try DocumentReader(path: info.path, password: password, readsRulings: false, clearsLog: false)
        probe.glyphLimit = glyphLimit
        defer { diagnostics += probe.diagnostics }
        let count = min(rest, Self.scannedProbePages)
        let numbers = Set((1...count).map { opened + ($0 * rest + count - 1) / count })
        return numbers.sorted().contains { probe.hasReadableText(page: $0) }
    }

    /// Reads the pages on `threads` threads and hands them to `body` in order on the calling
    /// thread; false when `body` stopped the reading, nil when no thread could be started. Each thread takes the next page nobody has
    /// taken yet (pages cost very different times: a fixed share per thread left one thread
    /// reading its last pages while the other's core idled), one page at a time, so that the
    /// last page is read soon after the one before it.
    private func readAhead(_ numbers: [Int], threads: Int, _ body: (Page) throws(ExtractionError) -> Bool) throws(ExtractionError) -> Bool? {
        let queue = PageQueue(count: numbers.count, window: threads * Self.readAheadPages)
        let path = info.path, password = password, readsRulings = readsRulings, readsFonts = readsFonts
        let glyphLimit = glyphLimit
        var started: [SpawnedThread] = []
        for thread in 0..<threads {
            // The first thread reads with this reader's document, which the calling thread
            // leaves alone until every thread is done (`join`): opened once, not again.
            nonisolated(unsafe) let shared = thread == 0 ? DocumentReader(sharing: self) : nil
            let reading = SpawnedThread.start {
                var reader = shared
                while let index = queue.claim() {
                    let result = Result { () throws(ExtractionError) -> Page in
                        if reader == nil {
                            reader = try DocumentReader(path: path, password: password, readsRulings: readsRulings, clearsLog: false)
                            reader?.readsFonts = readsFonts
                            reader?.glyphLimit = glyphLimit
                        }
                        return try reader!.page(numbers[index])
                    }
                    let messages = reader?.diagnostics ?? []
                    reader?.diagnostics = []
                    queue.store(index, result, diagnostics: messages)
                    if case .failure = result { return }
                }
            }
            // Refused (a memory ceiling leaves no room for a stack): the threads already
            // started read every page; with none, the caller reads them itself (nil).
            guard let reading else { break }
            started.append(reading)
        }
        guard !started.isEmpty else { return nil }
        defer {
            queue.cancel()
            for reading in started { reading.join() }
        }
        for index in numbers.indices {
            let (result, messages) = queue.take(index)
            diagnostics += messages
            if !(try body(try result.get())) { return false }
        }
        return true
    }
}

/// The pages read ahead, handed from the reading threads to the calling one in order.
private final class PageQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: (Result<Page, ExtractionError>, [String])] = [:]
    /// Pages claimed by a reading thread so far (the next one to claim).
    private var claimed = 0
    /// Pages handed over so far.
    private var taken = 0
    private var cancelled = false
    private let count: Int
    private let window: Int

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next page nobody has claimed, once it is within the read-ahead window; nil when
    /// every page is claimed or reading stopped.
    func claim() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while claimed < count && claimed >= taken + window && !cancelled { condition.wait() }
        guard claimed < count && !cancelled else { return nil }
        claimed += 1
        return claimed - 1
    }

    func store(_ index: Int, _ result: Result<Page, ExtractionError>, diagnostics: [String]) {
        condition.lock(); defer { condition.unlock() }
        ready[index] = (result, diagnostics)
        condition.broadcast()
    }

    /// Waits for page `index` and takes it.
    func take(_ index: Int) -> (Result<Page, ExtractionError>, [String]) {
        condition.lock(); defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }
}
