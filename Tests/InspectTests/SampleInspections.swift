import Foundation
import Inspection

/// The two 2024 sample documents (samples/), read and recognised once for all tests.
enum SampleInspections {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let kayseriPath = packageRoot.appendingPathComponent("samples/kayseri-2024.pdf").path
    static let balikesirPath = packageRoot.appendingPathComponent("samples/balikesir-2024.pdf").path

    static let kayseri = Result { try DocumentInspection(path: kayseriPath) }
    static let balikesir = Result { try DocumentInspection(path: balikesirPath) }

    static func inspection(_ name: String) throws -> DocumentInspection {
        switch name {
        case "kayseri": return try kayseri.get()
        case "balikesir": return try balikesir.get()
        default: throw SampleError.unknown(name)
        }
    }

    enum SampleError: Error { case unknown(String) }
}
