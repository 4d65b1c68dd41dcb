import Dataset
import DatasetIO
import Foundation
import Pipeline

/// Each sample extracted once and shared by the golden tests (the extraction of a sample
/// takes seconds; the tests only read the result).
enum SampleExtraction {
    static let kayseri = run(.kayseri)
    static let balikesir = run(.balikesir)
    static let kayseri2025 = run(.kayseri2025)

    static func result(_ sample: SampleFile) -> Result<ExtractedProgram, PipelineError> {
        switch sample.programID {
        case SampleFile.kayseri.programID: kayseri
        case SampleFile.balikesir.programID: balikesir
        case SampleFile.kayseri2025.programID: kayseri2025
        // A sample not listed above is extracted afresh, not shared.
        default: run(sample)
        }
    }

    static func run(_ sample: SampleFile) -> Result<ExtractedProgram, PipelineError> {
        do throws(PipelineError) {
            return .success(try ProgramExtractor.extract(path: sample.pdfPath))
        } catch {
            return .failure(error)
        }
    }

    /// Writes the contract's CSV tables for one extraction into a fresh temporary directory.
    static func writeCSV(_ extracted: ExtractedProgram) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfprog-recognition-\(UUID().uuidString)", isDirectory: true)
        try CSVDatasetWriter.write(programs: [extracted.program], checks: extracted.checks, to: dir)
        return dir
    }
}
