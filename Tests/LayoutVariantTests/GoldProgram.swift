import Dataset
import DatasetIO
import Foundation

/// The programs the variants print: the first goals of each corpus gold (written by
/// scripts/make-variant-fixture). The looks matrix prints Balıkesir's; the arrangement matrix all three.
enum GoldProgram: String, CaseIterable, Sendable {
    case balikesir2024 = "balikesir-first-goals"
    case kayseri2024 = "kayseri-2024-first-goals"
    case kayseri2025 = "kayseri-2025-first-goals"

    /// A short name for variant names: "b24", "k24", "k25".
    var short: String {
        switch self {
        case .balikesir2024: return "b24"
        case .kayseri2024: return "k24"
        case .kayseri2025: return "k25"
        }
    }

    static func load() throws -> Program { try balikesir2024.program() }

    func program() throws -> Program {
        let directoryName = rawValue
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
