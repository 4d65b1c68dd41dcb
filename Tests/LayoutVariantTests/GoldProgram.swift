import Dataset
import DatasetIO
import Foundation

/// The program the variants print: the first five goals of the Balıkesir 2024 gold
/// (written by scripts/make-variant-fixture).
enum GoldProgram {
    static let directoryName = "balikesir-first-goals"

    static func load() throws -> Program {
        let directory = Bundle.module.url(forResource: "Fixtures/\(directoryName)", withExtension: nil)
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(directoryName)")
        let programs = try DatasetReader.read(directory: directory)
        guard programs.count == 1, let program = programs.first else { throw FixtureError.notOneProgram(directory.path, programs.count) }
        return program
    }

    enum FixtureError: Error, CustomStringConvertible {
        case notOneProgram(String, Int)
        var description: String {
            switch self {
            case .notOneProgram(let path, let count): return "\(path): \(count) programs, expected one"
            }
        }
    }
}

/// Where one test writes its PDFs: a temporary directory removed when the test is done,
/// or, when `LAYOUT_VARIANT_PDFS` names a directory, that directory, kept so the PDFs can
/// be opened with `perfprog inspect`.
struct ScratchDirectory: ~Copyable {
    static let keepVariable = "LAYOUT_VARIANT_PDFS"
    let url: URL
    private let keeps: Bool

    init(_ label: String) throws {
        if let kept = ProcessInfo.processInfo.environment[Self.keepVariable], !kept.isEmpty {
            url = URL(fileURLWithPath: kept)
            keeps = true
        } else {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("layout-variants-\(label)-\(UUID().uuidString)")
            keeps = false
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        if !keeps { try? FileManager.default.removeItem(at: url) }
    }
}
