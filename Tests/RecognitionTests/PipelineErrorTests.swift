import Extraction
import Foundation
import Pipeline
import Testing

/// Files that give no program say why, naming the file.
@Suite struct PipelineErrorTests {
    func error(extracting path: String) -> PipelineError? {
        do throws(PipelineError) {
            _ = try ProgramExtractor.extract(path: path)
            return nil
        } catch {
            return error
        }
    }

    /// A readable PDF with a page of text but no goal table.
    @Test func plainTextPDFIsNotAPerformanceProgram() {
        let path = SampleFile.fixture("not-a-performance-program.pdf").path
        #expect(error(extracting: path) == .notAPerformanceProgram(path: path))
        // What was missing, in the document's concepts (not one fixed title phrase).
        let message = error(extracting: path)?.description ?? ""
        #expect(message.contains(path) && message.contains("indicators") && message.contains("activities"))
        #expect(!message.contains("TABLOSU"))
    }

    @Test func missingFileIsReportedByTheExtraction() {
        let path = SampleFile.fixture("no-such-program.pdf").path
        #expect(error(extracting: path) == .extraction(.fileNotFound(path: path)))
        #expect(error(extracting: path)?.description.contains(path) == true)
    }

    @Test func bytesThatAreNotAPDF() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-not-a-pdf-\(UUID().uuidString).pdf")
        try Data("Performans Programı\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(error(extracting: url.path) == .extraction(.notPDF(path: url.path)))
    }
}
