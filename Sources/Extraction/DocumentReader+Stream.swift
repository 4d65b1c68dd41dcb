import Dispatch
import Foundation
import PageLayout

extension DocumentReader {
    /// Pages a reading thread takes at a time: few enough that little is held ahead of the
    /// caller, enough that the threads seldom wait on each other.
    public static let streamChunkPages = 4
    /// Chunks each thread may read ahead of the page being handed over: the pages held at
    /// once stay below threads × this × `streamChunkPages`, whatever the document's length.
    public static let readAheadChunks = 2
    /// A document whose first pages are all images without text is looked at no further
    /// than this many pages …
    public static let scannedOpeningPages = 4
    /// … and this many pages spread over the rest, read for text alone: a scanned cover or
    /// foreword before a text layer does not refuse the document.
    public static let scannedProbePages = 4

    /// Every page, handed to `body` one at a time in page order (the memory-bounded path:
    /// the caller keeps what it needs of each page, the reader keeps none). Read on up to
    /// `workers` threads, each with its own poppler document and at most `readAheadChunks`
    /// chunks ahead of `body`; a document without a text layer is refused as `allPages`
    /// refuses it, and one whose first pages are scanned and whose other pages show no text
    /// is refused after its first pages.
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
        var finished = true
        if threads == 1 {
            for number in numbers where !(try take(try page(number))) {
                finished = false
                break
            }
        } else {
            finished = try readAhead(numbers, threads: threads, take)
        }
        if finished { try tally.validate(path: info.path, glyphLimit: glyphLimit, diagnostics: &diagnostics) }
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

    /// Reads the pages on `threads` threads, chunk by chunk (thread k takes chunks k,
    /// k + threads, …), and hands them to `body` in order on the calling thread; false when `body` stopped the reading.
    private func readAhead(_ numbers: [Int], threads: Int, _ body: (Page) throws(ExtractionError) -> Bool) throws(ExtractionError) -> Bool {
        let chunkCount = (numbers.count + Self.streamChunkPages - 1) / Self.streamChunkPages
        let queue = ChunkQueue(window: threads * Self.readAheadChunks)
        let path = info.path, password = password, readsRulings = readsRulings, readsFonts = readsFonts
        let glyphLimit = glyphLimit
        let chunkPages = Self.streamChunkPages
        let group = DispatchGroup()
        for thread in 0..<threads {
            DispatchQueue.global().async(group: group) {
                var reader: DocumentReader?
                for chunk in stride(from: thread, to: chunkCount, by: threads) {
                    guard queue.waitForTurn(chunk) else { return }
                    let result = Result { () throws(ExtractionError) -> [Page] in
                        if reader == nil {
                            reader = try DocumentReader(path: path, password: password, readsRulings: readsRulings, clearsLog: false)
                            reader?.readsFonts = readsFonts
                            reader?.glyphLimit = glyphLimit
                        }
                        let first = chunk * chunkPages
                        return try reader!.pagesUnchecked(Array(numbers[first..<min(first + chunkPages, numbers.count)]))
                    }
                    let messages = reader?.diagnostics ?? []
                    reader?.diagnostics = []
                    queue.store(chunk, result, diagnostics: messages)
                    if case .failure = result { return }
                }
            }
        }
        defer {
            queue.cancel()
            group.wait()
        }
        for chunk in 0..<chunkCount {
            let (result, messages) = queue.take(chunk)
            diagnostics += messages
            for page in try result.get() where !(try body(page)) { return false }
        }
        return true
    }
}

/// The chunks read ahead, handed from the reading threads to the calling one in order.
private final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: (Result<[Page], ExtractionError>, [String])] = [:]
    /// Chunks handed over so far.
    private var taken = 0
    private var cancelled = false
    private let window: Int

    init(window: Int) { self.window = window }

    /// Waits until `chunk` is within the read-ahead window; false when reading stopped.
    func waitForTurn(_ chunk: Int) -> Bool {
        condition.lock(); defer { condition.unlock() }
        while chunk >= taken + window && !cancelled { condition.wait() }
        return !cancelled
    }

    func store(_ chunk: Int, _ result: Result<[Page], ExtractionError>, diagnostics: [String]) {
        condition.lock(); defer { condition.unlock() }
        ready[chunk] = (result, diagnostics)
        condition.broadcast()
    }

    /// Waits for `chunk` and takes it.
    func take(_ chunk: Int) -> (Result<[Page], ExtractionError>, [String]) {
        condition.lock(); defer { condition.unlock() }
        while ready[chunk] == nil { condition.wait() }
        taken = chunk + 1
        condition.broadcast()
        return ready.removeValue(forKey: chunk)!
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }
}
