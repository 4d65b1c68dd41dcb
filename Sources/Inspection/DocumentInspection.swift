import Extraction
import Foundation
import PageLayout
import Recognition

/// A document read and recognised as `perfprog extract` does (same reader, same pages, same
/// recognizer, pages streamed), with the recognizer's trace kept for the pages asked for:
/// what `perfprog inspect` shows. What it holds does not grow with the document's length.
public struct DocumentInspection: Sendable {
    public let path: String
    let password: String?
    /// The document's title from its metadata (the recognizer reads the year from it too).
    public let title: String?
    public let pageCount: Int
    /// The pages inspected, ascending.
    public let pages: [Page]
    public let trace: RecognitionTrace

    /// - Parameters:
    ///   - pages: the pages to show (1-based; nil: every page, for a document in memory anyway);
    ///     every page is read and recognised, only these and their trace are kept.
    ///   - workers: threads that read the pages, as `extract` reads them.
    public init(path: String, password: String? = nil, pages wanted: [Int]? = nil, workers: Int = 1) throws(ExtractionError) {
        let reader = try DocumentReader(path: path, password: password)
        let kept = wanted.map(Set.init)
        var pages: [Page] = []
        var trace = RecognitionTrace()
        _ = try PageStreamRecognizer.tracing(title: reader.info.title, pages: kept, trace: &trace) {
            (stream: inout PageStreamRecognizer) throws(ExtractionError) in
            try reader.forEachPage(workers: workers) { page throws(ExtractionError) in
                if kept?.contains(page.number) ?? true { pages.append(page) }
                stream.add(page)
            }
        }
        self.pages = pages
        self.trace = trace
        title = reader.info.title
        pageCount = reader.pageCount
        self.path = path
        self.password = password
    }

    /// Page `number` (1-based), one of the pages inspected.
    public func page(_ number: Int) throws(ExtractionError) -> Page {
        guard let page = pages.first(where: { $0.number == number }) else {
            throw .pageOutOfRange(path: path, page: number, pageCount: pageCount)
        }
        return page
    }

    /// The `--tables` dump of page `number`.
    public func tableDump(page number: Int) throws(ExtractionError) -> String {
        TableDump.text(page: try page(number), trace: trace, fileName: URL(fileURLWithPath: path).lastPathComponent)
    }

    /// The `--png` picture of page `number`: the page with the recognizer's view drawn over it.
    public func writePNG(page number: Int, scale: Double, to output: String) throws {
        let page = try page(number)
        let reader = try DocumentReader(path: path, password: password, readsRulings: false)
        let overlay = InspectionOverlay(page: page, trace: trace)
        try reader.writePNG(page: page, scale: scale, marks: overlay.marks, legend: Legend(entries: InspectionOverlay.legend, avoiding: page.words.map(\.box)), to: output)
    }
}
