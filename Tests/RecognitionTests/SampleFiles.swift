import Foundation

/// The sample documents and their gold datasets.
///
/// The three PDFs (1.7 MB together) are read from the repository's samples/ folder, which the
/// package ships, rather than copied into this target: ExtractionTests reads the same
/// files, and one copy cannot drift from the other. The gold tables are copied into
/// Fixtures/gold from the corpus, since the package must test without it.
struct SampleFile: Sendable, CustomStringConvertible {
    var pdfName: String
    var programID: String
    /// Pages of the PDF, as `pdfinfo` counts them.
    var pageCount: Int

    var pdfPath: String { SampleFile.packageRoot.appendingPathComponent("samples/\(pdfName)").path }
    var goldDirectory: URL { SampleFile.fixture("gold/\(programID)") }
    var description: String { pdfName }

    static let kayseri = SampleFile(pdfName: "kayseri-2024.pdf", programID: "kayseri-buyuksehir-belediyesi-2024", pageCount: 136)
    static let balikesir = SampleFile(pdfName: "balikesir-2024.pdf", programID: "balikesir-buyuksehir-belediyesi-2024", pageCount: 126)
    /// The next year of `kayseri`: the pair the year-over-year diff is tested on.
    static let kayseri2025 = SampleFile(pdfName: "kayseri-2025.pdf", programID: "kayseri-buyuksehir-belediyesi-2025", pageCount: 140)
    static let all = [kayseri, balikesir, kayseri2025]

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
            ?? packageRoot.appendingPathComponent("Tests/RecognitionTests/Fixtures/\(name)")
    }
}
