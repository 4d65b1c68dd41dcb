import Extraction
import Foundation
import PageLayout
import Recognition

/// A document read and recognised as `perfprog extract` does (same reader, same pages, same
/// recognizer), with the recognizer's trace kept: what `perfprog inspect` shows.
public struct DocumentInspection: Sendable {
    public let path: String
    let password: String?
    /// The document's title from its metadata (the recognizer reads the year from it too).
    public let title: String?
    public let pages: [Page]
    public let trace: RecognitionTrace

    public init(path: String, password: String? = nil) throws(ExtractionError) {
        let reader = try DocumentReader(path: path, password: password)
        pages = try reader.allPages()
        title = reader.info.title
        var trace = RecognitionTrace()
        _ = ProgramRecognizer.recognize(pages: pages, title: title, trace: &trace)
        self.trace = trace
        self.path = path
        self.password = password
    }

    /// Page `number` (1-based).
    public func page(_ number: Int) throws(ExtractionError) -> Page {
        guard let page = pages.first(where: { $0.number == number }) else {
            throw .pageOutOfRange(path: path, page: number, pageCount: pages.count)
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
