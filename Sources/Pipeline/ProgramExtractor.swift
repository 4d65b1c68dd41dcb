import Checks
import Dataset
import Extraction
import Foundation
import PageLayout
import Recognition

/// A program read from one PDF, with the checks of its own arithmetic.
public struct ExtractedProgram: Sendable, Codable {
    public var program: Program
    public var checks: [CheckResult]
    /// Problems that did not stop the run (poppler warnings, image-only pages, tables that
    /// were recognised only in part), each naming the file and page.
    public var diagnostics: [String]
}

/// Why a file gave no program.
public enum PipelineError: Error, Equatable, CustomStringConvertible {
    case extraction(ExtractionError)
    /// The PDF reads fine but holds no performance goal's table: no header naming a goal's
    /// indicators beside their values or its activities beside their amounts, titled or not.
    case notAPerformanceProgram(path: String)
    /// The document names itself a document of another kind (an activity report, a budget, a
    /// council decision, a strategic plan), whatever program-like tables it holds.
    case anotherDocument(path: String, name: DocumentName)
    /// Neither the cover nor an "İdare Adı" cell names the administration and year.
    case noAdministration(path: String)
    /// The goal numbering starts again: the file holds more than one program.
    case severalPrograms(path: String, restartCode: String, restartPage: Int?, firstPages: ClosedRange<Int>?)

    public var description: String {
        switch self {
        case .extraction(let e): return e.description
        case .notAPerformanceProgram(let p):
            return "\(p): not a performance program (no table of a performance goal found: no header naming "
                + "indicators beside their yearly values, or activities beside their budget amounts)"
        case .anotherDocument(let p, let name):
            return "\(p): appears to be \(name.kind.described), not a performance program: \(name.evidence)"
        case .noAdministration(let p):
            return "\(p): the administration or the program year could not be found in the document"
        case .severalPrograms(let p, let code, let page, let firstPages):
            let first = firstPages.map { $0.count == 1 ? "page \($0.lowerBound)" : "pages \($0.lowerBound)-\($0.upperBound)" }
            return "\(p): holds more than one program: the goal numbering starts again at goal \(code)"
                + (page.map { " on page \($0)" } ?? "")
                + (first.map { " (the first program's goals are on \($0))" } ?? "")
                + "; give each program its own file"
        }
    }
}

/// extract → tables → recognise → normalise → check, for one PDF.
public enum ProgramExtractor {
    /// - Parameter workers: threads that read the pages (the first with the reader's own poppler document,
    ///   the others each with one of their own);
    ///   1 where many files are extracted at once in separate processes.
    /// - Parameter checked: whether the checks are run (`extract` runs them itself, beside the
    ///   program's units for its tables); when not, `checks` is empty.
    public static func extract(path: String, password: String? = nil, workers: Int = 1,
                               checked: Bool = true) throws(PipelineError) -> ExtractedProgram {
        let reader: DocumentReader
        let digest: FileDigest.Pending
        var recognizer: PageStreamRecognizer
        var goals: [Goal] = []
        var restart: ProgramRestart?
        var recodings = 0
        do {
            reader = try DocumentReader(path: path, password: password)
            recognizer = PageStreamRecognizer(title: reader.info.title)
            // Pages flow from extraction into recognition one at a time. A second program is
            // refused where its numbering starts: read on, the file would cost the time and the
            // memory of every program it holds, to be refused all the same.
            try reader.forEachPage(workers: workers, continuing: { page throws(ExtractionError) -> Bool in
                recognizer.add(page)
                if recognizer.recodings != recodings { recodings = recognizer.recodings; goals = [] }
                let drafted = recognizer.draftedGoals(from: goals.count)
                guard !drafted.isEmpty else { return true }
                goals += drafted
                restart = ProgramRestart.find(in: goals)
                return restart == nil
            })
            // The file's digest is taken on another thread while recognition finishes its
            // last tables: after the last page that thread's core would idle.
            digest = FileDigest.Pending(path: path)
        } catch {
            throw .extraction(error)
        }
        if let restart {
            do { _ = try digest.value() } catch { throw .extraction(error) }
            throw .severalPrograms(path: path, restartCode: restart.code, restartPage: restart.page, firstPages: restart.firstPages)
        }
        let recognized = recognizer.finish()
        let sha: String
        do { sha = try digest.value() } catch { throw .extraction(error) }
        if let name = recognized.documentName, name.kind != .performanceProgram { throw .anotherDocument(path: path, name: name) }
        guard !recognized.goals.isEmpty else { throw .notAPerformanceProgram(path: path) }
        // Never merged silently: two programs in one file are refused, with their pages.
        if let restart = ProgramRestart.find(in: recognized.goals) {
            throw .severalPrograms(path: path, restartCode: restart.code, restartPage: restart.page,
                                   firstPages: restart.firstPages)
        }
        guard let administration = recognized.administration, let year = recognized.year else {
            throw .noAdministration(path: path)
        }
        var program = recognized.program(administration: administration, year: year)
        program.sourceFile = PathName.display(URL(fileURLWithPath: path).lastPathComponent)
        program.sourceSHA256 = sha
        program.pageCount = reader.pageCount
        let checks = checked ? ProgramChecks.run(program) : []
        let diagnostics = reader.diagnostics + recognized.diagnostics.map { "\(path): \($0)" }
        return ExtractedProgram(program: program, checks: checks, diagnostics: diagnostics)
    }
}
