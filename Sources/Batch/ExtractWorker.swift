import DatasetIO
import Extraction
import Foundation
import Pipeline

/// The worker side: parses one PDF (the only place of a build where poppler runs) and
/// writes a `WorkerResult` for the parent.
public enum ExtractWorker {
    /// Returns 0 once a result (program or typed failure) is written, 1 if it could not be.
    public static func run(input: String, resultPath: String) -> (status: Int32, error: String?) {
        ParentWatch.start()
        // The bounds the build gave this file (defaults when run by hand).
        let environment = ProcessInfo.processInfo.environment
        let memoryMB = environment[WorkerCommand.memoryKey].flatMap(Int.init) ?? ResourceLimits.defaultMemoryMB
        let cpuSeconds = environment[WorkerCommand.cpuKey].flatMap(Int.init)
        ResourceLimits.apply(memoryMB: memoryMB, cpuSeconds: cpuSeconds)
        FatalSignal.install(mode: .worker, memoryMB: memoryMB, cpuSeconds: cpuSeconds)
        var result = WorkerResult()
        let password = ProcessInfo.processInfo.environment[PasswordFile.environmentVariable]
        do {
            result.parsed = ParsedProgram(try ProgramExtractor.extract(path: input, password: password))
        } catch {
            result.failure = WorkerFailure(error)
        }
        result.peakMemoryKB = PeakMemory.currentProcessKB()
        if let parsed = result.parsed {
            let pictures = FailurePictures.render(path: input, password: password, parsed: parsed)
            result.parsed?.pictures = pictures.isEmpty ? nil : pictures
        }
        do {
            let data = try JSONEncoder().encode(result)
            // Whole: the parent never reads half a result; and never renamed over a device.
            try WholeFile.replace(URL(fileURLWithPath: resultPath), with: data)
            return (0, nil)
        } catch {
            return (1, "cannot write the result: \(FileFailure.describe(error, file: resultPath))")
        }
    }
}
