import Testing
import PageLayout
@testable import Extraction

/// Each bad input gives its own typed error naming the file; none crashes or hangs.
@Suite struct BadInputTests {
    func openingError(_ path: String, password: String? = nil) -> ExtractionError? {
        do {
            let reader = try DocumentReader(path: path, password: password, readsRulings: false)
            _ = try reader.allPages()
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() {
        let path = TestFiles.fixture("no-such-file.pdf")
        #expect(openingError(path) == .fileNotFound(path: path))
        #expect(openingError(path)?.description == "\(path): no such file")
    }

    @Test func emptyFileAndRandomBytesAreNotPDFs() {
        for name in ["empty.pdf", "random-bytes.pdf"] {
            let path = TestFiles.fixture(name)
            #expect(openingError(path) == .notPDF(path: path))
        }
    }

    @Test func truncatedFileIsDamaged() {
        let path = TestFiles.fixture("truncated.pdf")
        guard case .damaged(let p, let reason) = openingError(path) else {
            Issue.record("expected .damaged, got \(String(describing: openingError(path)))"); return
        }
        #expect(p == path)
        #expect(reason.contains("truncated"))
    }

    @Test func brokenXrefIsDamagedAndPopplerMessagesAreCaptured() {
        let path = TestFiles.fixture("broken-xref.pdf")
        _ = PopplerLog.shared.drain()
        guard case .damaged(let p, _) = openingError(path) else {
            Issue.record("expected .damaged, got \(String(describing: openingError(path)))"); return
        }
        #expect(p == path)
        // poppler complained through GLib's log, into our collector, not onto stderr (looked up
        // among the recent messages: readers of other tests drain the process-wide log).
        #expect(PopplerLog.shared.recentMessages.contains { $0.contains("xref") || $0.contains("trailer") })
    }

    @Test func encryptedNeedsThePassword() throws {
        let path = TestFiles.fixture("encrypted.pdf")
        #expect(openingError(path) == .encrypted(path: path, passwordGiven: false))
        #expect(openingError(path, password: "wrong") == .encrypted(path: path, passwordGiven: true))
        let page = try DocumentReader(path: path, password: "perfprog", readsRulings: false).page(1)
        #expect(page.lines.map(\.text) == ["Performans Programi", "Hedef 101.350", "Gerceklesen 77.572"])
    }

    @Test func imageOnlyPageIsScannedNotEmpty() throws {
        let path = TestFiles.fixture("image-only.pdf")
        #expect(openingError(path) == .noTextLayer(path: path, pages: [1]))
        let page = try DocumentReader(path: path, readsRulings: false).page(1)
        #expect(page.words.isEmpty)
        #expect(page.imageCount == 1)
    }

    /// Streamed: a document scanned throughout is refused after its opening pages (and a
    /// look at a few pages of the rest), without reading on.
    @Test func scannedDocumentIsRefusedAfterItsOpeningPages() throws {
        let path = TestFiles.fixture("scanned-12.pdf")
        let reader = try DocumentReader(path: path)
        var handed: [Int] = []
        #expect(throws: ExtractionError.noTextLayer(path: path, pages: Array(1...DocumentReader.scannedOpeningPages))) {
            try reader.forEachPage { handed.append($0.number) }
        }
        #expect(handed == Array(1..<DocumentReader.scannedOpeningPages))
        // Read whole, every page is named.
        #expect(openingError(path) == .noTextLayer(path: path, pages: Array(1...12)))
    }

    /// Scanned opening pages before a text layer: the document is read, the pages noted.
    @Test func scannedOpeningPagesBeforeTextAreRead() throws {
        let path = TestFiles.fixture("scanned-opening.pdf")
        let reader = try DocumentReader(path: path)
        var handed: [Int] = []
        try reader.forEachPage { handed.append($0.number) }
        #expect(handed == Array(1...7))
        #expect(reader.diagnostics.contains { $0.contains("1-6: images but no text layer") })
    }

    @Test func pagesWithDrawingsButNoTextLostTheirText() throws {
        let path = TestFiles.fixture("text-lost.pdf")
        #expect(openingError(path) == .textLost(path: path, pages: [1]))
        #expect(openingError(path)?.description.contains("text lost") == true)
        // With rulings read, the drawn grid is there: the text is what is missing.
        let page = try DocumentReader(path: path).page(1)
        #expect(page.rulings.count >= 5)
        #expect(page.words.isEmpty)
    }

    @Test func unmappedGlyphsAreNotReadableText() {
        let box = Rect(x0: 0, y0: 0, x1: 10, y1: 10)
        let garbled = Page(number: 1, width: 100, height: 100, words: [Word(text: "\u{FFFD}\u{E001}", box: box, fontSize: 10)], lines: [])
        let readable = Page(number: 2, width: 100, height: 100, words: [Word(text: "Şu", box: box, fontSize: 10)], lines: [])
        #expect(!TextLayerCheck.hasReadableText(garbled))
        #expect(TextLayerCheck.hasReadableText(readable))
        var diagnostics: [String] = []
        #expect(throws: ExtractionError.textLost(path: "x.pdf", pages: [1])) {
            try TextLayerCheck.validate(pages: [garbled], path: "x.pdf", diagnostics: &diagnostics)
        }
        #expect(throws: Never.self) {
            try TextLayerCheck.validate(pages: [garbled, readable], path: "x.pdf", diagnostics: &diagnostics)
        }
        #expect(diagnostics.contains { $0.contains("page 1") && $0.contains("unmapped") })
    }

    @Test func pageOutOfRange() throws {
        let reader = try DocumentReader(path: TestFiles.fixture("text-page.pdf"), readsRulings: false)
        #expect(throws: ExtractionError.pageOutOfRange(path: TestFiles.fixture("text-page.pdf"), page: 2, pageCount: 1)) {
            try reader.page(2)
        }
    }
}
