import Dispatch
import Foundation
import PageLayout

extension DocumentReader {
    /// Fewer pages than this per thread are read on one: opening the document again
    /// (parsing its xref and catalog) costs about as much as reading a few pages.
    public static let minimumPagesPerWorker = 8

    /// The pages numbered `numbers`, read on up to `workers` threads, each with its own
    /// poppler document (poppler's objects must not be shared between threads); this reader
    /// takes the first share. Same result, same order and same checks as `pages(_:)`.
    public func pages(_ numbers: [Int], workers: Int) throws(ExtractionError) -> [Page] {
        let count = max(1, min(workers, numbers.count / Self.minimumPagesPerWorker))
        guard count > 1 else { return try pages(numbers) }
        let shareSize = (numbers.count + count - 1) / count
        let shares = stride(from: 0, to: numbers.count, by: shareSize).map {
            Array(numbers[$0..<min($0 + shareSize, numbers.count)])
        }
        let results = WorkerResults(count: shares.count)
        let path = info.path, password = password, readsRulings = readsRulings, readsFonts = readsFonts
        let glyphLimit = glyphLimit
        // Only worker 0 touches this reader, while the calling thread waits in concurrentPerform.
        nonisolated(unsafe) let first = self
        DispatchQueue.concurrentPerform(iterations: shares.count) { index in
            if index == 0 {
                results.store(index, Result { () throws(ExtractionError) in
                    try first.pagesUnchecked(shares[index])
                }, diagnostics: [])
                return
            }
            do throws(ExtractionError) {
                let other = try DocumentReader(path: path, password: password, readsRulings: readsRulings, clearsLog: false)
                other.readsFonts = readsFonts
                other.glyphLimit = glyphLimit
                let pages = try other.pagesUnchecked(shares[index])
                results.store(index, .success(pages), diagnostics: other.diagnostics)
            } catch {
                results.store(index, .failure(error), diagnostics: [])
            }
        }
        var pages: [Page] = []
        pages.reserveCapacity(numbers.count)
        for (result, extra) in results.all {
            diagnostics += extra
            pages += try result.get()
        }
        try TextLayerCheck.validate(pages: pages, path: info.path, glyphLimit: glyphLimit, diagnostics: &diagnostics)
        return pages
    }
}

/// Each worker's pages (or error) and messages, in share order.
private final class WorkerResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(Result<[Page], ExtractionError>, [String])?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ result: Result<[Page], ExtractionError>, diagnostics: [String]) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = (result, diagnostics)
    }

    var all: [(Result<[Page], ExtractionError>, [String])] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0 ?? (.success([]), []) }
    }
}
