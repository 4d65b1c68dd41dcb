import Dataset
import DatasetIO
import Foundation

/// The fixtures of this target, and the samples' gold datasets (kept once, under
/// RecognitionTests, and read from there by path).
enum UnitFixtures {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
            throw Missing(description: "fixture \(name)")
        }
        return url
    }

    /// Tab-separated lines of a fixture, comments and blank lines left out.
    static func tsv(_ name: String) throws -> [[String]] {
        try String(contentsOf: try url(name), encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static let samplePrograms = ["balikesir-buyuksehir-belediyesi-2024", "kayseri-buyuksehir-belediyesi-2024",
                                 "kayseri-buyuksehir-belediyesi-2025"]

    static func goldDirectory(_ programID: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RecognitionTests/Fixtures/gold/\(programID)")
    }

    static func goldProgram(_ programID: String) throws -> Program {
        guard let program = try DatasetReader.read(directory: goldDirectory(programID)).first else {
            throw Missing(description: "gold program \(programID)")
        }
        return program
    }
}
