import Foundation

/// Where the tests' PDFs are: the committed bad-input fixtures (made by
/// scripts/make-bad-fixtures) and the two 2024 sample documents in samples/.
enum TestFiles {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path
            ?? packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/\(name)").path
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let kayseri = packageRoot.appendingPathComponent("samples/kayseri-2024.pdf").path
    static let balikesir = packageRoot.appendingPathComponent("samples/balikesir-2024.pdf").path
}
