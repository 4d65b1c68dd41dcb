import Extraction
import Foundation

/// What the dataset being replaced says about itself (its report.json): which program each
/// input file gave. A file that fails now keeps its program's last good version, as a
/// conflict does, and that needs the program the file gave last time.
struct PreviousReport {
    /// Input path (as the report shows it) → the program_id it gave, published or kept.
    var programByPath: [String: String] = [:]
    /// How many programs the previous dataset holds.
    var programCount = 0
    /// Whether a previous dataset with a readable report exists.
    var exists = false
    /// Each published program → its source PDF's SHA-256 ("" when the report does not say).
    var sha256ByProgram: [String: String] = [:]

    /// Only the fields needed, so a report written by another parser version still reads.
    private struct Saved: Decodable {
        struct File: Decodable {
            var path: String
            var programID: String?
            var published: Bool?
            var keptPrevious: String?
            var sha256: String?
            enum CodingKeys: String, CodingKey {
                case path, published, sha256
                case programID = "program_id"
                case keptPrevious = "kept_previous"
            }
        }
        var programs: [String]?
        var files: [File]?
    }

    /// Empty when there is no previous dataset or its report cannot be read.
    init(dataset: URL) {
        guard let data = try? Data(contentsOf: dataset.appendingPathComponent(BuildReport.fileName)),
              let saved = try? JSONDecoder().decode(Saved.self, from: data) else { return }
        exists = true
        programCount = saved.programs?.count ?? 0
        for id in saved.programs ?? [] { sha256ByProgram[id] = "" }
        for file in saved.files ?? [] where file.published == true {
            if let id = file.programID, sha256ByProgram[id] != nil { sha256ByProgram[id] = file.sha256 ?? "" }
        }
        for file in saved.files ?? [] {
            if file.published == true, let id = file.programID {
                programByPath[file.path] = id
            } else if let id = file.keptPrevious {
                programByPath[file.path] = id
            }
        }
    }

    func program(of path: String) -> String? { programByPath[PathName.display(path)] }
}
